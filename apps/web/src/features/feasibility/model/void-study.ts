import type { StoredStudy, StudyListItem, VoidStudy } from '@eshkol/contracts/feasibility';

/**
 * A version saved before every figure had its range: the server gives it without inputs or
 * results, so that none of its figures is shown; it is not compared, and a new version replaces it.
 */
export const isVoid = (study: StoredStudy): study is VoidStudy => study.input === null;

/** The versions that can be compared, newest first: those with their figures. */
export const comparableVersions = (items: readonly StudyListItem[]): number[] =>
  items
    .filter((v) => !v.void)
    .map((v) => v.version)
    .sort((a, b) => b - a);
