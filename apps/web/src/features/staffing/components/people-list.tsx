import { Box, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { Person, Position } from '@eshkol/contracts/staffing';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { EndEmploymentModal } from './end-employment-modal';
import { usePositionName } from './staffing-words';

/** The people employed in the cluster's positions (for those who read salaries), with their terms; its staff end an employment. */
export function PeopleList({ people, positions }: { people: readonly Person[]; positions: readonly Position[] }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const positionName = usePositionName();
  const [ending, setEnding] = useState<Person | null>(null);
  if (people.length === 0) return <Text size="sm">{t('people.none')}</Text>;
  const byId = new Map(positions.map((p) => [p.id, p]));
  const position = (p: Person) => {
    const of = byId.get(p.positionId);
    return of ? positionName(of) : t('flags.unlistedPosition');
  };
  const period = (p: Person) =>
    p.untilDay ? t('people.period', { from: format.date(p.fromDay), until: format.date(p.untilDay) }) : t('people.from', { from: format.date(p.fromDay) });
  const endButton = (p: Person) =>
    p.actions.includes('end') && (
      <Button size="xs" variant="default" onClick={() => setEnding(p)} aria-label={t('people.endFor', { name: p.personName })} data-testid="end-employment">
        {t('people.end')}
      </Button>
    );
  const status = (p: Person) => <Text size="xs">{p.current ? t('people.current') : t('people.notCurrent')}</Text>;
  return (
    <>
      <Box visibleFrom="md">
        <Table withTableBorder striped data-testid="people-table">
          <Table.Caption>{t('people.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.columns.name')}</Table.Th>
              <Table.Th>{t('people.columns.position')}</Table.Th>
              <Table.Th>{t('people.columns.period')}</Table.Th>
              <Table.Th>{t('people.columns.scope')}</Table.Th>
              <Table.Th>{t('people.columns.gross')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.id} data-person={p.id} data-current={p.current}>
                <Table.Th scope="row" fw={500}>
                  {p.personName}
                </Table.Th>
                <Table.Td>{position(p)}</Table.Td>
                <Table.Td>
                  {period(p)}
                  {status(p)}
                </Table.Td>
                <Table.Td>{format.percent(p.scopePercent / 100)}</Table.Td>
                <Table.Td>{format.shekels(p.grossAgorot)}</Table.Td>
                <Table.Td>{endButton(p)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="md" gap="sm" data-testid="people-cards">
        {people.map((p) => (
          <Paper key={p.id} withBorder p="sm" component="article" aria-label={p.personName} data-person={p.id}>
            <Text fw={700}>{p.personName}</Text>
            <Text size="sm">{position(p)}</Text>
            <Text size="sm">{period(p)}</Text>
            {status(p)}
            <Text size="sm">{t('people.card', { scope: format.percent(p.scopePercent / 100), gross: format.shekels(p.grossAgorot) })}</Text>
            <Group mt="xs">{endButton(p)}</Group>
          </Paper>
        ))}
      </Stack>
      <EndEmploymentModal person={ending} onClose={() => setEnding(null)} />
    </>
  );
}
