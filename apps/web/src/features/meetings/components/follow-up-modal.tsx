import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { governanceLimits } from '@eshkol/contracts/governance';
import { decisionStatuses, type Decision, type DecisionStatus } from '@eshkol/contracts/meetings';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useFollowUpDecision } from '../api/decisions';

/** Changes a decision's follow-up status, with a note of what was done. */
export function FollowUpModal({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const followUp = useFollowUpDecision();
  const [status, setStatus] = useState<DecisionStatus>(decision.status);
  const [note, setNote] = useState(decision.statusNote);
  const server = useServerIssues(followUp.error, { status: t('register.status'), note: t('followUp.note') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    followUp.mutate({ decisionId: decision.id, body: { status, note: note.trim() } }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('followUp.title', { number: decision.number })} closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form onSubmit={submit} noValidate data-testid="follow-up-form">
        <Stack>
          <Select
            label={t('register.status')}
            data={decisionStatuses.map((s) => ({ value: s, label: t(`decisionStatus.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(decisionStatuses.find((s) => s === v) ?? status)}
            allowDeselect={false}
            error={server.errorOf('status')}
            data-autofocus
          />
          <Textarea label={t('followUp.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={governanceLimits.note} error={server.errorOf('note')} />
          <ErrorAlert error={followUp.error} title={t('followUp.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" loading={followUp.isPending} data-testid="follow-up-submit">
              {t('followUp.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
