import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import type { Service, UpdateService } from '@eshkol/contracts/services';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCluster } from '../../../api/get-cluster';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useUpdateService } from '../api/update-service';
import { serviceFormLimits, validateServiceForm } from '../model/service-form';

type Props = { service: Service; opened: boolean; onClose: () => void };

/** The staff change a service's names, description and funders, and invite more members, while it is open. */
export function EditServiceModal({ service, opened, onClose }: Props) {
  const { t } = useTranslation('services');
  const names = useNames();
  const format = useFormat();
  const cluster = useCluster(service.clusterSlug).data;
  const update = useUpdateService();
  const canEdit = service.actions.includes('edit');
  const canInvite = service.actions.includes('invite');
  const initial = { nameHe: service.nameHe, nameEn: service.nameEn ?? '', description: service.description, funders: service.funders };
  const [form, setForm] = useState(initial);
  const [invite, setInvite] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  const invitedIds = new Set(service.participants.map((p) => p.authorityId));
  const candidates = (cluster?.members ?? [])
    .filter((m) => !invitedIds.has(m.id))
    .map((m) => ({ id: m.id, name: names.authority(m) }))
    .sort((a, b) => a.name.localeCompare(b.name, format.locale));
  const server = useServerIssues(
    update.error,
    { nameHe: t('fields.nameHe'), nameEn: t('fields.nameEn'), funders: t('fields.funders'), description: t('fields.description'), invite: t('edit.invite') },
    { nameOf: (id) => candidates.find((m) => m.id === id)?.name ?? id },
  );

  const close = () => {
    setForm(initial);
    setInvite([]);
    setErrors({});
    update.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The same rules as a new service; the invitation is checked only when adding some.
    const checked = validateServiceForm({ ...form, domain: service.domain, kind: service.kind, invited: ['-'] });
    setErrors(checked.errors);
    if (!checked.body) return;
    const body: UpdateService = {};
    if (canEdit) Object.assign(body, { nameHe: checked.body.nameHe, nameEn: checked.body.nameEn, description: checked.body.description, funders: checked.body.funders });
    if (canInvite && invite.length > 0) body.invite = invite;
    update.mutate({ id: service.id, body }, { onSuccess: close });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('edit.title')} size="xl" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form onSubmit={submit} noValidate data-testid="edit-service-form">
        <Stack>
          {canEdit && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('fields.nameHe')}
                  required
                  value={form.nameHe}
                  onChange={(e) => setForm({ ...form, nameHe: e.currentTarget.value })}
                  error={errors.nameHe ? t(errors.nameHe, { max: serviceFormLimits.name }) : server.errorOf('nameHe')}
                  data-autofocus
                />
                <TextInput
                  label={t('fields.nameEn')}
                  dir="ltr"
                  value={form.nameEn}
                  onChange={(e) => setForm({ ...form, nameEn: e.currentTarget.value })}
                  error={errors.nameEn ? t(errors.nameEn, { max: serviceFormLimits.name }) : server.errorOf('nameEn')}
                />
              </SimpleGrid>
              {service.kind === 'regional' && (
                <TagsInput
                  label={t('fields.funders')}
                  description={t('create.fundersHint')}
                  value={form.funders}
                  onChange={(funders) => setForm({ ...form, funders })}
                  maxTags={serviceFormLimits.funders}
                  error={errors.funders ? t(errors.funders) : server.errorOf('funders')}
                  clearable
                />
              )}
              <Textarea
                label={t('fields.description')}
                autosize
                minRows={3}
                maxRows={10}
                value={form.description}
                onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
                error={errors.description ? t(errors.description, { max: serviceFormLimits.description }) : server.errorOf('description')}
              />
            </>
          )}
          {canInvite && (
            <Checkbox.Group label={t('edit.invite')} description={t('edit.inviteHint')} value={invite} onChange={setInvite} error={server.errorOf('invite')}>
              {candidates.length === 0 ? (
                <Text size="sm" c="dimmed" mt={4}>
                  {t('edit.allInvited')}
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt={6}>
                  {candidates.map((m) => (
                    <Checkbox key={m.id} value={m.id} label={m.name} />
                  ))}
                </SimpleGrid>
              )}
            </Checkbox.Group>
          )}
          <ErrorAlert error={update.error} title={t('edit.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="edit-service-submit">
              {t('forms.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
