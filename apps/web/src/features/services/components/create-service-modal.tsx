import { Button, Checkbox, Group, Modal, Radio, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import type { ClusterDetail } from '@eshkol/contracts/clusters';
import { domains } from '@eshkol/contracts/participation';
import { serviceKinds } from '@eshkol/contracts/services';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useCreateService } from '../api/create-service';
import { emptyServiceForm, serviceFormLimits, validateServiceForm, type ServiceForm, type ServiceFormErrors } from '../model/service-form';

type Props = { cluster: ClusterDetail; opened: boolean; onClose: () => void };

/** A new service of the cluster, with the member authorities invited to decide whether they join. */
export function CreateServiceModal({ cluster, opened, onClose }: Props) {
  const { t } = useTranslation('services');
  const names = useNames();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateService();
  const [form, setForm] = useState<ServiceForm>(emptyServiceForm);
  const [errors, setErrors] = useState<ServiceFormErrors>({});
  const set = <K extends keyof ServiceForm>(key: K, value: ServiceForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const members = [...cluster.members]
    .map((m) => ({ id: m.id, name: names.authority(m) }))
    .sort((a, b) => a.name.localeCompare(b.name, format.locale));
  const server = useServerIssues(
    create.error,
    {
      nameHe: t('fields.nameHe'),
      nameEn: t('fields.nameEn'),
      domain: t('fields.domain'),
      kind: t('fields.kind'),
      funders: t('fields.funders'),
      description: t('fields.description'),
      invited: t('create.invited'),
    },
    { nameOf: (id) => members.find((m) => m.id === id)?.name ?? id },
  );
  const err = (key: keyof ServiceForm) => (errors[key] ? t(errors[key]!, { max: serviceFormLimits.name }) : server.errorOf(key));

  const close = () => {
    setForm(emptyServiceForm);
    setErrors({});
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, errors: found } = validateServiceForm(form);
    setErrors(found);
    if (!body) return;
    create.mutate({ slug: cluster.slug, body }, { onSuccess: ({ id }) => void navigate(`/services/${id}`) });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('create.title')} size="xl" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form onSubmit={submit} noValidate data-testid="create-service-form">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.nameHe')} required value={form.nameHe} onChange={(e) => set('nameHe', e.currentTarget.value)} error={err('nameHe')} data-autofocus />
            <TextInput label={t('fields.nameEn')} dir="ltr" value={form.nameEn} onChange={(e) => set('nameEn', e.currentTarget.value)} error={err('nameEn')} />
          </SimpleGrid>
          <Select
            label={t('fields.domain')}
            placeholder={t('create.domainPlaceholder')}
            required
            data={domains.map((d) => ({ value: d, label: t(`domains.${d}`) }))}
            value={form.domain}
            onChange={(v) => set('domain', (v as ServiceForm['domain']) ?? null)}
            error={err('domain')}
            w={{ base: '100%', sm: 360 }}
          />
          <Radio.Group label={t('fields.kind')} required value={form.kind} onChange={(v) => set('kind', v as ServiceForm['kind'])} error={server.errorOf('kind')}>
            <Stack gap="xs" mt={4}>
              {serviceKinds.map((k) => (
                <Radio key={k} value={k} label={t(`kind.${k}`)} description={t(`kindExplain.${k}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {form.kind === 'regional' && (
            <TagsInput
              label={t('fields.funders')}
              description={t('create.fundersHint')}
              value={form.funders}
              onChange={(v) => set('funders', v)}
              maxTags={serviceFormLimits.funders}
              error={err('funders')}
              clearable
            />
          )}
          <Textarea
            label={t('fields.description')}
            autosize
            minRows={3}
            maxRows={10}
            value={form.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description ? t(errors.description, { max: serviceFormLimits.description }) : server.errorOf('description')}
          />
          <Checkbox.Group
            label={t('create.invited')}
            description={t('create.invitedHint')}
            required
            value={form.invited}
            onChange={(v) => set('invited', v)}
            error={err('invited')}
          >
            <Group gap="xs" mt={6} mb={6}>
              <Button size="compact-sm" variant="outline" onClick={() => set('invited', members.map((m) => m.id))}>
                {t('create.inviteAll')}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => set('invited', [])}>
                {t('create.inviteNone')}
              </Button>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('create.invitedCount', { count: form.invited.length })}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
              {members.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {members.length === 0 && <Text c="dimmed">{t('create.noMembers')}</Text>}
          <ErrorAlert error={create.error} title={t('create.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-service-submit">
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
