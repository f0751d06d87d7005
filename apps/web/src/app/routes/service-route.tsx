import { useParams } from 'react-router';
import { FeasibilitySection } from '../../features/feasibility/components/feasibility-section';
import { ServiceMilestonesSection } from '../../features/budget/components/service-milestones-section';
import { ServiceReviewSection } from '../../features/reviews/components/service-review-section';
import { ServicePage } from '../../features/services/routes/service-page';
import { ServiceDecisions } from '../../features/governance/components/service-decisions';

/** The service page, with its feasibility studies, its bodies' decisions, its submissions to the committee and its milestones. */
export function ServiceRoute() {
  const { id = '' } = useParams();
  return (
    <ServicePage
      id={Number(id)}
      feasibility={(service) => <FeasibilitySection service={service} />}
      reviewSlot={(service) => (
        <>
          <ServiceDecisions clusterSlug={service.clusterSlug} serviceId={service.id} serviceName={service.nameHe} />
          <ServiceReviewSection service={service} />
          <ServiceMilestonesSection service={service} />
        </>
      )}
    />
  );
}
