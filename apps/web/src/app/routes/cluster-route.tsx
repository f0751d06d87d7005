import { useParams } from 'react-router';
import { ClusterPage } from '../../features/clusters/routes/cluster-page';
import { ParticipationSection } from '../../features/participation/components/participation-section';
import { ServicesSection } from '../../features/services/components/services-section';
import { BodiesSection } from '../../features/governance/components/bodies-section';
import { ComplianceSection } from '../../features/compliance/components/compliance-section';
import { FinancialReportsSection } from '../../features/financial-reports/components/financial-reports-section';
import { StaffingSection } from '../../features/staffing/components/staffing-section';
import { StandingSection } from '../../features/standing/components/standing-section';

/** The cluster page, with the participation matrix of its members for those allowed to see it, its shared services, its legal standing, its bodies, its staff and establishment, (for its staff and the national readers) its obligations, and its annual financial reports. */
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
          <StaffingSection slug={slug} />
          <ComplianceSection slug={slug} />
          <FinancialReportsSection slug={slug} />
        </>
      }
    />
  );
}
