import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { Seat } from '@eshkol/contracts/governance';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useEndSeat } from '../api/end-seat';
import { termError } from '../model/governance-forms';
import { fieldErrorText } from './rules-fields';

/** Ends a running term on its last day, after asking for the day. */
export function EndSeatButton({ seat, holder, today }: { seat: Seat; holder: string; today: string }) {
  const { t } = useTranslation('governance');
  const [opened, { open, close }] = useDisclosure(false);
  const [to, setTo] = useState(today);
  const end = useEndSeat();
  const server = useServerIssues(end.error, { to: t('seats.endOn') }, { codes: { SEAT_TERM_INVALID: 'to', SEAT_ENDED: 'to' } });
  const error = fieldErrorText(t, to === '' ? 'required' : (termError(seat.from, to) ?? undefined)) ?? server.errorOf('to');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to === '' || termError(seat.from, to)) return;
    end.mutate({ seatId: seat.id, body: { to } }, { onSuccess: close });
  };
  return (
    <>
      <Button size="xs" variant="subtle" onClick={open} data-testid={`end-seat-${seat.id}`}>
        {t('seats.end')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('seats.endTitle', { holder })} closeButtonProps={{ 'aria-label': t('forms.close') }}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput label={t('seats.endOn')} type="date" required value={to} onChange={(e) => setTo(e.currentTarget.value)} error={error} data-autofocus />
            <ErrorAlert error={end.error} title={t('seats.endFailed')} {...server.alert} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('seats.cancel')}
              </Button>
              <Button type="submit" loading={end.isPending}>
                {t('seats.endConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
