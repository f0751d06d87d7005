import { Alert, List } from '@mantine/core';
import type { FormProblem } from '../../lib/cost-sharing/form-state';
import { useProblemText } from '../../lib/cost-sharing/problem-text';

/** What keeps a cost-sharing form from being sent, one problem a line; nothing when there is none. */
export function FormProblemsAlert({ problems, title, testId }: { problems: readonly FormProblem[]; title: string; testId: string }) {
  const problemText = useProblemText();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="outline" role="alert" title={title} data-testid={testId}>
      <List size="sm">
        {problems.map((p, i) => (
          <List.Item key={i}>{problemText(p)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
