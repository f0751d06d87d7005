import { Button, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title, Group } from '@mantine/core';
import { seatRoles, type BodyDetail, type SeatRole } from '@eshkol/contracts/governance';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCluster } from '../../../api/get-cluster';
import { ErrorAlert } from '../../../components/error-alert';
import { pickName } from '../../../lib/names';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useAddSeat } from '../api/add-seat';
import { buildSeat, termError, type FieldError, type SeatFields } from '../model/governance-forms';
import { fieldErrorText } from './rules-fields';

const empty = (body: BodyDetail): SeatFields => ({
  personName: '',
  title: '',
  email: '',
  role: 'member',
  behalf: body.clusterSlug === null ? 'organisation' : 'authority',
  authorityId: null,
  organisation: '',
  from: body.on,
  to: '',
});

/** A new seat on a body: its holder (a person, or an office by its title), role, on behalf of whom, and term. */
export function SeatForm({ body, onDone }: { body: BodyDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation('governance');
  const add = useAddSeat();
  const cluster = useCluster(body.clusterSlug ?? '');
  const [fields, setFields] = useState<SeatFields>(() => empty(body));
  const [errors, setErrors] = useState<Partial<Record<keyof SeatFields, FieldError>>>({});
  const set = (key: keyof SeatFields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const labels = {
    personName: t('seatForm.personName'),
    title: t('seatForm.seatTitle'),
    email: t('seatForm.email'),
    role: t('seatForm.role'),
    authorityId: t('seatForm.authority'),
    organisation: t('seatForm.organisation'),
    from: t('seatForm.from'),
    to: t('seatForm.to'),
  };
  const server = useServerIssues(add.error, labels, { codes: { SEAT_AUTHORITY_NOT_MEMBER: 'authorityId', SEAT_TERM_INVALID: 'to' } });
  const err = (key: keyof typeof labels) => fieldErrorText(t, key === 'to' ? (termError(fields.from, fields.to) ?? errors.to) : errors[key]) ?? server.errorOf(key);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildSeat(fields);
    setErrors(built.ok ? {} : built.errors);
    if (built.ok) add.mutate({ bodyId: body.id, body: built.body }, { onSuccess: onDone });
  };
  const memberOptions = (cluster.data?.members ?? []).map((m) => ({ value: m.id, label: pickName(m, i18n.language) ?? m.id }));
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="seat-form-title" data-testid="seat-form">
      <Stack>
        <Title order={3} size="h5" id="seat-form-title">
          {t('seatForm.title')}
        </Title>
        <Text size="sm">{t('seatForm.hint')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={labels.title} required value={fields.title} onChange={set('title')} error={err('title')} maxLength={200} />
          <TextInput label={labels.personName} value={fields.personName} onChange={set('personName')} error={err('personName')} maxLength={200} />
          <Select
            label={labels.role}
            value={fields.role}
            onChange={(v) => v && setFields((f) => ({ ...f, role: v as SeatRole }))}
            data={seatRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            allowDeselect={false}
          />
          <TextInput label={labels.email} type="email" value={fields.email} onChange={set('email')} error={err('email')} maxLength={254} dir="ltr" />
        </SimpleGrid>
        {body.clusterSlug !== null && (
          <Radio.Group label={t('seatForm.behalf')} value={fields.behalf} onChange={(v) => setFields((f) => ({ ...f, behalf: v as SeatFields['behalf'] }))}>
            <Group mt={4}>
              <Radio value="authority" label={t('seatForm.behalfAuthority')} />
              <Radio value="organisation" label={t('seatForm.behalfOrganisation')} />
            </Group>
          </Radio.Group>
        )}
        {fields.behalf === 'authority' ? (
          <Select
            label={labels.authorityId}
            required
            searchable
            value={fields.authorityId}
            onChange={(v) => setFields((f) => ({ ...f, authorityId: v }))}
            data={memberOptions}
            error={err('authorityId')}
            maw={360}
          />
        ) : (
          <TextInput label={labels.organisation} required value={fields.organisation} onChange={set('organisation')} error={err('organisation')} maxLength={200} maw={360} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={labels.from} type="date" required value={fields.from} onChange={set('from')} error={err('from')} />
          <TextInput label={labels.to} type="date" value={fields.to} onChange={set('to')} error={err('to')} />
        </SimpleGrid>
        <ErrorAlert error={add.error} title={t('seatForm.failed')} {...server.alert} />
        <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('seatForm.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
