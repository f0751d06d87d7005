import { Anchor, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { formatStated, type Comparison, type StatedFigure } from './stated-figures';

export type StatedBeside = { figure: StatedFigure; comparison: Comparison };
type Props = { label: string; value: string; testId: string; notes?: ReactNode[]; stated?: StatedBeside[] };

/** Why a stated figure and the one above it differ, in words; a figure of another year links to that year's figures. */
function Explanation({ comparison, share }: { comparison: Comparison; share: boolean }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  switch (comparison.kind) {
    case 'otherYear':
      return comparison.statedYear === null ? (
        <>{t('compare.otherYearUnknown')}</>
      ) : (
        <>
          {t('compare.otherYear', { year: String(comparison.statedYear) })}{' '}
          <Anchor component={Link} to={`/?asOf=${comparison.statedYear}#figures-title`} size="sm">
            {t('compare.showYear', { year: String(comparison.statedYear) })}
          </Anchor>
        </>
      );
    case 'populationYear':
      return (
        <>
          {comparison.populationYear === null
            ? t('compare.populationYearUnknown', { year: String(comparison.statedYear) })
            : t('compare.populationYear', { year: String(comparison.statedYear), populationYear: String(comparison.populationYear) })}
        </>
      );
    case 'same':
      return <>{t('compare.same')}</>;
    case 'differs': {
      if (Number.isNaN(comparison.by)) return <>{t('compare.unknown')}</>;
      const by = share ? format.percent(Math.abs(comparison.by)) : format.number(Math.abs(comparison.by));
      return <>{t(comparison.by > 0 ? 'compare.more' : 'compare.fewer', { by })}</>;
    }
  }
}

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
        {stated.map(({ figure, comparison }) => (
          <Stack key={`${figure.key}-${figure.source}`} gap={2} mt={4} data-testid={`${testId}-stated`} data-comparison={comparison.kind}>
            <Text size="sm" fw={500}>
              {t('statedBeside', { value: formatStated(figure, format), asOf: format.asOf(figure.asOf) })}
            </Text>
            <Text size="sm">
              <Explanation comparison={comparison} share={/share/i.test(figure.key)} />
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
