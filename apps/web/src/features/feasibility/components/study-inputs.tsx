import { Group, Stack, Table, Text } from '@mantine/core';
import type { SaveStudy } from '@eshkol/contracts/feasibility';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';
import { useShekels } from './use-shekels';

/** What a saved version was computed from: each authority's baseline and the joint cost model. */
export function StudyInputs({ input, nameOf }: { input: SaveStudy; nameOf: (id: string) => string }) {
  const { t } = useTranslation(['feasibility', 'cost-model']);
  const format = useFormat();
  const money = useShekels();
  const m = input.model;
  const params: [string, string][] = [[t('cost-model:model.fields.fixed'), money(m.fixed)]];
  if (m.type === 'power') params.push([t('cost-model:model.fields.scale'), money(m.scale)], [t('cost-model:model.fields.exponent'), format.number(m.exponent)]);
  if (m.type === 'capacity')
    params.push(
      [t('cost-model:model.fields.capacity'), format.number(m.capacity)],
      [t('cost-model:model.fields.vehicleCost'), money(m.vehicleCost)],
      [t('cost-model:model.fields.perUnit'), money(m.perUnit)],
    );
  if (m.type === 'tiered') params.push([t('cost-model:model.discount.label'), t(`cost-model:model.discount.${m.discount}`)]);

  return (
    <Stack gap="sm" data-testid="study-inputs">
      {/* The viewport takes focus, so that a keyboard scrolls a table wider than the screen. */}
      <Table.ScrollContainer minWidth={480} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
        <Table withTableBorder striped>
          <Table.Caption>{t('inputs.baselineCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('authority.name')}</Table.Th>
              <Table.Th scope="col">{t('inputs.quantity')}</Table.Th>
              <Table.Th scope="col">{t('inputs.currentCost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {input.baseline.map((b) => (
              <Table.Tr key={b.authorityId}>
                <Table.Th scope="row" fw={400}>
                  {nameOf(b.authorityId)}
                </Table.Th>
                <Table.Td>{format.number(b.quantity)}</Table.Td>
                <Table.Td>{b.currentCost === null ? t('inputs.costFromModel') : money(b.currentCost)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <div>
        <Text fw={600} size="sm">
          {t('inputs.model', { type: t(`cost-model:model.types.${m.type}`) })}
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
            {m.tiers.map((tier, i) => t('inputs.tier', { n: i + 1, from: format.number(tier.from), price: money(tier.unitPrice) })).join(' · ')}
          </Text>
        )}
      </div>
    </Stack>
  );
}
