import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, ContractError } from '../lib/api-client';

type Props = { error: unknown; title?: string };

/** An API error in the request's language: the server's `detail`, and every issue with its line. */
export function ErrorAlert({ error, title }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const message =
    problem?.detail ??
    (error instanceof ApiError
      ? t('errors.http', { status: error.status })
      : error instanceof ContractError
        ? t('errors.contract')
        : t('errors.network'));
  const issues = problem?.issues ?? [];
  return (
    <Alert color="red" variant="outline" role="alert" title={title ?? t('errors.title')} data-testid="error-alert">
      <Text size="sm">{message}</Text>
      {issues.length > 0 && (
        <List size="sm" mt="xs" spacing={4} data-testid="error-issues">
          {issues.map((issue, i) => (
            <List.Item key={`${issue.line ?? ''}-${issue.path}-${i}`}>
              {issue.line !== undefined
                ? t('errors.issueLine', { line: issue.line, message: issue.message, path: issue.path })
                : issue.path
                  ? t('errors.issuePath', { path: issue.path, message: issue.message })
                  : issue.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
