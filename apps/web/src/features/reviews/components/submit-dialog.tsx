import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import type { Service } from '@eshkol/contracts/services';
import { requestedGrantMax } from '@eshkol/contracts/feasibility';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { NumberField } from '../../../components/number-field';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { shekelsRule } from '../../../lib/numbers';
import { useStudyGrant } from '../api/get-study-grant';
import { useSubmitService } from '../api/submit-service';
import { GateRefusalAlert } from './gate-refusal-alert';

export type ReviewTarget = Pick<Service, 'id' | 'clusterSlug' | 'nameHe' | 'kind' | 'state' | 'currentStudyVersion'>;

/** The grant as the contract takes it: not negative, to the agora, up to its largest. */
const grantRule = shekelsRule(requestedGrantMax);

type Props = { service: ReviewTarget; opened: boolean; onClose: () => void; onSubmitted: (submissionId: number) => void };

/** Cluster staff send the service to the professional committee: the grant asked for, the study version, a cover letter. */
export function SubmitDialog({ service, opened, onClose, onSubmitted }: Props) {
  const { t } = useTranslation('reviews');
  const submit = useSubmitService();
  const core = service.kind === 'core';
  const latest = service.currentStudyVersion;
  const [grant, setGrant] = useState<number | null>(core ? null : 0);
  const [version, setVersion] = useState<string | null>(latest ? String(latest) : null);
  const [cover, setCover] = useState('');
  const [touched, setTouched] = useState(false);
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  // The grant the chosen version of the study asks for fills the field until the user types their own.
  const [grantTyped, setGrantTyped] = useState(false);
  const studyGrant = useStudyGrant(service.id, core && version ? Number(version) : null).data ?? null;
  useEffect(() => {
    if (core && !grantTyped && studyGrant !== null && studyGrant > 0) setGrant(studyGrant);
  }, [core, grantTyped, studyGrant]);

  const server = useServerIssues(submit.error, { requestedGrant: t('submit.grant'), studyVersion: t('submit.version'), cover: t('submit.cover') });
  // What is typed is checked as it is typed, beside the field; an empty one is named after a first try.
  const grantError = server.errorOf('requestedGrant');
  const versions = latest ? Array.from({ length: latest }, (_, i) => latest - i).map((v) => ({ value: String(v), label: t('submit.versionOption', { version: v }) })) : [];

  const close = () => {
    submit.reset();
    setTouched(false);
    onClose();
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (refusals.count > 0) return focusFirstRefused(form.current);
    if (grant === null) return;
    submit.mutate(
      { serviceId: service.id, body: { requestedGrant: grant, studyVersion: version ? Number(version) : null, cover: cover.trim() } },
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
      <form onSubmit={send} noValidate data-testid="submit-form" ref={form}>
        <Stack>
          <Text size="sm">{t('submit.explain')}</Text>
          <NumberRefusals report={refusals.report}>
            <NumberField
              label={t('submit.grant')}
              description={
                !core
                  ? t('submit.grantRegional')
                  : !grantTyped && studyGrant !== null && studyGrant > 0
                    ? t('submit.grantFromStudy', { version: Number(version) })
                    : t('submit.grantHint')
              }
              leftSection="₪"
              required
              requireValue={touched}
              disabled={!core}
              value={grant}
              rule={grantRule}
              error={grantError}
              onValue={(v) => {
                setGrantTyped(true);
                setGrant(v);
              }}
              data-autofocus
              data-testid="submit-grant"
            />
          </NumberRefusals>
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
