import { Button, Group, Select, Stack } from '@mantine/core';
import type { Item, MeetingDetail } from '@eshkol/contracts/meetings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useScopeBodies } from '../api/get-meeting-bodies';
import { useForwardItem } from '../api/item-decisions';
import { nameIn } from '../model/body-words';

/** Forwards a decided item (a forum's recommendation) to the next meeting of another body of the same cluster. */
export function ForwardForm({ meeting, item }: { meeting: MeetingDetail; item: Item }) {
  const { t, i18n } = useTranslation('meetings');
  const bodies = useScopeBodies(meeting.clusterSlug);
  const forward = useForwardItem();
  const [to, setTo] = useState<string | null>(null);
  const already = new Set(item.forwardedTo.map((f) => f.bodyId));
  const options = (bodies.data?.items ?? []).filter((b) => b.id !== meeting.bodyId && !already.has(b.id)).map((b) => ({ value: String(b.id), label: nameIn(b, i18n.language) }));
  if (options.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <Select label={t('forward.to')} data={options} value={to} onChange={setTo} allowDeselect={false} w={280} data-testid={`forward-to-${item.id}`} />
        <Button variant="outline" disabled={to === null} loading={forward.isPending} onClick={() => to && forward.mutate({ itemId: item.id, body: { toBodyId: Number(to) } })}>
          {t('forward.submit')}
        </Button>
      </Group>
      <ErrorAlert error={forward.error} title={t('forward.failed')} />
    </Stack>
  );
}
