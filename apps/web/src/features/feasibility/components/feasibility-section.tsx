import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Service } from '@eshkol/contracts/services';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCluster } from '../../../api/get-cluster';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useMe } from '../../../lib/auth/get-me';
import { useNames } from '../../../lib/names';
import { useStudies } from '../api/get-studies';
import { useStudy } from '../api/get-study';
import { coversParticipants, type StudyParticipant } from '../model/study-form';
import { comparableVersions, isVoid } from '../model/void-study';
import { MyShareCard } from './my-share-card';
import { StudyComparison } from './study-comparison';
import { StudyEditor } from './study-editor';
import { StudyVersions } from './study-versions';
import { StudyView } from './study-view';
import { VoidStudyView } from './void-study-view';

/** On the service page: the feasibility study's versions, the one shown, comparison, the staff's editor and a representative's own share. */
export function FeasibilitySection({ service }: { service: Service }) {
  const { t } = useTranslation('feasibility');
  const names = useNames();
  const user = useMe().data?.user ?? null;
  const members = useCluster(service.clusterSlug).data?.members;
  const full = service.detail === 'full';
  const studies = useStudies(service.id, full);
  const current = service.currentStudyVersion;
  const [chosen, setChosen] = useState<number | null>(null);
  const shown = chosen ?? current;
  const study = useStudy(service.id, full ? shown : null);
  const latest = useStudy(service.id, full ? current : null);
  const [editing, setEditing] = useState(false);

  const joined = service.participants.filter((p) => p.status === 'joined');
  const participants: StudyParticipant[] = joined.map((p) => ({
    authorityId: p.authorityId,
    name: names.authority(p),
    nameEn: p.nameEn,
    population: members?.find((m) => m.id === p.authorityId)?.population ?? null,
  }));
  const nameOf = useMemo(() => {
    const byId = new Map<string, string>();
    for (const m of members ?? []) byId.set(m.id, names.authority(m));
    for (const p of service.participants) byId.set(p.authorityId, names.authority(p));
    return (id: string) => byId.get(id) ?? id;
  }, [members, service.participants, names]);

  const canSave = service.actions.includes('save_study');
  const ownId = user?.authorityId ?? null;
  const ownJoined = joined.find((p) => p.authorityId === ownId);
  // A void latest version gives the editor nothing to start from and nobody a share: a new version replaces it.
  const latestStudy = latest.data && !isVoid(latest.data) ? latest.data : null;
  const latestVoid = latest.data ? isVoid(latest.data) : false;
  const stale = latestStudy && !coversParticipants(latestStudy.input.baseline, joined.map((p) => p.authorityId));
  const versions = comparableVersions(studies.data?.items ?? []);

  return (
    <section aria-labelledby="feasibility-title" data-testid="feasibility-section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="feasibility-title">
          {t('title')}
        </Title>
        {canSave && !editing && (
          <Button onClick={() => setEditing(true)} disabled={joined.length === 0 || (current !== null && !latest.data)} data-testid="open-study-editor">
            {current === null ? t('editor.openFirst') : t('editor.openNew')}
          </Button>
        )}
      </Group>
      <Stack>
        <Text size="sm">{t('intro')}</Text>
        {!full && <Text c="dimmed">{t('hidden')}</Text>}
        {full && ownJoined && current !== null && latestStudy && <MyShareCard serviceId={service.id} version={current} authorityName={names.authority(ownJoined)} />}
        {full && canSave && joined.length === 0 && <Text c="dimmed">{t('noneJoined')}</Text>}
        {full && canSave && stale && !editing && (
          <Alert color="#8f3f00" variant="outline" title={t('stale.title')} data-testid="study-stale">
            {t('stale.body')}
          </Alert>
        )}
        {full && canSave && latestVoid && shown !== current && !editing && (
          <Alert color="#8f3f00" variant="outline" title={t('void.latestTitle', { version: current })} data-testid="study-latest-void">
            {t('void.latest')}
          </Alert>
        )}
        {editing && (
          <StudyEditor
            serviceId={service.id}
            kind={service.kind}
            participants={participants}
            from={latestStudy?.input ?? null}
            afterVoid={latestVoid}
            onCancel={() => setEditing(false)}
            onSaved={(version) => {
              setEditing(false);
              setChosen(version);
            }}
          />
        )}
        {full && studies.error && <ErrorAlert error={studies.error} />}
        {full && studies.data && studies.data.items.length === 0 && !editing && <Text>{t('none')}</Text>}
        {full && studies.data && studies.data.items.length > 0 && (
          <>
            <StudyVersions items={studies.data.items} shown={shown} onShow={setChosen} />
            {study.error ? (
              <ErrorAlert error={study.error} />
            ) : !study.data ? (
              <PageLoader />
            ) : isVoid(study.data) ? (
              <VoidStudyView study={study.data} canSave={canSave} />
            ) : (
              <StudyView study={study.data} nameOf={nameOf} />
            )}
            {versions.length > 1 && <StudyComparison serviceId={service.id} versions={versions} nameOf={nameOf} />}
          </>
        )}
      </Stack>
    </section>
  );
}
