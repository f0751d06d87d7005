import type { Problem, ProblemIssue } from '@eshkol/contracts/errors';
import { ApiError } from '../api-client';

/** The server's problem behind a failed request, if it sent one. */
export function problemOf(error: unknown): Problem | null {
  return error instanceof ApiError ? error.problem : null;
}

/** Where in the request an issue is: `body.tiers.1.from` → `tiers.1.from` (a file's column stays as it is). */
export function requestPath(path: string): string {
  return path.replace(/^(body|querystring|params|headers)\./, '');
}

/**
 * The form field an issue belongs to, among the request paths a form shows: the longest that the
 * issue's path starts with (`invited.2` → `invited`, `tiers.1.from` → `tiers.1.from` before `tiers`).
 */
export function fieldOf<F extends string>(path: string, fields: readonly F[]): F | null {
  const parts = requestPath(path).split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const field = fields.find((f) => f === prefix);
    if (field) return field;
  }
  return null;
}

/** A failed request's issues for each of a form's fields; issues of other fields are left out. */
export function issuesByField<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, ProblemIssue[]>> {
  const out: Partial<Record<F, ProblemIssue[]>> = {};
  for (const issue of problemOf(error)?.issues ?? []) {
    if (issue.line !== undefined) continue;
    const field = fieldOf(issue.path, fields);
    if (field) (out[field] ??= []).push(issue);
  }
  return out;
}
