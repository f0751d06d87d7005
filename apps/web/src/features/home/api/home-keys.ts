import { statsQueryKey } from '../../../api/query-keys';

export const programmeStatsQueryKey = [...statsQueryKey, 'programme'] as const;
/** Today's figures, or a past year's. */
export const programmeStatsOfYearQueryKey = (asOf: number | null) => [...programmeStatsQueryKey, asOf ?? 'today'] as const;
export const boundariesQueryKey = ['map', 'boundaries'] as const;
/** The reader's own work: a change anywhere may change it, so it is asked again on every visit. */
export const myWorkQueryKey = ['me', 'work'] as const;
