import { Group, Modal, Stack, Text, Timeline } from '@mantine/core';
import type { Participant } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { ApprovalDetails } from './approval-details';
import { ParticipantStatusBadge } from './status-badges';

type Props = { participant: Participant | null; name: string; onClose: () => void };

/** Every answer an authority gave to the service, oldest first: nothing is overwritten. */
export function ParticipantHistoryModal({ participant, name, onClose }: Props) {
  const { t } = useTranslation('services');
  const format = useFormat();
  return (
    <Modal opened={participant !== null} onClose={onClose} title={t('history.title', { name })} size="lg" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      {participant && participant.history.length === 0 && <Text>{t('history.empty')}</Text>}
      {participant && participant.history.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={participant.history.length - 1} data-testid="participant-history">
          {participant.history.map((h, i) => (
            <Timeline.Item key={`${h.at}-${i}`}>
              <Stack gap={4}>
                <Group gap="xs">
                  <ParticipantStatusBadge status={h.status} />
                  <Text size="sm">{format.dateTime(h.at)}</Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('history.by', { name: h.by ?? t('history.system') })}
                </Text>
                {h.approval && <ApprovalDetails approval={h.approval} />}
                {h.note && <Text size="sm">{t('history.note', { note: h.note })}</Text>}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Modal>
  );
}
