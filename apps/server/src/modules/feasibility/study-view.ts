import { costSharingResultSchema } from '@eshkol/contracts/cost-sharing';
import { saveStudySchema, type Study, type StoredStudy } from '@eshkol/contracts/feasibility';
import type { StudyRow } from './feasibility.repo';

/** A version's inputs and result, as they meet today's contracts. */
export type StudyFigures = Pick<Study, 'input' | 'result'>;

/**
 * A stored version's figures, checked against today's contracts; null when they fail them. Versions
 * saved before every figure had its range may hold sums no share can be computed from exactly (a
 * cost of 10^23 shekels, agorot beyond 2^53): such a version is void, and none of its figures is
 * shown or used.
 */
export function figuresOf(row: Pick<StudyRow, 'input' | 'result'>): StudyFigures | null {
  const input = saveStudySchema.safeParse(row.input);
  const result = costSharingResultSchema.safeParse(row.result);
  return input.success && result.success ? { input: input.data, result: result.data } : null;
}

const versionOf = (row: StudyRow, createdBy: string | null) => ({
  serviceId: row.serviceId,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  createdBy,
  submitted: row.submitted,
});

/** A version with its figures, as a save answers and a submission keeps it; `createdBy` is its author's display name. */
export const studyOf = (row: StudyRow, createdBy: string | null, figures: StudyFigures): Study => ({ ...versionOf(row, createdBy), ...figures });

/** A stored version as the API shows it: with its figures, or void when they fail today's contracts. */
export function toStudy(row: StudyRow, createdBy: string | null): StoredStudy {
  const figures = figuresOf(row);
  return figures ? studyOf(row, createdBy, figures) : { ...versionOf(row, createdBy), void: true, input: null, result: null };
}
