import { Alert, Button, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { slugSchema } from '@eshkol/contracts/common';
import type { LegalForm } from '@eshkol/contracts/clusters';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useCreateCluster } from '../api/create-cluster';
import { LegalFormSelect } from './legal-form-select';

const empty = { slug: '', nameHe: '', nameEn: '', legalForm: 'unknown' as LegalForm, foundedOn: '' };

export function CreateClusterForm() {
  const { t } = useTranslation('clusters');
  const create = useCreateCluster();
  const [values, setValues] = useState(empty);
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const set = (key: keyof typeof empty) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const server = useServerIssues(create.error, { slug: t('create.slug'), nameHe: t('cluster.nameHe'), nameEn: t('cluster.nameEn'), legalForm: t('cluster.legalForm'), foundedOn: t('cluster.foundedOn') }, { codes: { CLUSTER_SLUG_TAKEN: 'slug' } });
  const slugError = touched && !slugSchema.safeParse(values.slug).success ? t('forms.slugInvalid') : server.errorOf('slug');
  const nameError = touched && values.nameHe.trim().length < 2 ? t('forms.nameTooShort') : server.errorOf('nameHe');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setCreated(null);
    if (!slugSchema.safeParse(values.slug).success || values.nameHe.trim().length < 2) return;
    create.mutate(
      {
        slug: values.slug,
        nameHe: values.nameHe.trim(),
        nameEn: values.nameEn.trim() || null,
        legalForm: values.legalForm,
        foundedOn: values.foundedOn || null,
      },
      {
        onSuccess: (cluster) => {
          setCreated(cluster.slug);
          setValues(empty);
          setTouched(false);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="create-cluster-title" data-testid="create-cluster-form">
      <Stack>
        <Title order={2} size="h4" id="create-cluster-title">
          {t('create.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('create.slug')}
            description={t('create.slugHint')}
            dir="ltr"
            required
            value={values.slug}
            error={slugError}
            onChange={(e) => set('slug')(e.currentTarget.value)}
          />
          <TextInput label={t('cluster.nameHe')} required value={values.nameHe} error={nameError} onChange={(e) => set('nameHe')(e.currentTarget.value)} />
          <TextInput label={t('cluster.nameEn')} dir="ltr" value={values.nameEn} error={server.errorOf('nameEn')} onChange={(e) => set('nameEn')(e.currentTarget.value)} />
          <LegalFormSelect value={values.legalForm} onChange={set('legalForm')} error={server.errorOf('legalForm')} />
          <TextInput label={t('cluster.foundedOn')} type="date" value={values.foundedOn} error={server.errorOf('foundedOn')} onChange={(e) => set('foundedOn')(e.currentTarget.value)} />
        </SimpleGrid>
        <ErrorAlert error={create.error} title={t('create.failed')} {...server.alert} />
        {created && (
          <Alert color="teal" variant="outline" role="status">
            {t('create.done')} <Link to={`/clusters/${created}`}>{t('create.open')}</Link>
          </Alert>
        )}
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('create.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
