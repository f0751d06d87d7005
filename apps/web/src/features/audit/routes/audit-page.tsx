import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { auditEntityTypes } from '@eshkol/contracts/audit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessGate } from '../../../components/access-gate';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { canReadAudit } from '../../../lib/auth/permissions';
import { useAudit, type AuditFilters } from '../api/get-audit';
import { AuditTable } from '../components/audit-table';

function AuditLog() {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState<AuditFilters['entityType']>();
  const [entityId, setEntityId] = useState('');
  const [debouncedId] = useDebouncedValue(entityId.trim(), 300);
  const audit = useAudit({ entityType, entityId: debouncedId || undefined });
  const events = audit.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Group align="flex-end" data-testid="audit-filters">
        <Select
          label={t('audit.filterType')}
          placeholder={t('audit.allTypes')}
          data={auditEntityTypes.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))}
          value={entityType ?? null}
          onChange={(v) => setEntityType((v as AuditFilters['entityType']) ?? undefined)}
          clearable
        />
        <TextInput label={t('audit.filterId')} placeholder={t('audit.filterIdPlaceholder')} dir="ltr" value={entityId} onChange={(e) => setEntityId(e.currentTarget.value)} />
      </Group>
      {audit.error ? (
        <ErrorAlert error={audit.error} />
      ) : !audit.data ? (
        <PageLoader />
      ) : events.length === 0 ? (
        <Text>{t('audit.empty')}</Text>
      ) : (
        <>
          <AuditTable events={events} />
          {audit.hasNextPage && (
            <Button variant="outline" onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage} style={{ alignSelf: 'flex-start' }}>
              {t('audit.more')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('audit.title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text mt="xs">{t('audit.intro')}</Text>
      </div>
      <AccessGate allow={canReadAudit}>
        <AuditLog />
      </AccessGate>
    </Stack>
  );
}
