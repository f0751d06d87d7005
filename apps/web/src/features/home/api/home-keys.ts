import { statsQueryKey } from '../../../api/query-keys';

export const programmeStatsQueryKey = [...statsQueryKey, 'programme'] as const;
export const boundariesQueryKey = ['map', 'boundaries'] as const;
