import { useParams } from 'react-router';
import { ClusterPage } from '../../features/clusters/routes/cluster-page';
import { ParticipationSection } from '../../features/participation/components/participation-section';
import { ServicesSection } from '../../features/services/components/services-section';
import { BodiesSection } from '../../features/governance/components/bodies-section';
import { ComplianceSection } from '../../features/compliance/components/compliance-section';
import { StandingSection } from '../../features/standing/components/standing-section';

/** The cluster page, with the participation matrix of its members for those allowed to see it, its shared services, its legal standing, its bodies and (for its staff and the national readers) its obligations. */
export function ClusterRoute() {
  const { slug = '' } = useParams();
  return (
    <ClusterPage
      slug={slug}
      participation={<ParticipationSection slug={slug} />}
      services={
        <>
          <ServicesSection slug={slug} />
          <StandingSection slug={slug} />
          <BodiesSection slug={slug} />
          <ComplianceSection slug={slug} />
        </>
      }
    />
  );
}
