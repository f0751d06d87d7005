import { Alert, List, Text } from '@mantine/core';
import type { ProblemIssue } from '@eshkol/contracts/errors';
import { useTranslation } from 'react-i18next';
import { fieldOf, problemOf } from '../lib/problems/issue-fields';
import { isolate, useProblemWords, type IssueWording } from '../lib/problems/problem-words';

type Props = IssueWording & {
  error: unknown;
  title?: string;
  /** The form's labels by request path (`requestedGrant` → its label), to name the field of each issue. */
  fields?: Readonly<Record<string, string>>;
};

/** A failed request in the reader's language: what went wrong, from its code, and every issue with its field or line. */
export function ErrorAlert({ error, title, fields = {}, nameOf }: Props) {
  const { t } = useTranslation();
  const words = useProblemWords({ nameOf });
  if (!error) return null;
  const issues = problemOf(error)?.issues ?? [];
  const known = Object.keys(fields);
  const line = (issue: ProblemIssue) => {
    const message = words.issue(issue);
    if (issue.line !== undefined) {
      // A file's row names its column as the file's header does (`name_he`), so the reader finds the cell.
      const column = issue.path && issue.path !== 'file' ? isolate(issue.path) : null;
      return column ? t('errors.issueLineColumn', { line: issue.line, column, message }) : t('errors.issueLine', { line: issue.line, message });
    }
    const field = fieldOf(issue.path, known);
    return field ? t('errors.issueField', { field: fields[field], message }) : message;
  };
  return (
    <Alert color="red" variant="outline" role="alert" title={title ?? t('errors.title')} data-testid="error-alert">
      <Text size="sm">{words.problem(error)}</Text>
      {issues.length > 0 && (
        <List size="sm" mt="xs" spacing={4} data-testid="error-issues">
          {issues.map((issue, i) => (
            <List.Item key={`${issue.line ?? ''}-${issue.path}-${i}`}>{line(issue)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
