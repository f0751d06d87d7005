import { Anchor, Badge, Breadcrumbs, Button, Group, List, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { BodyDetail, Seat } from '@eshkol/contracts/governance';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { pickName } from '../../../lib/names';
import { compositionWorkbookPath, useBody } from '../api/get-body';
import { EndSeatButton } from '../components/end-seat-button';
import { RulesForm } from '../components/rules-form';
import { SeatForm } from '../components/seat-form';
import { rulesInWords } from '../model/rules-words';
import { isDay, todayInIsrael } from '../model/today';

/** /bodies/:id — a body on a day: its seats, its voting member authorities, its rules and their history; its managers change them. */
export function BodyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['governance', 'common']);
  const [search, setSearch] = useSearchParams();
  const asked = search.get('on');
  const [typed, setTyped] = useState(asked ?? '');
  const on = asked && isDay(asked) ? asked : null;
  const body = useBody(Number(id), on);
  const [open, setOpen] = useState<'seat' | 'rules' | null>(null);
  if (body.error) return <ErrorAlert error={body.error} />;
  if (!body.data) return <PageLoader />;
  const b = body.data;
  const manage = b.actions.includes('manage');
  const name = pickName(b, i18n.language) ?? '';
  const dayError = typed !== '' && !isDay(typed) ? t('fieldErrors.date') : undefined;
  const showDay = (value: string) => {
    setTyped(value);
    if (value === '') setSearch({}, { replace: true });
    else if (isDay(value)) setSearch({ on: value }, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        {b.clusterSlug && b.cluster ? (
          <Anchor component={Link} to={`/clusters/${b.clusterSlug}`}>
            {pickName(b.cluster, i18n.language)}
          </Anchor>
        ) : (
          <Anchor component={Link} to="/governance">
            {t('body.breadcrumbProgramme')}
          </Anchor>
        )}
        <Text span>{name}</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>{name}</Title>
        <Group gap="xs">
          <Badge variant="outline" color="gray.8">
            {t(`kinds.${b.kind}`)}
          </Badge>
          {b.domain && <Text size="sm">{t('body.domain', { domain: t(`common:domains.${b.domain}`) })}</Text>}
        </Group>
      </Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('body.on')}
          description={t('body.onHint')}
          type="date"
          value={typed === '' ? b.on : typed}
          onChange={(e) => showDay(e.currentTarget.value)}
          error={dayError}
          w={240}
          data-testid="composition-on"
        />
        <Button component="a" href={compositionWorkbookPath(b.id, on)} variant="outline" download data-testid="composition-xlsx">
          {t('body.export')}
        </Button>
        <Button component={Link} to={`/bodies/${b.id}/meetings`} variant="light" data-testid="body-meetings">
          {t('body.meetings')}
        </Button>
      </Group>
      <Seats body={b} manage={manage} />
      {manage && (
        <Group>
          <Button variant="outline" onClick={() => setOpen(open === 'seat' ? null : 'seat')} aria-expanded={open === 'seat'} data-testid="add-seat">
            {t('seatForm.title')}
          </Button>
          <Button variant="outline" onClick={() => setOpen(open === 'rules' ? null : 'rules')} aria-expanded={open === 'rules'} data-testid="new-rules">
            {t('rulesForm.title')}
          </Button>
        </Group>
      )}
      {manage && open === 'seat' && <SeatForm body={b} onDone={() => setOpen(null)} />}
      {manage && open === 'rules' && <RulesForm body={b} onDone={() => setOpen(null)} />}
      <VotingMembers body={b} />
      <Rules body={b} />
    </Stack>
  );
}

