import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { clusterBodyKinds, programmeBodyKinds, type BodyKind } from '@eshkol/contracts/governance';
import { domains, type Domain } from '@eshkol/contracts/participation';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useCreateBody } from '../api/create-body';
import { buildRules, rulesFields, type FieldError, type RulesFields } from '../model/governance-forms';
import { fieldErrorText, RulesFieldset } from './rules-fields';

/** A new body of a cluster (or, `clusterSlug` null, of the programme), with its first rules; opens its page once made. */
export function BodyForm({ clusterSlug, today }: { clusterSlug: string | null; today: string }) {
  const { t } = useTranslation(['governance', 'common']);
  const create = useCreateBody();
  const navigate = useNavigate();
  const kinds: readonly BodyKind[] = clusterSlug === null ? programmeBodyKinds : clusterBodyKinds;
  const [kind, setKind] = useState<BodyKind>(kinds[0]!);
  const [domain, setDomain] = useState<Domain | null>(null);
  const [nameHe, setNameHe] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [rules, setRules] = useState<RulesFields>(() => rulesFields(null, today));
  const [errors, setErrors] = useState<Partial<Record<keyof RulesFields | 'nameHe' | 'domain', FieldError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const labels = { nameHe: t('bodyForm.nameHe'), nameEn: t('bodyForm.nameEn'), domain: t('bodyForm.domain'), rulesFrom: t('rulesForm.validFrom'), rules: t('rules.title') };
  const server = useServerIssues(create.error, labels, { codes: { FORUM_DOMAIN_REQUIRED: 'domain', RULES_INVALID: 'rules' } });
  const errorOf = (key: keyof RulesFields) => fieldErrorText(t, errors[key]) ?? (key === 'validFrom' ? server.errorOf('rulesFrom') : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const built = buildRules(rules);
    const own: typeof errors = {};
    if (nameHe.trim().length < 2) own.nameHe = 'required';
    if (kind === 'professional_forum' && domain === null) own.domain = 'required';
    setErrors({ ...(built.ok ? {} : built.errors), ...own });
    if (!built.ok || Object.keys(own).length > 0) return;
    create.mutate(
      {
        kind,
        clusterSlug,
        domain: kind === 'professional_forum' ? domain : null,
        nameHe: nameHe.trim(),
        nameEn: nameEn.trim() === '' ? null : nameEn.trim(),
        rules: built.body.rules,
        rulesFrom: built.body.validFrom,
      },
      { onSuccess: (b) => navigate(`/bodies/${b.id}`) },
    );
  };
  return (
    <Paper withBorder p="md" component="form" ref={form} onSubmit={submit} noValidate aria-labelledby="body-form-title" data-testid="body-form">
      <NumberRefusals report={refusals.report}>
        <Stack>
          <Title order={3} size="h5" id="body-form-title">
            {t('bodyForm.title')}
          </Title>
          <Text size="sm">{t('bodyForm.hint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('bodyForm.kind')} value={kind} onChange={(v) => v && setKind(v as BodyKind)} data={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} allowDeselect={false} />
            {kind === 'professional_forum' && (
              <Select
                label={labels.domain}
                required
                value={domain}
                onChange={(v) => setDomain(v as Domain | null)}
                data={domains.map((d) => ({ value: d, label: t(`common:domains.${d}`) }))}
                error={fieldErrorText(t, errors.domain) ?? server.errorOf('domain')}
              />
            )}
            <TextInput label={labels.nameHe} required value={nameHe} onChange={(e) => setNameHe(e.currentTarget.value)} error={fieldErrorText(t, errors.nameHe) ?? server.errorOf('nameHe')} maxLength={200} />
            <TextInput label={labels.nameEn} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} error={server.errorOf('nameEn')} maxLength={200} dir="ltr" />
          </SimpleGrid>
          <Title order={4} size="h6">
            {t('bodyForm.firstRules')}
          </Title>
          <RulesFieldset fields={rules} onChange={(patch) => setRules((f) => ({ ...f, ...patch }))} errorOf={errorOf} />
          <ErrorAlert error={create.error} title={t('bodyForm.failed')} {...server.alert} />
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('bodyForm.submit')}
          </Button>
        </Stack>
      </NumberRefusals>
    </Paper>
  );
}
