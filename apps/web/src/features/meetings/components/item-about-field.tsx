import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { pickName } from '../../../lib/names';
import { useDecisions } from '../api/decisions';
import { useClusterServices, useServiceStudies } from '../api/item-choices';
import type { AboutValue } from '../model/item-about';

/**
 * What a cluster body's agenda item is about: one of the cluster's services, a version of a
 * service's feasibility study, or an earlier decision of the cluster's bodies.
 */
export function ItemAboutField({ clusterSlug, value, onChange, error }: { clusterSlug: string; value: AboutValue; onChange: (v: AboutValue) => void; error?: string | null }) {
  const { t, i18n } = useTranslation('meetings');
  const format = useFormat();
  const needsService = value.kind === 'service' || value.kind === 'study';
  const services = useClusterServices(needsService ? clusterSlug : null);
  const studies = useServiceStudies(value.kind === 'study' ? value.serviceId : null);
  const decisions = useDecisions({ scope: clusterSlug }, value.kind === 'decision');
  const kinds = (['none', 'service', 'study', 'decision'] as const).map((k) => ({ value: k, label: t(`item.aboutKinds.${k}`) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: value.kind === 'study' ? 3 : 2 }}>
      <Select
        label={t('item.aboutLabel')}
        data={kinds}
        value={value.kind}
        allowDeselect={false}
        onChange={(k) => onChange({ kind: (kinds.find((x) => x.value === k)?.value ?? 'none'), serviceId: null, id: null })}
        data-testid="item-about-kind"
      />
      {needsService && (
        <Select
          label={t('item.aboutService')}
          data={(services.data?.items ?? []).map((s) => ({ value: String(s.id), label: pickName(s, i18n.language) ?? s.nameHe }))}
          value={value.serviceId === null ? null : String(value.serviceId)}
          onChange={(v) => onChange({ ...value, serviceId: v === null ? null : Number(v), id: null })}
          searchable
          nothingFoundMessage={t('item.aboutNone')}
          error={value.kind === 'service' ? error : undefined}
          data-testid="item-about-service"
        />
      )}
      {value.kind === 'study' && (
        <Select
          label={t('item.aboutStudy')}
          data={(studies.data?.items ?? []).map((s) => ({ value: String(s.id), label: t('item.studyVersion', { version: format.number(s.version), date: format.date(s.createdAt) }) }))}
          value={value.id === null ? null : String(value.id)}
          onChange={(v) => onChange({ ...value, id: v === null ? null : Number(v) })}
          disabled={value.serviceId === null}
          nothingFoundMessage={t('item.aboutNone')}
          error={error}
          data-testid="item-about-study"
        />
      )}
      {value.kind === 'decision' && (
        <Select
          label={t('item.aboutDecision')}
          data={(decisions.data?.items ?? []).map((d) => ({ value: String(d.id), label: t('item.decisionChoice', { number: d.number, item: d.itemTitle }) }))}
          value={value.id === null ? null : String(value.id)}
          onChange={(v) => onChange({ ...value, id: v === null ? null : Number(v) })}
          searchable
          nothingFoundMessage={t('item.aboutNone')}
          error={error}
          data-testid="item-about-decision"
        />
      )}
    </SimpleGrid>
  );
}
