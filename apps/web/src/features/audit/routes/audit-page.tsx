import { Alert, Anchor, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { auditEntityTypes, type AuditList, type AuditNames } from '@eshkol/contracts/audit';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccessGate } from '../../../components/access-gate';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { pickName } from '../../../lib/names';
import { useService } from '../../../api/get-service';
import { useAudit, type AuditFilters } from '../api/get-audit';
import { AuditTable } from '../components/audit-table';

/** The story of one shared service: says which, links to it, and goes back to the whole log. */
function ServiceTrail({ serviceId, onClear }: { serviceId: number; onClear: () => void }) {
  const { t, i18n } = useTranslation('audit');
  const service = useService(serviceId);
  const name = service.data ? (pickName(service.data, i18n.language) ?? service.data.nameHe) : t('serviceNumber', { id: serviceId });
  return (
    <Alert color="blue" variant="outline" title={t('serviceTrail.title', { name })} data-testid="service-trail">
      <Text size="sm">{t('serviceTrail.explain')}</Text>
      <Group gap="md" mt="xs">
        <Anchor component={Link} to={`/services/${serviceId}`} size="sm">
          {t('serviceTrail.toService')}
        </Anchor>
        <Button size="compact-sm" variant="subtle" onClick={onClear}>
          {t('serviceTrail.clear')}
        </Button>
      </Group>
    </Alert>
  );
}

/** The names every loaded page of the log gave, together. */
const namesOf = (pages: readonly AuditList[]): AuditNames => {
  const all = (of: keyof AuditNames) => Object.fromEntries(pages.flatMap((p) => Object.entries(p.names[of])));
  return { authorities: all('authorities'), clusters: all('clusters'), services: all('services') };
};

function AuditLog() {
  const { t } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const serviceParam = Number(params.get('service'));
  const serviceId = Number.isInteger(serviceParam) && serviceParam > 0 ? serviceParam : undefined;
  const [entityType, setEntityType] = useState<AuditFilters['entityType']>();
  const [entityId, setEntityId] = useState('');
  const [debouncedId] = useDebouncedValue(entityId.trim(), 300);
  const audit = useAudit({ entityType, entityId: debouncedId || undefined, serviceId });
  const pages = audit.data?.pages ?? [];
  const events = pages.flatMap((p) => p.items);
  const names = namesOf(pages);

  return (
    <Stack>
      {serviceId !== undefined && <ServiceTrail serviceId={serviceId} onClear={() => setParams({})} />}
      <Group align="flex-end" data-testid="audit-filters">
        <Select
          label={t('filterType')}
          placeholder={t('allTypes')}
          data={auditEntityTypes.map((type) => ({ value: type, label: t(`entityTypes.${type}`) }))}
          value={entityType ?? null}
          onChange={(v) => setEntityType((v as AuditFilters['entityType']) ?? undefined)}
          clearable
        />
        <TextInput label={t('filterId')} placeholder={t('filterIdPlaceholder')} dir="ltr" value={entityId} onChange={(e) => setEntityId(e.currentTarget.value)} />
      </Group>
      {audit.error ? (
        <ErrorAlert error={audit.error} />
      ) : !audit.data ? (
        <PageLoader />
      ) : events.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <>
          <AuditTable events={events} names={names} withinService={serviceId !== undefined} />
          {audit.hasNextPage && (
            <Button variant="outline" onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage} style={{ alignSelf: 'flex-start' }}>
              {t('more')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}

export function AuditPage() {
  const { t } = useTranslation('audit');
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text mt="xs">{t('intro')}</Text>
      </div>
      <AccessGate need="audit.read">
        <AuditLog />
      </AccessGate>
    </Stack>
  );
}
