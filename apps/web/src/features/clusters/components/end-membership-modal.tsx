import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useEndMembership } from '../api/end-membership';

type Props = { slug: string; member: { id: string; name: string } | null; onClose: () => void };

export function EndMembershipModal({ slug, member, onClose }: Props) {
  const { t } = useTranslation();
  const end = useEndMembership();
  const server = useServerIssues(end.error, { leftOn: t('membership.leftOn') }, { codes: { MEMBERSHIP_DATES_INVALID: 'leftOn' } });
  const [leftOn, setLeftOn] = useState('');
  const [touched, setTouched] = useState(false);

  const close = () => {
    setLeftOn('');
    setTouched(false);
    end.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!member || !leftOn) return;
    end.mutate({ slug, authorityId: member.id, body: { leftOn } }, { onSuccess: close });
  };

  return (
    <Modal opened={member !== null} onClose={close} title={member ? t('membership.endTitle', { name: member.name }) : ''}
      centered
      closeButtonProps={{ 'aria-label': t('forms.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="end-membership-form">
        <Stack>
          <Text size="sm">{t('membership.endExplain')}</Text>
          <TextInput
            label={t('membership.leftOn')}
            type="date"
            required
            value={leftOn}
            error={touched && !leftOn ? t('forms.required') : server.errorOf('leftOn')}
            onChange={(e) => setLeftOn(e.currentTarget.value)}
            data-autofocus
          />
          <ErrorAlert error={end.error} title={t('membership.endFailed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={end.isPending}>
              {t('membership.endConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
