import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Item, MeetingDetail } from '@eshkol/contracts/meetings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { ownerOf } from '../model/body-words';
import { DecisionForm } from './decision-form';
import { ForwardForm } from './forward-form';
import { ItemForm } from './item-form';
import { ItemTrail } from './item-trail';
import { TallyLine, VoteGrid } from './vote-grid';

/** What an item is about, when Eshkol holds it: a service or a submission, linked to its page. */
function ItemAbout({ link }: { link: NonNullable<Item['link']> }) {
  const { t } = useTranslation('meetings');
  const to = link.kind === 'service' ? `/services/${link.id}` : link.kind === 'submission' ? `/submissions/${link.id}` : null;
  return (
    <Text size="sm" data-testid="item-about">
      {to ? (
        <Anchor component={Link} to={to}>
          {t(`item.about.${link.kind}`)}
        </Anchor>
      ) : (
        t(`item.about.${link.kind}`)
      )}
    </Text>
  );
}

/** A decision as the item shows it once recorded: its number, text, owner, due day and outcome. */
function RecordedDecision({ decision }: { decision: NonNullable<Item['decision']> }) {
  const { t, i18n } = useTranslation('meetings');
  const format = useFormat();
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="recorded-decision">
      <Stack gap={4}>
        <Text fw={700}>{t('decision.number', { number: decision.number })}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{decision.text}</Text>
        <Text size="sm">
          {t('decision.ownerDue', { owner: ownerOf(decision, i18n.language) || t('decision.noOwner'), due: decision.dueOn ? format.date(decision.dueOn) : t('decision.noDue') })}
        </Text>
        <TallyLine tally={decision.tally} />
      </Stack>
    </Paper>
  );
}

/** An agenda item: what it is, who presents it, its trail, and — when the body votes on it — the grid, the tally and the decision. */
export function ItemCard({ meeting, item, index }: { meeting: MeetingDetail; item: Item; index: number }) {
  const { t } = useTranslation('meetings');
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const manage = meeting.actions.includes('manage');
  const record = meeting.actions.includes('record');
  if (editing) return <ItemForm meetingId={meeting.id} item={item} onDone={() => setEditing(false)} />;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`item-${item.id}`} data-testid="agenda-item" data-item-id={item.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={`item-${item.id}`}>
              {t('item.heading', { number: format.number(index + 1), title: item.title })}
            </Title>
            {item.presenter && <Text size="sm">{t('item.presentedBy', { presenter: item.presenter })}</Text>}
          </div>
          <Group gap="xs">
            <Badge variant="filled" color={item.needsDecision ? 'indigo.9' : 'gray.8'}>
              {item.needsDecision ? t('item.voted') : t('item.notVoted')}
            </Badge>
            {manage && !item.decision && (
              <Button size="xs" variant="subtle" onClick={() => setEditing(true)} aria-label={t('item.editNamed', { title: item.title })}>
                {t('item.edit')}
              </Button>
            )}
          </Group>
        </Group>
        {item.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{item.description}</Text>}
        {item.link && <ItemAbout link={item.link} />}
        <ItemTrail item={item} />
        {item.needsDecision && !item.decision && meeting.status === 'scheduled' && <VoteGrid meeting={meeting} item={item} editable={record} />}
        {item.decision && <RecordedDecision decision={item.decision} />}
        {item.needsDecision && !item.decision && record && <DecisionForm item={item} quorumMet={meeting.quorum?.met ?? false} authorities={meeting.clusterSlug === null ? [] : meeting.members} />}
        {item.decision && manage && meeting.clusterSlug !== null && <ForwardForm meeting={meeting} item={item} />}
      </Stack>
    </Paper>
  );
}
