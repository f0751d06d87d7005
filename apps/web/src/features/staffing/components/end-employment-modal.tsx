import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { Person } from '@eshkol/contracts/staffing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useEndEmployment } from '../api/end-employment';
import { dayError } from '../model/request-form';

/** A person's last day in their position: they stay in the records, and stop counting from the day after. */
export function EndEmploymentModal({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const { t } = useTranslation('staffing');
  const end = useEndEmployment();
  const [untilDay, setUntilDay] = useState('');
  const [touched, setTouched] = useState(false);
  const server = useServerIssues(end.error, { untilDay: t('end.untilDay') }, { codes: { STAFFING_END_BEFORE_START: 'untilDay' } });
  const own = untilDay ? dayError(untilDay) : touched ? 'required' : null;
  const close = () => {
    setUntilDay('');
    setTouched(false);
    end.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!person || !untilDay || own) return;
    end.mutate({ personId: person.id, body: { untilDay } }, { onSuccess: close });
  };
  return (
    <Modal opened={person !== null} onClose={close} title={person ? t('end.title', { name: person.personName }) : ''} centered closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form onSubmit={submit} noValidate data-testid="end-employment-form">
        <Stack>
          <Text size="sm">{t('end.explain')}</Text>
          <TextInput
            label={t('end.untilDay')}
            type="date"
            required
            min={person?.fromDay}
            value={untilDay}
            error={own ? t(`fieldErrors.${own}`) : server.errorOf('untilDay')}
            onChange={(e) => setUntilDay(e.currentTarget.value)}
            data-autofocus
          />
          <ErrorAlert error={end.error} title={t('end.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={end.isPending}>
              {t('end.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
