import { Table, Title } from '@mantine/core';
import type { ProgrammeStats } from '@eshkol/contracts/stats';
import { useTranslation } from 'react-i18next';
import { Fragment } from 'react';
import { CitationLine } from '../../../components/source-list';
import { useFormat } from '../../../lib/format';
import { formatStated } from './stated-figures';

/** Every figure the programme's documents state, as they state it. */
export function StatedFiguresTable({ figures }: { figures: ProgrammeStats['statedFigures'] }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="stated-figures-title">
      <Title order={2} size="h3" id="stated-figures-title" mb="xs">
        {t('stated.title')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder data-testid="stated-figures">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stated.figure')}</Table.Th>
              <Table.Th>{t('stated.value')}</Table.Th>
              <Table.Th>{t('stated.asOf')}</Table.Th>
              <Table.Th>{t('stated.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.map((f) => (
              <Table.Tr key={`${f.key}-${f.source}`}>
                <Table.Td>{t(`stated.keys.${f.key}`, { defaultValue: f.key })}</Table.Td>
                <Table.Td>{formatStated(f, format)}</Table.Td>
                <Table.Td>{format.asOf(f.asOf)}</Table.Td>
                <Table.Td>
                  {f.citations.map((c, i) => (
                    <Fragment key={i}>
                      {i > 0 && '; '}
                      <CitationLine citation={c} />
                    </Fragment>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
