import { Checkbox, SimpleGrid, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { orderKinds, standingLimits, type OrderKind } from '@eshkol/contracts/standing';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentsField, type AttachedDocument } from '../../../components/documents-field';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useRecordOrder } from '../api/standing';
import { isWebAddress } from '../model/standing';
import { usePartialDate } from './record-legal-form';
import { RecordModal } from './record-modal';
import { useRecordForm } from './use-record-form';

/** The ministry or the regulator records an order: the establishing one (one a cluster) or an amendment, a draft or signed. */
export function RecordOrderModal({ slug, opened, onClose, hasEstablishing }: { slug: string; opened: boolean; onClose: () => void; hasEstablishing: boolean }) {
  const { t } = useTranslation('standing');
  const record = useRecordOrder(slug);
  const checkDate = usePartialDate();
  const empty = { kind: (hasEstablishing ? 'amendment' : 'establishing') as OrderKind, draft: false, title: '', datedOn: '', publication: '', effect: '', sourceUrl: '' };
  const [docs, setDocs] = useState<AttachedDocument[]>([]);
  const { v, setV, close, submitWith, shownOf } = useRecordForm(empty, () => {
    setDocs([]);
    record.reset();
  }, onClose);
  const labels = {
    kind: t('record.kind'),
    title: t('record.title'),
    datedOn: t('record.datedOn'),
    publication: t('record.publication'),
    effect: t('record.effect'),
    sourceUrl: t('record.sourceUrl'),
    documentId: t('record.document'),
  };
  const server = useServerIssues(record.error, labels, { codes: { ORDER_ESTABLISHING_EXISTS: 'kind' } });
  const errors = {
    title: v.title.trim().length >= 2 ? null : t('forms.required'),
    datedOn: checkDate(v.datedOn),
    sourceUrl: v.sourceUrl.trim() === '' || isWebAddress(v.sourceUrl.trim()) ? null : t('record.urlInvalid'),
  };
  const submit = submitWith(errors, () =>
    record.mutate(
      {
        kind: v.kind,
        draft: v.draft,
        title: v.title.trim(),
        datedOn: v.datedOn.trim() || null,
        publication: v.publication.trim(),
        effect: v.effect.trim(),
        sourceUrl: v.sourceUrl.trim() || null,
        documentId: docs[0]?.id ?? null,
      },
      { onSuccess: close },
    ),
  );
  const shown = shownOf(errors, server.errorOf);
  return (
    <RecordModal
      opened={opened}
      onClose={close}
      title={t('record.orderTitle')}
      onSubmit={submit}
      mutation={record}
      alert={server.alert}
      testId="order"
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="order-kind-label">
          {labels.kind}
        </Text>
        <SegmentedControl aria-labelledby="order-kind-label" value={v.kind} onChange={(kind) => setV({ ...v, kind: kind as OrderKind })} data={orderKinds.map((k) => ({ value: k, label: t(`orders.kinds.${k}`) }))} />
        {server.errorOf('kind') && (
          <Text size="sm" c="red.9">
            {server.errorOf('kind')}
          </Text>
        )}
      </Stack>
      <Checkbox label={t('record.draft')} checked={v.draft} onChange={(e) => setV({ ...v, draft: e.currentTarget.checked })} />
      <TextInput label={labels.title} required maxLength={standingLimits.title} value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} error={shown('title')} data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={labels.datedOn} description={t('record.partialDateHint')} value={v.datedOn} onChange={(e) => setV({ ...v, datedOn: e.currentTarget.value })} error={shown('datedOn')} dir="ltr" />
        <TextInput label={labels.publication} description={t('record.publicationHint')} maxLength={standingLimits.publication} value={v.publication} onChange={(e) => setV({ ...v, publication: e.currentTarget.value })} />
      </SimpleGrid>
      <Textarea label={labels.effect} description={t('record.effectHint')} autosize maxLength={standingLimits.effect} value={v.effect} onChange={(e) => setV({ ...v, effect: e.currentTarget.value })} />
      <TextInput label={labels.sourceUrl} type="url" dir="ltr" maxLength={standingLimits.url} value={v.sourceUrl} onChange={(e) => setV({ ...v, sourceUrl: e.currentTarget.value })} error={shown('sourceUrl')} />
      <DocumentsField label={labels.documentId} value={docs} onChange={setDocs} max={1} />
    </RecordModal>
  );
}
