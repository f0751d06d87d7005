import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { formatStated, type StatedFigure } from './stated-figures';

type Props = { label: string; value: string; testId: string; notes?: ReactNode[]; stated?: StatedFigure[] };

export function StatCard({ label, value, testId, notes = [], stated = [] }: Props) {
  const { t } = useTranslation('home');
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text fz={32} fw={700} lh={1.1} data-testid={testId}>
          {value}
        </Text>
        {notes.map((note, i) => (
          <Text key={i} size="sm" c="dimmed">
            {note}
          </Text>
        ))}
        {stated.map((figure) => (
          <Text key={`${figure.key}-${figure.source}`} size="sm" data-testid={`${testId}-stated`}>
            {t('statedBeside', { value: formatStated(figure, format), asOf: format.asOf(figure.asOf) })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
