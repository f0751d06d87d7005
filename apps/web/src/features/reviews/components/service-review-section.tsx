import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { Service } from '@eshkol/contracts/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { ApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth/get-me';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useReadiness } from '../api/get-readiness';
import { useServiceSubmissions } from '../api/get-service-submissions';
import { ReadinessChecklist } from './readiness-checklist';
import { OutcomeBadge, ServiceStateBadge } from './review-badges';
import { SubmitDialog, type ReviewTarget } from './submit-dialog';

type Props = { service: ReviewTarget & Pick<Service, 'actions' | 'participants'> };

/** On the service page: where the service stands with the committee, its submissions, and the way to submit it. */
export function ServiceReviewSection({ service }: Props) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const signedIn = !!useMe().data?.user;
  const submissions = useServiceSubmissions(service.id, signedIn);
  const [opened, setOpened] = useState(false);
  const [submittedId, setSubmittedId] = useState<number | null>(null);
  const canSubmit = service.actions.includes('submit');
  const names = useNames();
  const readiness = useReadiness(service.id, signedIn && canSubmit);
  const nameOf = (id: string) => {
    const p = service.participants.find((x) => x.authorityId === id);
    return p ? names.authority(p) : id;
  };
  const items = submissions.data?.items ?? [];
  if (!signedIn) return null;
  // Those who may not read the service's submissions (the public, other authorities) see no section.
  if (submissions.error instanceof ApiError && (submissions.error.status === 401 || submissions.error.status === 403)) return null;

  return (
    <section aria-labelledby="review-title" data-testid="service-review">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="review-title">
            {t('service.title')}
          </Title>
          <ServiceStateBadge state={service.state} />
        </Group>
        {canSubmit && (
          <Button onClick={() => setOpened(true)} data-testid="open-submit">
            {service.state === 'returned' ? t('service.resubmit') : t('service.submit')}
          </Button>
        )}
      </Group>
      <Stack>
        <Text size="sm">{t(`service.stateExplain.${service.state}`)}</Text>
        {canSubmit && readiness.data && <ReadinessChecklist readiness={readiness.data} kind={service.kind} nameOf={nameOf} />}
        {submittedId !== null && (
          <Alert color="teal" role="status" title={t('submit.doneTitle')}>
            <Anchor component={Link} to={`/submissions/${submittedId}`}>
              {t('submit.doneLink')}
            </Anchor>
          </Alert>
        )}
        {submissions.error ? (
          <ErrorAlert error={submissions.error} />
        ) : !submissions.data ? (
          <PageLoader />
        ) : items.length === 0 ? (
          <Text c="dimmed">{t('service.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table withTableBorder striped data-testid="service-submissions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.submittedAt')}</Table.Th>
                  <Table.Th>{t('fields.requestedGrant')}</Table.Th>
                  <Table.Th>{t('fields.lastOutcome')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{format.dateTime(s.submittedAt)}</Table.Td>
                    <Table.Td>{format.shekels(s.requestedGrantAgorot)}</Table.Td>
                    <Table.Td>{s.lastOutcome ? <OutcomeBadge outcome={s.lastOutcome} /> : t('pending')}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/submissions/${s.id}`}>
                        {t('service.open', { date: format.date(s.submittedAt.slice(0, 10)) })}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {/* Stays mounted after the submission locks the service, so that its success is still reported. */}
      {(canSubmit || opened) && (
        <SubmitDialog
          // A new study version starts the dialog afresh, proposing that version.
          key={service.currentStudyVersion ?? 0}
          service={service}
          opened={opened}
          onClose={() => setOpened(false)}
          onSubmitted={(id) => {
            setOpened(false);
            setSubmittedId(id);
          }}
        />
      )}
    </section>
  );
}
