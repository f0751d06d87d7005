import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AuditEvent, AuditNames } from '@eshkol/contracts/audit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { sentenceText, type AuditWords } from '../model/audit-words';
import { changesOf } from '../model/changes';
import { pageOf } from '../model/event-page';
import { sentenceOf } from '../model/sentences';
import { AuditChanges } from './audit-changes';

/** Changes the system made itself (loading the shipped data) carry no user. */
const bySystem = (actorEmail: string | null) => !actorEmail || actorEmail === 'system';

function useAuditWords(names: AuditNames): AuditWords {
  const { t, i18n } = useTranslation(['audit', 'cost-model']);
  return { t, format: useFormat(), language: i18n.language, names };
}

type Props = {
  events: AuditEvent[];
  names: AuditNames;
  /** The log of one service links to other pages only: its own is named above it. */
  withinService?: boolean;
};

/** What happened, as a sentence, with a link to the page of what it is about. */
function What({ event, words, withinService }: { event: AuditEvent; words: AuditWords; withinService: boolean }) {
  const { t } = useTranslation('audit');
  const page = pageOf(event);
  return (
    <Stack gap={2}>
      <Text size="sm" data-testid="audit-sentence">
        {sentenceText(sentenceOf(event), words)}
      </Text>
      {page && !(withinService && page.kind === 'service') && (
        <Anchor component={Link} to={page.href} size="xs">
          {t(`open.${page.kind}`)}
        </Anchor>
      )}
    </Stack>
  );
}

function Who({ actorEmail }: { actorEmail: string | null }) {
  const { t } = useTranslation('audit');
  return bySystem(actorEmail) ? t('system') : <bdi>{actorEmail}</bdi>;
}

/** On a phone, one card an event: the sentence first, then when and who, then what changed. */
function AuditCards({ events, words, withinService }: { events: AuditEvent[]; words: AuditWords; withinService: boolean }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  return (
    <Stack gap="sm" data-testid="audit-list">
      {events.map((e) => (
        <Card key={e.id} withBorder padding="sm" data-audit-id={e.id} data-action={e.action}>
          <What event={e} words={words} withinService={withinService} />
          <Group gap="xs" mt={4}>
            <Text size="xs" c="dimmed">
              {format.dateTime(e.at)}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              <Who actorEmail={e.actorEmail} />
            </Text>
          </Group>
          <details style={{ marginTop: 4 }}>
            <summary>
              <Text span size="xs">
                {t('changesShort')}
              </Text>
            </summary>
            <AuditChanges changes={changesOf(e)} words={words} />
          </details>
        </Card>
      ))}
    </Stack>
  );
}

/** The log, one event a row: when, who, what happened as a sentence, and what changed; cards on a phone. */
export function AuditTable({ events, names, withinService = false }: Props) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const words = useAuditWords(names);
  const phone = useMediaQuery('(max-width: 40em)') ?? false;
  if (phone) return <AuditCards events={events} words={words} withinService={withinService} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder verticalSpacing="sm" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('when')}</Table.Th>
            <Table.Th>{t('who')}</Table.Th>
            <Table.Th>{t('what')}</Table.Th>
            <Table.Th>{t('changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Table.Tr key={e.id} data-audit-id={e.id} data-action={e.action}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Who actorEmail={e.actorEmail} />
              </Table.Td>
              <Table.Td maw={420}>
                <What event={e} words={words} withinService={withinService} />
              </Table.Td>
              <Table.Td>
                <AuditChanges changes={changesOf(e)} words={words} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
