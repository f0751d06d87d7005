/**
 * The gates a submission must pass on the server, each with a hint of what to do; codes the page
 * does not know keep the server's message alone.
 */
export const submissionGates = [
  'STUDY_REQUIRED',
  'STUDY_OUT_OF_RANGE',
  'STUDY_PARTICIPANTS_MISMATCH',
  'BOARD_APPROVAL_MISSING',
  'APPROVALS_MISSING',
  'NO_PARTICIPANTS',
  'GRANT_ONLY_FOR_CORE',
  'BUDGET_EXCEEDS_ALLOCATION',
  'NO_PROGRAMME',
  'SERVICE_FROZEN',
  'TRANSITION_NOT_ALLOWED',
] as const;
export type SubmissionGate = (typeof submissionGates)[number];

export function gateOf(code: string | null | undefined): SubmissionGate | null {
  return submissionGates.find((g) => g === code) ?? null;
}
