import { Button, Stack, Text, Title } from '@mantine/core';
import type { StaffingRequest } from '@eshkol/contracts/staffing';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Section } from '../../../components/section';
import { useFormat } from '../../../lib/format';
import { useClusterStaffing } from '../api/get-cluster-staffing';
import { EstablishmentSummary } from './establishment-summary';
import { PeopleList } from './people-list';
import { PositionsTable } from './positions-table';
import { RequestModal } from './request-modal';
import { RequestsList } from './requests-list';
import { StaffingFlags } from './staffing-flags';

/**
 * The cluster page's staff and establishment, for every reader: the approved positions and the
 * headcount against them, with what is above them. Salaries, names and the requests only where the
 * server gives them (the cluster's staff, the regulator, the ministry); its staff ask for more.
 */
export function StaffingSection({ slug }: { slug: string }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const view = useClusterStaffing(slug);
  const [asking, setAsking] = useState(false);
  const [resubmitting, setResubmitting] = useState<StaffingRequest | null>(null);
  const [sent, setSent] = useState(false);
  const data = view.data;
  const mayRequest = data?.actions.includes('request') ?? false;
  return (
    <Section
      id="staffing-title"
      title={t('section.title')}
      actions={
        mayRequest && (
          <Button onClick={() => {
              setSent(false);
              setAsking(true);
            }} data-testid="staffing-new-request">
            {t('section.newRequest')}
          </Button>
        )
      }
    >
      <ErrorAlert error={view.error} />
      {data && (
        <Stack gap="md">
          <Text size="sm">{t('section.intro', { date: format.date(data.asOf) })}</Text>
          {sent && (
            <Text role="status" c="teal.9" fw={500} data-testid="staffing-sent">
              {t('form.sent')}
            </Text>
          )}
          <EstablishmentSummary staffing={data} />
          <StaffingFlags staffing={data} />
          <Title order={3} size="h4">
            {t('positions.title')}
          </Title>
          <PositionsTable positions={data.positions} />
          {data.people === null || data.requests === null ? (
            <Text size="sm" data-testid="salaries-hidden">
              {t('section.salariesHidden')}
            </Text>
          ) : (
            <>
              <Title order={3} size="h4">
                {t('people.title')}
              </Title>
              <PeopleList people={data.people} positions={data.positions} />
              <Title order={3} size="h4">
                {t('requests.title')}
              </Title>
              <RequestsList requests={data.requests} positions={data.positions} onResubmit={(r) => {
                  setSent(false);
                  setResubmitting(r);
                }} />
            </>
          )}
          <RequestModal
            slug={slug}
            positions={data.positions}
            resubmitting={resubmitting}
            opened={asking || resubmitting !== null}
            onClose={() => {
              setAsking(false);
              setResubmitting(null);
            }}
            onSent={() => setSent(true)}
          />
        </Stack>
      )}
    </Section>
  );
}
