import { Checkbox, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { rangeProblem, type ParticipantRow } from '../../lib/cost-sharing/form-state';

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

const toValue = (v: string | number): number | null => (v === '' || v === null ? null : Number(v));

/**
 * The authorities of the calculation: who takes part, its quantity (or the level it uses a
 * facility up to, checked as typed against its range), what it pays alone today and, for the Owen
 * value, its bloc.
 */
export function ParticipantsTable({ rows, onChange, unit, selectable = true, withBlocs = false, byLevel = false, caption }: Props) {
  const { t } = useTranslation('cost-model');
  const format = useFormat();
  const levelError = (level: number | null) => {
    const problem = level === null ? null : rangeProblem(level, 'level');
    return problem ? t(problem.key, problem.values) : undefined;
  };
  return (
    <Table.ScrollContainer minWidth={withBlocs ? 900 : 720}>
      <Table withTableBorder data-testid="participants">
        <Table.Caption>{caption ?? (byLevel ? t('participants.captionLevel') : t('participants.caption'))}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selectable && <Table.Th>{t('participants.include')}</Table.Th>}
            <Table.Th>{t('authority.name')}</Table.Th>
            <Table.Th>{t('authority.population')}</Table.Th>
            <Table.Th>{byLevel ? t('participants.level', { unit: t('participants.levelUnit') }) : t('participants.quantity', { unit })}</Table.Th>
            <Table.Th>{t('participants.currentCost')}</Table.Th>
            {withBlocs && <Table.Th>{t('participants.bloc')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.authorityId}>
              {selectable && (
                <Table.Td>
                  <Checkbox
                    checked={r.included}
                    onChange={(e) => onChange(r.authorityId, { included: e.currentTarget.checked })}
                    aria-label={t('participants.includeFor', { name: r.name })}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.name}
                </Text>
              </Table.Td>
              <Table.Td>{format.number(r.population)}</Table.Td>
              <Table.Td>
                {byLevel ? (
                  <NumberInput
                    size="xs"
                    clampBehavior="none"
                    thousandSeparator=","
                    value={r.level ?? ''}
                    error={r.included ? levelError(r.level) : undefined}
                    disabled={!r.included}
                    onChange={(v) => onChange(r.authorityId, { level: toValue(v) })}
                    aria-label={t('participants.levelFor', { name: r.name })}
                  />
                ) : (
                  <NumberInput
                    size="xs"
                    min={0}
                    thousandSeparator=","
                    value={r.quantity ?? ''}
                    disabled={!r.included}
                    onChange={(v) => onChange(r.authorityId, { quantity: toValue(v) })}
                    aria-label={t('participants.quantityFor', { name: r.name })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  min={0}
                  thousandSeparator=","
                  prefix="₪ "
                  placeholder={t('participants.fromModel')}
                  value={r.currentCost ?? ''}
                  disabled={!r.included}
                  onChange={(v) => onChange(r.authorityId, { currentCost: toValue(v) })}
                  aria-label={t('participants.currentCostFor', { name: r.name })}
                />
              </Table.Td>
              {withBlocs && (
                <Table.Td>
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
