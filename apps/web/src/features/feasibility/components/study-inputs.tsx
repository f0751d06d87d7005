import { Group, Stack, Table, Text } from '@mantine/core';
import type { SaveStudy } from '@eshkol/contracts/feasibility';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';
import { useShekels } from './use-shekels';

/** What a saved version was computed from: each authority's baseline and the joint cost model. */
export function StudyInputs({ input, nameOf }: { input: SaveStudy; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useShekels();
  const m = input.model;
  const params: [string, string][] = [[t('costSharing.model.fields.fixed'), money(m.fixed)]];
  if (m.type === 'power') params.push([t('costSharing.model.fields.scale'), money(m.scale)], [t('costSharing.model.fields.exponent'), format.number(m.exponent)]);
  if (m.type === 'capacity')
    params.push(
      [t('costSharing.model.fields.capacity'), format.number(m.capacity)],
      [t('costSharing.model.fields.vehicleCost'), money(m.vehicleCost)],
      [t('costSharing.model.fields.perUnit'), money(m.perUnit)],
    );
  if (m.type === 'tiered') params.push([t('costSharing.model.discount.label'), t(`costSharing.model.discount.${m.discount}`)]);

  return (
    <Stack gap="sm" data-testid="study-inputs">
      {/* The viewport takes focus, so that a keyboard scrolls a table wider than the screen. */}
      <Table.ScrollContainer minWidth={480} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
        <Table withTableBorder striped>
          <Table.Caption>{t('feasibility.inputs.baselineCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('authority.name')}</Table.Th>
              <Table.Th scope="col">{t('feasibility.inputs.quantity')}</Table.Th>
              <Table.Th scope="col">{t('feasibility.inputs.currentCost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {input.baseline.map((b) => (
              <Table.Tr key={b.authorityId}>
                <Table.Th scope="row" fw={400}>
                  {nameOf(b.authorityId)}
                </Table.Th>
                <Table.Td>{format.number(b.quantity)}</Table.Td>
                <Table.Td>{b.currentCost === null ? t('feasibility.inputs.costFromModel') : money(b.currentCost)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <div>
        <Text fw={600} size="sm">
          {t('feasibility.inputs.model', { type: t(`costSharing.model.types.${m.type}`) })}
        </Text>
        <Group gap="xl" mt={4}>
          {params.map(([label, value]) => (
            <Figure key={label} label={label}>
              {value}
            </Figure>
          ))}
        </Group>
        {m.type === 'tiered' && (
          <Text size="sm" mt={4}>
            {m.tiers.map((tier, i) => t('feasibility.inputs.tier', { n: i + 1, from: format.number(tier.from), price: money(tier.unitPrice) })).join(' · ')}
          </Text>
        )}
      </div>
    </Stack>
  );
}
