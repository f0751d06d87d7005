import type { ErrorCode } from '@eshkol/contracts/errors';
import { issuesByField, problemOf } from './issue-fields';
import { useProblemWords, type IssueWording } from './problem-words';

type Options<F extends string> = IssueWording & {
  /** Refusals that are about one field though they carry no issue (an amount beyond the balance → `amount`). */
  codes?: Partial<Record<ErrorCode, NoInfer<F>>>;
};

/**
 * A form's view of a failed request: each issue worded beside the field it names (Mantine's
 * `error`), and the form's labels for the alert that lists them all. Keys are request paths
 * (`requestedGrant`, `tiers`), values the labels the reader sees.
 */
export function useServerIssues<F extends string>(error: unknown, labels: Readonly<Record<F, string>>, { codes = {}, ...wording }: Options<F> = {}) {
  const words = useProblemWords(wording);
  const byField = issuesByField(error, Object.keys(labels) as F[]);
  const code = problemOf(error)?.code;
  const refusedField = code ? codes[code] : undefined;
  return {
    errorOf: (field: F): string | undefined => {
      const texts = [...(refusedField === field ? [words.problem(error)] : []), ...(byField[field] ?? []).map(words.issue)];
      return texts.length > 0 ? texts.join(' ') : undefined;
    },
    /** For the form's ErrorAlert, which lists every issue under its field's label. */
    alert: { fields: labels, nameOf: wording.nameOf },
  };
}
