import { useParams } from 'react-router';
import { ClusterPage } from '../../features/clusters/routes/cluster-page';
import { ParticipationSection } from '../../features/participation/components/participation-section';
import { ServicesSection } from '../../features/services/components/services-section';

/** The cluster page, with the participation matrix of its members for those allowed to see it, and its shared services. */
export function ClusterRoute() {
  const { slug = '' } = useParams();
  return <ClusterPage slug={slug} participation={<ParticipationSection slug={slug} />} services={<ServicesSection slug={slug} />} />;
}
