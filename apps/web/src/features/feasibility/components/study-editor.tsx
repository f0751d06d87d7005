import { Button, Checkbox, Collapse, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CostSharingMethod } from '@eshkol/contracts/cost-sharing';
import { requestedGrantMax, type SaveStudy } from '@eshkol/contracts/feasibility';
import type { ServiceKind } from '@eshkol/contracts/services';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExcelImport } from '../../../components/cost-sharing/excel-import';
import { CostFit } from '../../../components/cost-sharing/cost-fit';
import { ModelForm } from '../../../components/cost-sharing/model-form';
import { ParticipantsTable } from '../../../components/cost-sharing/participants-table';
import { FormProblemsAlert } from '../../../components/cost-sharing/form-problems-alert';
import { ErrorAlert } from '../../../components/error-alert';
import { NumberField } from '../../../components/number-field';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { shekelsRule } from '../../../lib/numbers';
import { availableMethods, methodsWithoutBlocs, refusedNumbersProblem, type FormProblem, type ParticipantRow } from '../../../lib/cost-sharing/form-state';
import { useSaveStudy } from '../api/save-study';
import { buildStudy, initialStudyForm, recommendedMethod, withPopulations, type StudyForm, type StudyParticipant } from '../model/study-form';

const grantRule = shekelsRule(requestedGrantMax);

type Props = {
  serviceId: number;
  kind: ServiceKind;
  participants: StudyParticipant[];
  /** The version the editor starts from; null for the first study, or after a void one. */
  from: SaveStudy | null;
  /** The latest version is void: the new one starts afresh. */
  afterVoid?: boolean;
  onSaved: (version: number) => void;
  onCancel: () => void;
};

