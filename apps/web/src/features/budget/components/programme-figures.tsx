import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { Programme } from '@eshkol/contracts/budget';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

function Amount({ label, agorot, testId }: { label: string; agorot: number; testId: string }) {
  const format = useFormat();
  return (
    <Paper withBorder p="sm">
      <Text size="sm">{label}</Text>
      <Text fz={22} fw={700} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {format.shekels(agorot)}
      </Text>
    </Paper>
  );
}

/** The programme in five figures. */
export function ProgrammeFigures({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation('budget');
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} data-testid="programme-figures">
      <Amount label={t('figures.total')} agorot={p.total} testId="programme-total" />
      <Amount label={t('figures.allocated')} agorot={p.allocated} testId="programme-allocated" />
      <Amount label={t('figures.unallocated')} agorot={p.unallocated} testId="programme-unallocated" />
      <Amount label={t('figures.committed')} agorot={p.committed} testId="programme-committed" />
      <Amount label={t('figures.paid')} agorot={p.paid} testId="programme-paid" />
    </SimpleGrid>
  );
}
