import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { meetingLimits, type Item, type Unit } from '@eshkol/contracts/meetings';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useRecordDecision } from '../api/item-decisions';
import { nameIn } from '../model/body-words';
import { buildDecision, dateError, emptyDecision, type DecisionFields, type FieldError } from '../model/meeting-forms';

/**
 * Records the body's decision on an item, with the outcome of its vote: its text, who follows it
 * up, the member authority that carries it out (its representatives are told) and by when. Not
 * without a quorum. `authorities`: the body's member authorities, to choose from.
 */
export function DecisionForm({ item, quorumMet, authorities }: { item: Item; quorumMet: boolean; authorities: readonly Unit[] }) {
  const { t, i18n } = useTranslation('meetings');
  const record = useRecordDecision();
  const [fields, setFields] = useState<DecisionFields>(emptyDecision);
  const [errors, setErrors] = useState<Partial<Record<keyof DecisionFields, FieldError>>>({});
  const server = useServerIssues(record.error, { text: t('decision.text'), owner: t('decision.owner'), ownerAuthorityId: t('decision.ownerAuthority'), dueOn: t('decision.dueOn') }, { codes: { DECISION_NO_QUORUM: 'text', DECISION_OWNER_NOT_MEMBER: 'ownerAuthorityId' } });
  const err = (key: keyof DecisionFields) => {
    const error = (key === 'dueOn' ? dateError(fields.dueOn) : null) ?? errors[key];
    return error ? t(`fieldErrors.${error}`) : server.errorOf(key);
  };
  const set = (key: keyof DecisionFields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildDecision(fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok || !quorumMet) return;
    record.mutate({ itemId: item.id, body: built.body });
  };
  const titleId = `decision-title-${item.id}`;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid={`decision-form-${item.id}`}>
      <Stack>
        <Title order={4} size="h6" id={titleId}>
          {t('decision.formTitle')}
        </Title>
        {!quorumMet && (
          <Text size="sm" c="red.9" data-testid="decision-no-quorum">
            {t('decision.noQuorum')}
          </Text>
        )}
        <Textarea label={t('decision.text')} required autosize minRows={2} value={fields.text} onChange={set('text')} error={err('text')} maxLength={meetingLimits.decisionText} disabled={!quorumMet} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('decision.owner')} value={fields.owner} onChange={set('owner')} error={err('owner')} maxLength={meetingLimits.owner} disabled={!quorumMet} />
          <TextInput label={t('decision.dueOn')} type="date" value={fields.dueOn} onChange={set('dueOn')} error={err('dueOn')} disabled={!quorumMet} />
          {authorities.length > 0 && (
            <Select
              label={t('decision.ownerAuthority')}
              description={t('decision.ownerAuthorityHint')}
              data={authorities.flatMap((u) => (u.authorityId ? [{ value: u.authorityId, label: nameIn(u.names, i18n.language) }] : []))}
              value={fields.ownerAuthorityId || null}
              onChange={(v) => setFields((f) => ({ ...f, ownerAuthorityId: v ?? '' }))}
              error={err('ownerAuthorityId')}
              clearable
              searchable
              disabled={!quorumMet}
              data-testid={`decision-owner-authority-${item.id}`}
            />
          )}
        </SimpleGrid>
        <ErrorAlert error={record.error} title={t('decision.failed')} {...server.alert} />
        <Button type="submit" loading={record.isPending} disabled={!quorumMet} style={{ alignSelf: 'flex-start' }} data-testid={`decision-submit-${item.id}`}>
          {t('decision.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
