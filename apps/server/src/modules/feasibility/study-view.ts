import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import type { SaveStudy, Study } from '@eshkol/contracts/feasibility';
import type { StudyRow } from './feasibility.repo';

/** A stored version as the API shows it; `createdBy` is its author's display name. */
export const toStudy = (row: StudyRow, createdBy: string | null): Study => ({
  serviceId: row.serviceId,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  createdBy,
  submitted: row.submitted,
  input: row.input as SaveStudy,
  result: row.result as CostSharingResult,
});
