import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  onSubmit: (event: FormEvent) => void;
  /** The write: its failure and whether it is on its way. */
  mutation: { error: unknown; isPending: boolean };
  /** The form's labels for the failure's issues (`useServerIssues(...).alert`). */
  alert: { fields: Readonly<Record<string, string>> };
  failedTitle?: string;
  submitLabel?: string;
  danger?: boolean;
  testId: string;
  children: ReactNode;
};

/** A form of the standing in a dialog: its fields, the failure worded beside them, and cancel and submit. */
export function RecordModal({ opened, onClose, title, onSubmit, mutation, alert, failedTitle, submitLabel, danger = false, testId, children }: Props) {
  const { t } = useTranslation('standing');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form onSubmit={onSubmit} noValidate data-testid={testId}>
        <Stack>
          {children}
          <ErrorAlert error={mutation.error} title={failedTitle ?? t('record.failed')} {...alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={mutation.isPending} data-testid={`${testId}-submit`}>
              {submitLabel ?? t('record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
