import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import type { SubmissionSummary } from '@eshkol/contracts/reviews';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { OutcomeBadge } from './review-badges';

type Props = {
  items: SubmissionSummary[];
  clusterName: (slug: string) => string;
  /** Rows to choose for a meeting's agenda, for readers who may make one; none for the others. */
  selection: { selected: ReadonlySet<number>; onToggle: (id: number) => void; onToggleAll: (select: boolean) => void } | null;
};

/** The committee's queue: one row per submission, selectable for a meeting agenda by those who make one. */
export function SubmissionsTable({ items, clusterName, selection }: Props) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const money = (shekels: number | null) => (shekels === null ? format.unknown : format.number(shekels, { style: 'currency', currency: 'ILS', maximumFractionDigits: 0 }));
  const selected = selection?.selected ?? new Set<number>();
  const all = items.length > 0 && items.every((s) => selected.has(s.id));
  const some = items.some((s) => selected.has(s.id));
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table withTableBorder striped highlightOnHover data-testid="submissions-table">
        <Table.Caption>{t('committee.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox aria-label={t('committee.selectAll')} checked={all} indeterminate={some && !all} onChange={(e) => selection.onToggleAll(e.currentTarget.checked)} />
              </Table.Th>
            )}
            <Table.Th>{t('fields.cluster')}</Table.Th>
            <Table.Th>{t('fields.service')}</Table.Th>
            <Table.Th>{t('fields.kind')}</Table.Th>
            <Table.Th>{t('fields.participants')}</Table.Th>
            <Table.Th>{t('fields.total')}</Table.Th>
            <Table.Th>{t('fields.saving')}</Table.Th>
            <Table.Th>{t('fields.requestedGrant')}</Table.Th>
            <Table.Th>{t('fields.submittedAt')}</Table.Th>
            <Table.Th>{t('fields.lastOutcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id} data-submission-id={s.id} bg={selected.has(s.id) ? 'blue.0' : undefined}>
              {selection && (
                <Table.Td>
                  <Checkbox aria-label={t('committee.select', { service: s.serviceNameHe })} checked={selected.has(s.id)} onChange={() => selection.onToggle(s.id)} />
                </Table.Td>
              )}
              <Table.Td>{clusterName(s.clusterSlug)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/submissions/${s.id}`}>
                  {s.serviceNameHe}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`kinds.${s.serviceKind}`)}</Table.Td>
              <Table.Td>{format.number(s.participantCount)}</Table.Td>
              <Table.Td>{money(s.total)}</Table.Td>
              <Table.Td>{money(s.saving)}</Table.Td>
              <Table.Td>{format.shekels(s.requestedGrantAgorot)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(s.submittedAt)}</Table.Td>
              <Table.Td>
                {s.lastOutcome ? (
                  <OutcomeBadge outcome={s.lastOutcome} />
                ) : (
                  <Text span size="sm">
                    {t('pending')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
