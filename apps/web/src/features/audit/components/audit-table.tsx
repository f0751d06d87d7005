import { Anchor, Stack, Table, Text } from '@mantine/core';
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

/** The log, one event a row: when, who, what happened as a sentence (with a link to its page), and what changed. */
export function AuditTable({ events, names }: { events: AuditEvent[]; names: AuditNames }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const words = useAuditWords(names);
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
          {events.map((e) => {
            const page = pageOf(e);
            return (
              <Table.Tr key={e.id} data-audit-id={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{bySystem(e.actorEmail) ? t('system') : <bdi>{e.actorEmail}</bdi>}</Table.Td>
                <Table.Td maw={420}>
                  <Stack gap={2}>
                    <Text size="sm" data-testid="audit-sentence">
                      {sentenceText(sentenceOf(e), words)}
                    </Text>
                    {page && (
                      <Anchor component={Link} to={page.href} size="xs">
                        {t(`open.${page.kind}`)}
                      </Anchor>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <AuditChanges changes={changesOf(e)} words={words} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
