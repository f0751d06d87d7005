import { useParams } from 'react-router';
import { ClusterPage } from '../../features/clusters/routes/cluster-page';
import { ParticipationSection } from '../../features/participation/components/participation-section';

/** The cluster page, with the participation matrix of its members for those allowed to see it. */
export function ClusterRoute() {
  const { slug = '' } = useParams();
  return <ClusterPage slug={slug} participation={<ParticipationSection slug={slug} />} />;
}
