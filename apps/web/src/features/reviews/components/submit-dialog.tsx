import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { Service } from '@eshkol/contracts/services';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { parseShekels } from '../../../lib/money';
import { useStudyGrant } from '../api/get-study-grant';
import { useSubmitService } from '../api/submit-service';
import { GateRefusalAlert } from './gate-refusal-alert';

export type ReviewTarget = Pick<Service, 'id' | 'clusterSlug' | 'nameHe' | 'kind' | 'state' | 'currentStudyVersion'>;

type Props = { service: ReviewTarget; opened: boolean; onClose: () => void; onSubmitted: (submissionId: number) => void };

/** Cluster staff send the service to the professional committee: the grant asked for, the study version, a cover letter. */
export function SubmitDialog({ service, opened, onClose, onSubmitted }: Props) {
  const { t } = useTranslation('reviews');
  const submit = useSubmitService();
  const core = service.kind === 'core';
  const latest = service.currentStudyVersion;
  const [grant, setGrant] = useState(core ? '' : '0');
  const [version, setVersion] = useState<string | null>(latest ? String(latest) : null);
  const [cover, setCover] = useState('');
  const [touched, setTouched] = useState(false);
  // The grant the chosen version of the study asks for fills the field until the user types their own.
  const [grantTyped, setGrantTyped] = useState(false);
  const studyGrant = useStudyGrant(service.id, core && version ? Number(version) : null).data ?? null;
  useEffect(() => {
    if (core && !grantTyped && studyGrant !== null && studyGrant > 0) setGrant(String(studyGrant));
  }, [core, grantTyped, studyGrant]);

  const amount = parseShekels(grant);
  const server = useServerIssues(submit.error, { requestedGrant: t('submit.grant'), studyVersion: t('submit.version'), cover: t('submit.cover') });
  const grantError = touched && amount === null ? (grant.trim() ? t('submit.grantInvalid') : t('forms.required')) : server.errorOf('requestedGrant');
  const versions = latest ? Array.from({ length: latest }, (_, i) => latest - i).map((v) => ({ value: String(v), label: t('submit.versionOption', { version: v }) })) : [];

  const close = () => {
    submit.reset();
    setTouched(false);
    onClose();
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (amount === null) return;
    submit.mutate(
      { serviceId: service.id, body: { requestedGrant: amount, studyVersion: version ? Number(version) : null, cover: cover.trim() } },
      {
        onSuccess: (submission) => {
          setCover('');
          setTouched(false);
          onSubmitted(submission.id);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('submit.title', { service: service.nameHe })} size="lg" centered closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form onSubmit={send} noValidate data-testid="submit-form">
        <Stack>
          <Text size="sm">{t('submit.explain')}</Text>
          <TextInput
            label={t('submit.grant')}
            description={
              !core
                ? t('submit.grantRegional')
                : !grantTyped && studyGrant !== null && studyGrant > 0
                  ? t('submit.grantFromStudy', { version: Number(version) })
                  : t('submit.grantHint')
            }
            inputMode="decimal"
            dir="ltr"
            leftSection="₪"
            required
            disabled={!core}
            value={grant}
            error={grantError}
            onChange={(e) => {
              setGrantTyped(true);
              setGrant(e.currentTarget.value);
            }}
            data-autofocus
            data-testid="submit-grant"
          />
          <Select
            label={t('submit.version')}
            description={latest ? t('submit.versionHint') : t('submit.noStudy')}
            data={versions}
            value={version}
            onChange={setVersion}
            allowDeselect={false}
            disabled={!latest}
            error={server.errorOf('studyVersion')}
          />
          <Textarea label={t('submit.cover')} description={t('submit.coverHint')} autosize minRows={4} maxRows={12} maxLength={5000} value={cover} onChange={(e) => setCover(e.currentTarget.value)} error={server.errorOf('cover')} />
          {submit.error !== null && <GateRefusalAlert error={submit.error} fields={server.alert.fields} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" loading={submit.isPending}>
              {t('submit.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
