import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useCloseMeeting } from '../api/meeting-minutes';

/** Closes the meeting, once confirmed: its attendance, votes and decisions no longer change. */
export function CloseMeeting({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('meetings');
  const [opened, { open, close }] = useDisclosure(false);
  const closing = useCloseMeeting();
  return (
    <>
      <Button color="red.8" variant="outline" onClick={open} data-testid="close-meeting">
        {t('close.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('close.title')} closeButtonProps={{ 'aria-label': t('forms.close') }}>
        <Stack>
          <Text>{t('close.explain')}</Text>
          <ErrorAlert error={closing.error} title={t('close.failed')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button color="red.8" loading={closing.isPending} onClick={() => closing.mutate(meetingId, { onSuccess: close })} data-testid="close-confirm">
              {t('close.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
