import { studiesQueryKey } from '../../../api/query-keys';

export const studiesPath = (serviceId: number) => `/api/v1/services/${serviceId}/studies`;

export const studyListQueryKey = (serviceId: number) => [...studiesQueryKey, serviceId, 'list'] as const;
export const studyQueryKey = (serviceId: number, version: number | null) => [...studiesQueryKey, serviceId, 'version', version] as const;
export const studyComparisonQueryKey = (serviceId: number, from: number | null, to: number | null) =>
  [...studiesQueryKey, serviceId, 'compare', from, to] as const;
export const authorityShareQueryKey = (serviceId: number, version: number | null, authorityId?: string) =>
  [...studiesQueryKey, serviceId, 'share', version, authorityId ?? 'mine'] as const;
export const studySensitivityQueryKey = (serviceId: number, version: number, method: string | null, range: number | null) =>
  [...studyQueryKey(serviceId, version), 'sensitivity', method, range] as const;
