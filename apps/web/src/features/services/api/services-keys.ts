import { servicesQueryKey } from '../../../api/query-keys';

export const clusterServicesQueryKey = (slug: string) => [...servicesQueryKey, 'cluster', slug] as const;
export const serviceMatrixQueryKey = (slug: string) => [...servicesQueryKey, 'matrix', slug] as const;
