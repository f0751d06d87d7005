import { Blockquote, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { StaffingRequest } from '@eshkol/contracts/staffing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { ProposalTerms } from './proposal-terms';
import { RequestStateBadge } from './staffing-words';

/** Every version of a request, the newest first: what it proposed, when it was sent, and the regulator's outcome and remarks. */
export function RequestVersions({ request, headingOrder = 4 }: { request: StaffingRequest; headingOrder?: 3 | 4 | 5 }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('requests.versionsTitle')} data-testid="request-versions">
      {request.versions.map((v) => (
        <Paper component="li" key={v.version} withBorder p="sm" data-version={v.version} data-outcome={v.outcome ?? 'waiting'}>
          <Group justify="space-between" gap="xs" mb="xs">
            <Title order={headingOrder} size="h6">
              {t('requests.version', { version: format.number(v.version) })}
              <Text span size="sm" fw={400}>
                {' · '}
                {t('requests.submittedAt', { date: format.dateTime(v.submittedAt) })}
              </Text>
            </Title>
            {v.outcome && <RequestStateBadge state={v.outcome} />}
          </Group>
          <ProposalTerms proposal={v.proposal} />
          {v.remarks ? (
            <Blockquote mt="xs" p="xs" color="gray.7" cite={v.reviewedAt ? t('requests.reviewedAt', { date: format.dateTime(v.reviewedAt) }) : undefined} data-testid="request-remarks">
              <Text size="sm" fw={500}>
                {t('requests.remarks')}
              </Text>
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {v.remarks}
              </Text>
            </Blockquote>
          ) : (
            v.reviewedAt && (
              <Text size="xs" mt="xs">
                {t('requests.reviewedAt', { date: format.dateTime(v.reviewedAt) })}
              </Text>
            )
          )}
        </Paper>
      ))}
    </Stack>
  );
}
