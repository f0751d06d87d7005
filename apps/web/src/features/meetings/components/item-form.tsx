import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { meetingLimits, type Item } from '@eshkol/contracts/meetings';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useAddItem, useUpdateItem } from '../api/agenda-items';
import { usePendingSubmissions } from '../api/pending-submissions';
import { buildItem, emptyItem, type FieldError, type ItemFields } from '../model/meeting-forms';
import { aboutOf, linkOf, noAbout, type AboutValue } from '../model/item-about';
import { ItemAboutField } from './item-about-field';
import { DocumentsField, type AttachedDocument } from '../../../components/documents-field';

/** `committee`: the professional committee's meeting, whose items may each carry a submission waiting for its decision. */
type Props = { meetingId: number; clusterSlug: string | null; item?: Item; onDone?: () => void; committee?: boolean };

/**
 * Adds an item to the agenda, or (given one) edits it: its title, presenter, description, whether
 * the body votes on it, what it is about (in a cluster's body) and its documents.
 */
export function ItemForm({ meetingId, clusterSlug, item, onDone, committee = false }: Props) {
  const { t } = useTranslation('meetings');
  const titleId = useId();
  const add = useAddItem();
  const update = useUpdateItem();
  const save = item ? update : add;
  const [fields, setFields] = useState<ItemFields>(item ? { title: item.title, presenter: item.presenter, description: item.description, needsDecision: item.needsDecision } : emptyItem);
  const [errors, setErrors] = useState<Partial<Record<keyof ItemFields, FieldError>>>({});
  const pending = usePendingSubmissions(committee && !item);
  const [submission, setSubmission] = useState<string | null>(null);
  const [about, setAbout] = useState<AboutValue>(item ? aboutOf(item.link, item.linked) : noAbout);
  const [documents, setDocuments] = useState<AttachedDocument[]>(item ? item.documents : []);
  const server = useServerIssues(
    save.error,
    { title: t('item.title'), presenter: t('item.presenter'), description: t('item.description'), needsDecision: t('item.needsDecision'), link: t('item.aboutLabel'), documentIds: t('item.documents') },
    { codes: { ITEM_LINK_NOT_FOUND: 'link', ITEM_LINK_SCOPE: 'link' } },
  );
  const err = (key: keyof ItemFields) => (errors[key] ? t(`fieldErrors.${errors[key]}`) : server.errorOf(key));
  const set = (key: 'title' | 'presenter' | 'description') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildItem(fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    const done = () => {
      if (!item) {
        setFields(emptyItem);
        setAbout(noAbout);
        setDocuments([]);
      }
      onDone?.();
    };
    const documentIds = documents.map((d) => d.id);
    // A committee's item keeps the submission it was added with; a cluster body's is about what the field says.
    const link = clusterSlug !== null ? linkOf(about) : item ? item.link : submission ? { kind: 'submission' as const, id: Number(submission) } : null;
    if (item) update.mutate({ itemId: item.id, body: { ...built.body, link, documentIds } }, { onSuccess: done });
    else add.mutate({ meetingId, body: { ...built.body, link, documentIds } }, { onSuccess: () => (setSubmission(null), done()) });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid={item ? 'edit-item-form' : 'add-item-form'}>
      <Stack>
        <Title order={3} size="h5" id={titleId}>
          {item ? t('item.editTitle') : t('item.addTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('item.title')} required value={fields.title} onChange={set('title')} error={err('title')} maxLength={meetingLimits.title} />
          <TextInput label={t('item.presenter')} value={fields.presenter} onChange={set('presenter')} error={err('presenter')} maxLength={meetingLimits.presenter} />
        </SimpleGrid>
        {committee && !item && (pending.data?.items.length ?? 0) > 0 && (
          <Select
            label={t('item.submission')}
            description={t('item.submissionHint')}
            data={(pending.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.serviceNameHe }))}
            value={submission}
            onChange={(v) => {
              setSubmission(v);
              const chosen = pending.data?.items.find((p) => String(p.id) === v);
              if (chosen) setFields((f) => ({ ...f, title: f.title || chosen.serviceNameHe, needsDecision: true }));
            }}
            clearable
            data-testid="item-submission"
          />
        )}
        <Textarea label={t('item.description')} autosize minRows={2} value={fields.description} onChange={set('description')} error={err('description')} maxLength={meetingLimits.itemText} />
        {clusterSlug !== null && <ItemAboutField clusterSlug={clusterSlug} value={about} onChange={setAbout} error={server.errorOf('link')} />}
        <DocumentsField value={documents} onChange={setDocuments} max={meetingLimits.documentsPerItem} label={t('item.documents')} />
        <Checkbox
          label={t('item.needsDecision')}
          checked={fields.needsDecision}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setFields((f) => ({ ...f, needsDecision: checked }));
          }}
        />
        <ErrorAlert error={save.error} title={t('item.failed')} {...server.alert} />
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="item-submit">
            {item ? t('forms.save') : t('item.add')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('forms.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
