import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { FinancialReportVersion } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';
import { documentPath } from '../../../api/upload-document';
import { useMe } from '../../../lib/auth/get-me';
import { useFormat } from '../../../lib/format';
import { changedFrom } from '../model/report-form';
import { FiguresList } from './figures-list';

const outcomeColor = { accepted: 'teal.9', returned: '#8f3f00' } as const;

/** One version as it was sent: when, how, its statements and figures (what changed since the version before marked), and the regulator's outcome and remarks. */
export function VersionCard({ v, previous }: { v: FinancialReportVersion; previous?: FinancialReportVersion }) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const signedIn = !!useMe().data?.user;
  return (
    <Paper withBorder p="sm" component="article" aria-label={t('versions.title', { version: format.number(v.version) })} data-testid="report-version" data-version={v.version}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700}>{t('versions.title', { version: format.number(v.version) })}</Text>
          <Group gap={4}>
            {v.via === 'import' && (
              <Badge variant="outline" color="gray.8" tt="none" style={{ flexShrink: 0 }}>
                {t('versions.imported')}
              </Badge>
            )}
            {v.outcome ? (
              <Badge variant="filled" color={outcomeColor[v.outcome]} tt="none" style={{ flexShrink: 0 }}>
                {t(`versions.outcomes.${v.outcome}`)}
              </Badge>
            ) : (
              <Badge variant="filled" color="blue.9" tt="none" style={{ flexShrink: 0 }}>
                {t('versions.waiting')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm">{t('versions.submitted', { date: format.dateTime(v.submittedAt) })}</Text>
        {signedIn && v.statements.fileName ? (
          <Anchor href={documentPath(v.statements.id)} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('versions.statements', { name: v.statements.fileName })}
          </Anchor>
        ) : null}
        <FiguresList figures={v.figures} totals={v.totals} changed={changedFrom(v, previous)} />
        {v.remarks && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="version-remarks">
            {t('versions.remarks', { remarks: v.remarks, date: format.dateTime(v.reviewedAt) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
