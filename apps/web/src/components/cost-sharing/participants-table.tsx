import { Checkbox, Table, Text, TextInput } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { ParticipantRow } from '../../lib/cost-sharing/form-state';
import { costSharingRules } from '../../lib/cost-sharing/number-rules';
import { NumberField } from '../number-field';

type Props = {
  rows: ParticipantRow[];
  onChange: (authorityId: string, patch: Partial<ParticipantRow>) => void;
  unit: string;
  /** Whether each row has a "takes part" box; without it every row takes part. */
  selectable?: boolean;
  /** Whether each row has its bloc for the Owen value. */
  withBlocs?: boolean;
  /** Whether each row gives the level it uses a facility up to, in place of its quantity. */
  byLevel?: boolean;
  caption?: string;
};

/** The most the names take: they stay in view at the table's start while its figures scroll sideways. */
const nameWidth = 140;
const sticky: CSSProperties = { position: 'sticky', insetInlineStart: 0, zIndex: 1, background: 'var(--mantine-color-body)', minWidth: 110, maxWidth: nameWidth };

/**
 * The authorities of the calculation: who takes part, its quantity (or the level it uses a
 * facility up to), what it pays alone today and, for the Owen value, its bloc. Each figure is kept
 * as typed and checked against its contract's range, with the reason beside it when it is refused.
 */
export function ParticipantsTable({ rows, onChange, unit, selectable = true, withBlocs = false, byLevel = false, caption }: Props) {
  const { t, i18n } = useTranslation('cost-model');
  const format = useFormat();
  const figure = { minWidth: 140 };
  // Chromium leaves out a logical scroll padding when the page is right to left: the physical side it is.
  const scrollPadding: CSSProperties = i18n.dir() === 'rtl' ? { scrollPaddingRight: nameWidth } : { scrollPaddingLeft: nameWidth };
  return (
    // A field reached by the keyboard scrolls into view beside the names, never under them.
    <Table.ScrollContainer minWidth={withBlocs ? 860 : 700} scrollAreaProps={{ viewportProps: { style: scrollPadding } }}>
      <Table withTableBorder data-testid="participants">
        <Table.Caption>{caption ?? (byLevel ? t('participants.captionLevel') : t('participants.caption'))}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={sticky}>{selectable ? t('participants.include') : t('authority.name')}</Table.Th>
            <Table.Th>{t('authority.population')}</Table.Th>
            <Table.Th>{byLevel ? t('participants.level', { unit: t('participants.levelUnit') }) : t('participants.quantity', { unit })}</Table.Th>
            <Table.Th>{t('participants.currentCost')}</Table.Th>
            {withBlocs && <Table.Th>{t('participants.bloc')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.authorityId}>
              <Table.Td style={sticky}>
                {selectable ? (
                  // The name is the box's label: a click on it takes the authority in or out.
                  <Checkbox
                    checked={r.included}
                    onChange={(e) => onChange(r.authorityId, { included: e.currentTarget.checked })}
                    label={r.name}
                    aria-label={t('participants.includeFor', { name: r.name })}
                    styles={{ label: { fontWeight: 500 } }}
                  />
                ) : (
                  <Text size="sm" fw={500}>
                    {r.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.number(r.population)}</Table.Td>
              <Table.Td style={figure}>
                {byLevel ? (
                  <NumberField
                    size="xs"
                    value={r.level}
                    rule={costSharingRules.quantity}
                    disabled={!r.included}
                    onValue={(level) => onChange(r.authorityId, { level })}
                    aria-label={t('participants.levelFor', { name: r.name })}
                  />
                ) : (
                  <NumberField
                    size="xs"
                    value={r.quantity}
                    rule={costSharingRules.quantity}
                    disabled={!r.included}
                    onValue={(quantity) => onChange(r.authorityId, { quantity })}
                    aria-label={t('participants.quantityFor', { name: r.name })}
                  />
                )}
              </Table.Td>
              <Table.Td style={figure}>
                <NumberField
                  size="xs"
                  leftSection="₪"
                  placeholder={t('participants.fromModel')}
                  value={r.currentCost}
                  rule={costSharingRules.money}
                  disabled={!r.included}
                  onValue={(currentCost) => onChange(r.authorityId, { currentCost })}
                  aria-label={t('participants.currentCostFor', { name: r.name })}
                />
              </Table.Td>
              {withBlocs && (
                <Table.Td style={figure}>
                  <TextInput
                    size="xs"
                    maxLength={120}
                    value={r.bloc}
                    disabled={!r.included}
                    onChange={(e) => onChange(r.authorityId, { bloc: e.currentTarget.value })}
                    aria-label={t('participants.blocFor', { name: r.name })}
                    data-field="bloc"
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