/** The staff's study: baseline per joined authority, joint cost model, methods and the proposal, saved as a new version. */
export function StudyEditor({ serviceId, kind, participants, from, afterVoid = false, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['feasibility', 'cost-model']);
  const save = useSaveStudy();
  const [form, setForm] = useState<StudyForm>(() => initialStudyForm(participants, from));
  const populations = participants.map((p) => p.population ?? '').join(',');
  useEffect(() => setForm((f) => withPopulations(f, participants)), [populations]);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  // A figure typed but refused (its reason shows beside it) keeps the study from being saved.
  const refusals = useNumberRefusals();
  const editor = useRef<HTMLDivElement>(null);
  // The other methods, to compare with the proposed one: open when the version started from has them.
  const [comparing, setComparing] = useState(() => (from?.methods.length ?? 1) > 1);
  const possible = availableMethods(form.sharing.rows.length);
  const sharing = (patch: Partial<StudyForm['sharing']>) => setForm((f) => ({ ...f, sharing: { ...f.sharing, ...patch } }));
  const patchRow = (authorityId: string, patch: Partial<ParticipantRow>) =>
    setForm((f) => ({ ...f, sharing: { ...f.sharing, rows: f.sharing.rows.map((r) => (r.authorityId === authorityId ? { ...r, ...patch } : r)) } }));

  const submit = () => {
    if (refusals.count > 0) {
      setProblems([refusedNumbersProblem(refusals.count)]);
      focusFirstRefused(editor.current);
      return;
    }
    const built = buildStudy(form, kind);
    setProblems(built.problems);
    if (!built.study) return;
    save.mutate({ serviceId, body: built.study }, { onSuccess: (study) => onSaved(study.version) });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="study-editor-title" data-testid="study-editor" ref={editor}>
      <NumberRefusals report={refusals.report}>
        <Stack gap="lg">
          <div>
            <Title order={3} size="h4" id="study-editor-title">
              {from ? t('editor.titleFrom') : afterVoid ? t('editor.titleAfterVoid') : t('editor.titleFirst')}
            </Title>
            <Text size="sm">{t('editor.intro')}</Text>
          </div>

          <Stack gap="sm">
            <Title order={4} size="h5">
              {t('editor.baselineTitle')}
            </Title>
            <Group>
              <Button variant="light" onClick={() => sharing({ rows: form.sharing.rows.map((r) => ({ ...r, quantity: r.population ?? r.quantity })) })}>
                {t('cost-model:participants.usePopulation')}
              </Button>
            </Group>
            <ExcelImport
              rows={form.sharing.rows.map((r) => ({ ...r, nameEn: participants.find((p) => p.authorityId === r.authorityId)?.nameEn ?? null }))}
              onApply={(updates) =>
                sharing({
                  rows: form.sharing.rows.map((r) => {
                    const u = updates.get(r.authorityId);
                    return u ? { ...r, quantity: u.quantity ?? r.quantity, currentCost: u.currentCost ?? r.currentCost } : r;
                  }),
                })
              }
            />
            <ParticipantsTable
              rows={form.sharing.rows}
              onChange={patchRow}
              unit={t('cost-model:participants.unit')}
              selectable={false}
              caption={t('editor.baselineCaption')}
            />
          </Stack>

          <Stack gap="sm">
            <Title order={4} size="h5">
              {t('cost-model:model.title')}
            </Title>
            <ModelForm model={form.sharing.model} onChange={(model) => sharing({ model })} />
            <CostFit rows={form.sharing.rows} onUse={(model) => sharing({ model })} />
          </Stack>

          <Stack gap="sm">
            <Title order={4} size="h5">
              {t('cost-model:methodsTitle')}
            </Title>
            <Button variant="subtle" onClick={() => setComparing((c) => !c)} aria-expanded={comparing} aria-controls="study-compare-methods" w="fit-content" data-testid="compare-methods">
              {comparing ? t('cost-model:compareHide') : t('cost-model:compare')}
            </Button>
            <Collapse expanded={comparing} id="study-compare-methods">
              <Stack gap="xs">
                <Checkbox.Group value={form.sharing.methods} onChange={(v) => sharing({ methods: v as CostSharingMethod[] })} label={t('editor.compareLabel')}>
                  <Group mt={6}>
                    {methodsWithoutBlocs.map((m) => (
                      <Checkbox key={m} value={m} label={t(`cost-model:methods.${m}`)} description={possible[m] ? undefined : t('cost-model:tooMany')} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <Text size="sm" c="dimmed">
                  {t('editor.proportionalWeights')}
                </Text>
              </Stack>
            </Collapse>
            <Radio.Group
              label={t('fields.proposedMethod')}
              description={t('editor.proposedHint')}
              required
              value={form.proposedMethod ?? ''}
              onChange={(v) => setForm((f) => ({ ...f, proposedMethod: v as CostSharingMethod }))}
            >
              <Group mt={6}>
                {form.sharing.methods
                  .filter((m) => possible[m])
                  .map((m) => (
                    <Radio key={m} value={m} label={t(`cost-model:methods.${m}`)} />
                  ))}
              </Group>
            </Radio.Group>
            {form.proposedMethod === recommendedMethod && (
              <Text size="sm" data-testid="recommended-reason">
                {t('cost-model:recommendedReason')}
              </Text>
            )}
          </Stack>

          <Group align="flex-start">
            {kind === 'core' ? (
              <NumberField
                label={t('fields.requestedGrant')}
                description={t('editor.grantHint')}
                value={form.requestedGrant}
                rule={grantRule}
                onValue={(v) => setForm((f) => ({ ...f, requestedGrant: v }))}
                leftSection="₪"
                w={280}
                data-testid="requested-grant"
              />
            ) : (
              <Text size="sm" c="dimmed" maw={420}>
                {t('editor.noGrantRegional')}
              </Text>
            )}
          </Group>
          <Textarea
            label={t('fields.notes')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={5000}
            value={form.notes}
            onChange={(e) => {
              const notes = e.currentTarget.value;
              setForm((f) => ({ ...f, notes }));
            }}
          />

          <FormProblemsAlert problems={problems} title={t('problems.title')} testId="study-problems" />
          <ErrorAlert error={save.error} title={t('editor.failed')} nameOf={(id) => participants.find((p) => p.authorityId === id)?.name ?? id} />
          <Group>
            <Button onClick={submit} loading={save.isPending} size="md" data-testid="save-study">
              {t('editor.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('forms.cancel')}
            </Button>
            {save.isPending && <Text size="sm">{t('cost-model:computing')}</Text>}
          </Group>
        </Stack>
      </NumberRefusals>
    </Paper>
  );
}
