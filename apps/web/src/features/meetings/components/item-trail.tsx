import { Anchor, List, Text } from '@mantine/core';
import type { Item } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { nameIn } from '../model/body-words';

/** Where an item came from (another body's decision, with its vote) and where it went: each a link to that meeting. */
export function ItemTrail({ item }: { item: Item }) {
  const { t, i18n } = useTranslation('meetings');
  const format = useFormat();
  const from = item.forwardedFrom;
  if (!from && item.forwardedTo.length === 0) return null;
  return (
    <List size="sm" spacing={2} data-testid={`trail-${item.id}`}>
      {from && (
        <List.Item>
          {t('trail.from')}{' '}
          <Anchor component={Link} to={`/meetings/${from.meetingId}`}>
            {nameIn(from.body, i18n.language)}
          </Anchor>
          {from.decision && (
            <Text span size="sm">
              {' '}
              {t('trail.fromDecision', { number: from.decision.number, outcome: t(`tally.outcomes.${from.decision.outcome}`), for: format.number(from.decision.tally.counts.for), against: format.number(from.decision.tally.counts.against), abstain: format.number(from.decision.tally.counts.abstain) })}
            </Text>
          )}
        </List.Item>
      )}
      {item.forwardedTo.map((to) => (
        <List.Item key={to.itemId}>
          {t('trail.to')}{' '}
          <Anchor component={Link} to={`/meetings/${to.meetingId}`}>
            {nameIn(to.body, i18n.language)}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
