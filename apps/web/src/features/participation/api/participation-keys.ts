import { participationQueryKey } from '../../../api/query-keys';

export const clusterParticipationQueryKey = (slug: string) => [...participationQueryKey, slug] as const;
