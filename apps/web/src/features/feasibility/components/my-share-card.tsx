import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useAuthorityShare } from '../api/get-authority-share';
import { useShekels } from './use-shekels';

type Props = { serviceId: number; version: number; authorityName: string };

function Big({ label, value, tone, testId }: { label: string; value: string; tone?: string; testId: string }) {
  return (
    <div>
      <Text size="sm">{label}</Text>
      <Text fz={28} fw={700} c={tone} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** A representative's own authority: what it would pay under the proposed method, against alone, and the saving. */
export function MyShareCard({ serviceId, version, authorityName }: Props) {
  const { t } = useTranslation(['feasibility', 'cost-model']);
  const format = useFormat();
  const money = useShekels();
  const share = useAuthorityShare(serviceId, version);
  const s = share.data;
  const pct = s?.savingPercent === null || s?.savingPercent === undefined ? null : s.savingPercent / 100;

  return (
    <Paper withBorder p="lg" bg="blue.0" component="section" aria-labelledby="my-share-title" data-testid="my-share">
      <Stack gap="sm">
        <Title order={3} size="h4" id="my-share-title">
          {t('myShare.title', { name: authorityName })}
        </Title>
        {share.error ? (
          <ErrorAlert error={share.error} />
        ) : !s ? (
          <PageLoader />
        ) : (
          <>
            <Text size="sm">{t('myShare.basis', { version: s.version, method: t(`cost-model:methods.${s.method}`) })}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Big label={t('myShare.share')} value={money(s.share)} testId="my-share-amount" />
              <Big label={t('myShare.standAlone')} value={money(s.standAlone)} testId="my-share-standalone" />
              <Big
                label={s.saving >= 0 ? t('myShare.saving') : t('myShare.extra')}
                value={pct === null ? money(Math.abs(s.saving)) : `${money(Math.abs(s.saving))} (${format.percent(Math.abs(pct))})`}
                tone={s.saving >= 0 ? 'teal.9' : 'red.9'}
                testId="my-share-saving"
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('myShare.note')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
