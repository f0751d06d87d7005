import { Badge, Radio, Stack, Table, Text } from '@mantine/core';
import type { Item, MeetingDetail } from '@eshkol/contracts/meetings';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useSetBallots } from '../api/item-decisions';
import { unitsPresent } from '../model/quorum';
import { unitKey, unitName } from '../model/units';
import { ballotsOf, gridOf, gridVotes, withVote, type Grid, type GridVote } from '../model/vote-grid';
import classes from './meeting-tables.module.css';

const outcomeColor = { passed: 'teal.9', failed: 'red.9', 'no-quorum': 'gray.8' } as const;

/** The tally of an item in words: its outcome, why, and the votes by unit. */
export function TallyLine({ tally }: { tally: NonNullable<Item['tally']> }) {
  const { t } = useTranslation('meetings');
  const format = useFormat();
  const c = tally.counts;
  return (
    <Stack gap={4} data-testid="tally" data-outcome={tally.outcome}>
      <Text fw={600}>
        <Badge color={outcomeColor[tally.outcome]} variant="filled" me="xs">
          {t(`tally.outcomes.${tally.outcome}`)}
        </Badge>
        {t(`tally.reasons.${tally.reason}`)}
      </Text>
      <Text size="sm">
        {t('tally.counts', { for: format.number(c.for), against: format.number(c.against), abstain: format.number(c.abstain), notVoting: format.number(c.notVoting), absent: format.number(c.absent) })}
      </Text>
    </Stack>
  );
}

/**
 * One row per voting member unit: for, against, abstaining or not voting; a unit with nobody
 * present has no vote. A change is saved at once, with every present unit's vote, and the tally
 * the server answers with is shown under the grid. On a phone each row is a card, its votes a
 * group of labelled choices.
 */
export function VoteGrid({ meeting, item, editable }: { meeting: MeetingDetail; item: Item; editable: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const save = useSetBallots(item.id);
  // The grid as last changed, shown until the last of its saves is answered.
  const [draft, setDraft] = useState<Grid | null>(null);
  const latest = useRef<Grid | null>(null);
  const grid = draft ?? gridOf(meeting.members, item.ballots);
  const present = unitsPresent(meeting.attendance);
  const change = (key: string, vote: GridVote) => {
    const next = withVote(grid, key, vote);
    latest.current = next;
    setDraft(next);
    save.mutate(
      { itemId: item.id, body: ballotsOf(meeting.members, next, present) },
      {
        onSettled: () => {
          if (latest.current === next) setDraft(null);
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={340} classNames={{ scrollContainerInner: classes.inner }}>
        <Table withTableBorder className={`${classes.stacked} ${classes.votes}`} data-testid={`vote-grid-${item.id}`} aria-label={t('votes.gridLabel', { item: item.title })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('votes.unit')}</Table.Th>
              {gridVotes.map((v) => (
                <Table.Th key={v} ta="center">
                  {t(`votes.${v}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.members.map((m) => {
              const key = unitKey(m);
              const name = unitName(m, i18n.language);
              const here = present.has(key);
              return (
                <Table.Tr key={key} data-unit={key}>
                  <Table.Th scope="row">
                    {name}
                  </Table.Th>
                  {here ? (
                    gridVotes.map((v) => (
                      <Table.Td key={v} className={classes.choice}>
                        <Radio
                          name={`vote-${item.id}-${key}`}
                          value={v}
                          checked={grid[key] === v}
                          disabled={!editable}
                          onChange={() => change(key, v)}
                          label={t(`votes.${v}`)}
                          aria-label={t('votes.radio', { vote: t(`votes.${v}`), unit: name })}
                          classNames={{ body: classes.choiceBody, labelWrapper: classes.choiceLabel }}
                        />
                      </Table.Td>
                    ))
                  ) : (
                    <Table.Td colSpan={gridVotes.length} className={classes.absent}>
                      <Text size="sm" c="dimmed">
                        {t('votes.absent')}
                      </Text>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={save.error} title={t('votes.failed')} />
      {item.tally && <TallyLine tally={item.tally} />}
    </Stack>
  );
}
