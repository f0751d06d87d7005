import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Item, MeetingDetail } from '@eshkol/contracts/meetings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentPath } from '../../../api/upload-document';
import { useFormat } from '../../../lib/format';
import { ownerOf } from '../model/body-words';
import { DecisionForm } from './decision-form';
import { ForwardForm } from './forward-form';
import { ItemForm } from './item-form';
import { ItemTrail } from './item-trail';
import { TallyLine, VoteGrid } from './vote-grid';

/** What an item is about, when Eshkol holds it: a service or its study (on the service's page), a submission (on its own), or an earlier decision (on its meeting's). */
function ItemAbout({ item }: { item: Item }) {
  const { t } = useTranslation('meetings');
  if (!item.link) return null;
  const to =
    item.link.kind === 'submission'
      ? `/submissions/${item.link.id}`
      : item.linked?.meetingId
        ? `/meetings/${item.linked.meetingId}`
        : item.linked?.serviceId
          ? `/services/${item.linked.serviceId}`
          : null;
  return (
    <Text size="sm" data-testid="item-about">
      {to ? (
        <Anchor component={Link} to={to}>
          {t(`item.about.${item.link.kind}`)}
        </Anchor>
      ) : (
        t(`item.about.${item.link.kind}`)
      )}
    </Text>
  );
}

/** The item's documents, each a download by its name. */
function ItemDocuments({ documents }: { documents: Item['documents'] }) {
  const { t } = useTranslation('meetings');
  if (documents.length === 0) return null;
  return (
    <Stack gap={2} data-testid="item-documents-list">
      <Text size="sm" fw={600}>
        {t('item.documents')}
      </Text>
      {documents.map((d) => (
        <Anchor key={d.id} href={documentPath(d.id)} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }}>
          {d.fileName}
        </Anchor>
      ))}
    </Stack>
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
  if (editing) return <ItemForm meetingId={meeting.id} clusterSlug={meeting.clusterSlug} item={item} onDone={() => setEditing(false)} />;
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
        <ItemAbout item={item} />
        <ItemDocuments documents={item.documents} />
        <ItemTrail item={item} />
        {item.needsDecision && !item.decision && meeting.status === 'scheduled' && <VoteGrid meeting={meeting} item={item} editable={record} />}
        {item.decision && <RecordedDecision decision={item.decision} />}
        {item.needsDecision && !item.decision && record && <DecisionForm item={item} quorumMet={meeting.quorum?.met ?? false} authorities={meeting.clusterSlug === null ? [] : meeting.members} />}
        {item.decision && manage && meeting.clusterSlug !== null && <ForwardForm meeting={meeting} item={item} />}
      </Stack>
    </Paper>
  );
}
