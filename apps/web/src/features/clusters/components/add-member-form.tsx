import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ClusterDetail } from '@eshkol/contracts/clusters';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthorities } from '../../../api/get-authorities';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useAddMember } from '../api/add-member';

export function AddMemberForm({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation('clusters');
  const names = useNames();
  const format = useFormat();
  const authorities = useAuthorities();
  const add = useAddMember();
  const [authorityId, setAuthorityId] = useState<string | null>(null);
  const [joinedOn, setJoinedOn] = useState('');
  const [touched, setTouched] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  const memberIds = new Set(cluster.members.map((m) => m.id));
  const options = (authorities.data?.items ?? [])
    .filter((a) => !memberIds.has(a.id))
    .map((a) => ({
      value: a.id,
      label: a.currentCluster ? t('clusterAdmin.optionInCluster', { name: names.authority(a), cluster: names.cluster(a.currentCluster) }) : names.authority(a),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const server = useServerIssues(
    add.error,
    { authorityId: t('clusterAdmin.authority'), joinedOn: t('clusterAdmin.joinedOn') },
    { codes: { MEMBERSHIP_OVERLAP: 'authorityId', AUTHORITY_NOT_FOUND: 'authorityId', MEMBERSHIP_DATES_INVALID: 'joinedOn' } },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setAdded(null);
    if (!authorityId || !joinedOn) return;
    const name = options.find((o) => o.value === authorityId)?.label ?? authorityId;
    add.mutate(
      { slug: cluster.slug, body: { authorityId, joinedOn } },
      {
        onSuccess: () => {
          setAdded(name);
          setAuthorityId(null);
          setJoinedOn('');
          setTouched(false);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="add-member-title" data-testid="add-member-form">
      <Stack>
        <Title order={3} size="h5" id="add-member-title">
          {t('clusterAdmin.addTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('clusterAdmin.authority')}
            placeholder={t('clusterAdmin.authorityPlaceholder')}
            data={options}
            value={authorityId}
            onChange={setAuthorityId}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            required
            error={touched && !authorityId ? t('forms.required') : server.errorOf('authorityId')}
            disabled={authorities.isPending}
          />
          <TextInput
            label={t('clusterAdmin.joinedOn')}
            type="date"
            required
            value={joinedOn}
            error={touched && !joinedOn ? t('forms.required') : server.errorOf('joinedOn')}
            onChange={(e) => setJoinedOn(e.currentTarget.value)}
          />
        </SimpleGrid>
        <ErrorAlert error={add.error ?? authorities.error} title={t('clusterAdmin.addFailed')} {...server.alert} />
        {added && (
          <Text role="status" c="teal.9" fw={500}>
            {t('clusterAdmin.added', { name: added })}
          </Text>
        )}
        <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('clusterAdmin.addSubmit')}
        </Button>
      </Stack>
    </Paper>
  );
}
