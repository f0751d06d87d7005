import { Button, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ClusterDetail, LegalForm, UpdateCluster } from '@eshkol/contracts/clusters';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useUpdateCluster } from '../api/update-cluster';
import { LegalFormSelect } from './legal-form-select';

const initial = (c: ClusterDetail) => ({
  nameHe: c.nameHe ?? '',
  nameEn: c.nameEn ?? '',
  legalForm: c.legalForm,
  foundedOn: c.foundedOn ?? '',
});

/** Only the fields that changed are sent. */
function changesOf(cluster: ClusterDetail, v: ReturnType<typeof initial>): UpdateCluster {
  const changes: UpdateCluster = {};
  if (v.nameHe.trim() !== (cluster.nameHe ?? '')) changes.nameHe = v.nameHe.trim();
  if (v.nameEn.trim() !== (cluster.nameEn ?? '')) changes.nameEn = v.nameEn.trim() || null;
  if (v.legalForm !== cluster.legalForm) changes.legalForm = v.legalForm;
  if (v.foundedOn !== (cluster.foundedOn ?? '')) changes.foundedOn = v.foundedOn || null;
  return changes;
}

export function EditClusterForm({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation('clusters');
  const update = useUpdateCluster();
  const [values, setValues] = useState(() => initial(cluster));
  const [saved, setSaved] = useState(false);
  const server = useServerIssues(update.error, { nameHe: t('cluster.nameHe'), nameEn: t('cluster.nameEn'), legalForm: t('cluster.legalForm'), foundedOn: t('cluster.foundedOn') });
  const changes = changesOf(cluster, values);
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!dirty) return;
    update.mutate({ slug: cluster.slug, changes }, { onSuccess: () => setSaved(true) });
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="edit-cluster-title" data-testid="edit-cluster-form">
      <Stack>
        <Title order={3} size="h5" id="edit-cluster-title">
          {t('clusterAdmin.editTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('cluster.nameHe')} value={values.nameHe} error={server.errorOf('nameHe')} onChange={(e) => setValues({ ...values, nameHe: e.currentTarget.value })} />
          <TextInput
            label={t('cluster.nameEn')}
            dir="ltr"
            value={values.nameEn}
            error={server.errorOf('nameEn')}
            onChange={(e) => setValues({ ...values, nameEn: e.currentTarget.value })}
          />
          <LegalFormSelect value={values.legalForm} onChange={(legalForm: LegalForm) => setValues({ ...values, legalForm })} error={server.errorOf('legalForm')} />
          <TextInput
            label={t('cluster.foundedOn')}
            type="date"
            value={values.foundedOn}
            error={server.errorOf('foundedOn')}
            onChange={(e) => setValues({ ...values, foundedOn: e.currentTarget.value })}
          />
        </SimpleGrid>
        <ErrorAlert error={update.error} title={t('clusterAdmin.saveFailed')} {...server.alert} />
        {saved && !dirty && (
          <Text role="status" c="teal.9" fw={500}>
            {t('forms.saved')}
          </Text>
        )}
        <Button type="submit" disabled={!dirty} loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('forms.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