function Seats({ body, manage }: { body: BodyDetail; manage: boolean }) {
  const { t, i18n } = useTranslation('governance');
  const format = useFormat();
  const holder = (s: Seat) => (s.personName ? `${s.personName}, ${s.title}` : s.title);
  const today = todayInIsrael();
  return (
    <section aria-labelledby="seats-title">
      <Title order={2} size="h3" id="seats-title" mb="sm">
        {t('body.seatsTitle', { date: format.date(body.on) })}
      </Title>
      {body.seats.length === 0 ? (
        <Text>{t('body.noSeats')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="seats-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('seats.holder')}</Table.Th>
                <Table.Th>{t('seats.role')}</Table.Th>
                <Table.Th>{t('seats.onBehalfOf')}</Table.Th>
                <Table.Th>{t('seats.term')}</Table.Th>
                <Table.Th>{t('seats.status')}</Table.Th>
                {manage && <Table.Th>{t('seats.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {body.seats.map((s) => (
                <Table.Tr key={s.id} data-seat={s.id}>
                  <Table.Td>
                    {holder(s)}
                    {s.email && (
                      <Text size="xs" c="dimmed" dir="ltr">
                        {s.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`roles.${s.role}`)}</Table.Td>
                  <Table.Td>
                    {s.authorityId && s.authority ? (
                      <Anchor component={Link} to={`/authorities/${s.authorityId}`}>
                        {pickName(s.authority, i18n.language)}
                      </Anchor>
                    ) : (
                      s.organisation
                    )}
                  </Table.Td>
                  <Table.Td>{s.to ? t('seats.termClosed', { from: format.date(s.from), to: format.date(s.to) }) : t('seats.termOpen', { from: format.date(s.from) })}</Table.Td>
                  <Table.Td>
                    {s.status === 'active' ? (
                      <Text size="sm" c="teal.9" fw={500}>
                        {t('seats.active')}
                      </Text>
                    ) : (
                      <Text size="sm" c="orange.9">
                        {s.lapsedOn ? t('seats.lapsedOn', { date: format.date(s.lapsedOn) }) : t('seats.lapsed')}
                      </Text>
                    )}
                  </Table.Td>
                  {manage && <Table.Td>{s.to === null && <EndSeatButton seat={s} holder={holder(s)} today={today < s.from ? s.from : today} />}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function VotingMembers({ body }: { body: BodyDetail }) {
  const { t, i18n } = useTranslation('governance');
  if (body.clusterSlug === null) return null;
  return (
    <section aria-labelledby="voting-title">
      <Title order={2} size="h3" id="voting-title" mb={4}>
        {t('body.votingTitle')}
      </Title>
      <Text fw={500} data-testid="voting-count">
        {t('body.voting', { count: body.votingMembers.length })}
      </Text>
      <Text size="sm" mb="xs">
        {t('body.votingExplain')}
      </Text>
      <List size="sm" data-testid="voting-members">
        {body.votingMembers.map((m) => (
          <List.Item key={m.authorityId}>
            <Anchor component={Link} to={`/authorities/${m.authorityId}`}>
              {pickName(m, i18n.language)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function Rules({ body }: { body: BodyDetail }) {
  const { t } = useTranslation('governance');
  const format = useFormat();
  return (
    <section aria-labelledby="rules-title">
      <Title order={2} size="h3" id="rules-title" mb="sm">
        {t('rules.title')}
      </Title>
      {body.rules ? (
        <Paper withBorder p="sm" data-testid="rules-in-force">
          <Text size="sm" c="dimmed" mb={4}>
            {t('rules.inForce', { date: format.date(body.rules.validFrom) })}
          </Text>
          <List size="sm">
            {Object.values(rulesInWords(body.rules.rules, t)).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Paper>
      ) : (
        <Text>{t('rules.none')}</Text>
      )}
      {body.rulesHistory.length > 1 && (
        <Stack gap={4} mt="md">
          <Title order={3} size="h5">
            {t('rules.historyTitle')}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs" data-testid="rules-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rules.validFrom')}</Table.Th>
                  <Table.Th>{t('rules.title')}</Table.Th>
                  <Table.Th>{t('rules.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...body.rulesHistory].reverse().map((r) => {
                  const words = rulesInWords(r.rules, t);
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td>{format.date(r.validFrom)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{[words.quorum, words.majority, words.weights, words.tie].join(' · ')}</Text>
                      </Table.Td>
                      <Table.Td>{r.note}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </section>
  );
}
