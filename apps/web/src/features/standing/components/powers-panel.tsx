import { Badge, Box, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { standingLimits, type Power } from '@eshkol/contracts/standing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useAddPower, useRenamePower, useRetirePower } from '../api/standing';

type Names = { nameHe: string; nameEn: string };

/** A power's names in both languages: to add one, or to rename one. */
function NamesForm({ initial, pending, error, submitLabel, onSubmit, onCancel, testId }: { initial: Names; pending: boolean; error: unknown; submitLabel: string; onSubmit: (v: Names) => void; onCancel?: () => void; testId: string }) {
  const { t } = useTranslation('standing');
  const [v, setV] = useState(initial);
  const [touched, setTouched] = useState(false);
  const labels = { nameHe: t('powers.nameHe'), nameEn: t('powers.nameEn') };
  const server = useServerIssues(error, labels, { codes: { POWER_NAME_TAKEN: 'nameHe' } });
  const short = (s: string) => (s.trim().length < 2 ? t('forms.nameTooShort') : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (short(v.nameHe) || short(v.nameEn)) return;
    onSubmit({ nameHe: v.nameHe.trim(), nameEn: v.nameEn.trim() });
  };
  return (
    <form onSubmit={submit} noValidate data-testid={testId}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={labels.nameHe} required dir="rtl" maxLength={standingLimits.powerName} value={v.nameHe} onChange={(e) => setV({ ...v, nameHe: e.currentTarget.value })} error={(touched ? short(v.nameHe) : null) ?? server.errorOf('nameHe')} />
          <TextInput label={labels.nameEn} required dir="ltr" maxLength={standingLimits.powerName} value={v.nameEn} onChange={(e) => setV({ ...v, nameEn: e.currentTarget.value })} error={(touched ? short(v.nameEn) : null) ?? server.errorOf('nameEn')} />
        </SimpleGrid>
        <ErrorAlert error={error} title={t('powers.failed')} {...server.alert} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('forms.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddPower() {
  const { t } = useTranslation('standing');
  const add = useAddPower();
  const [key, setKey] = useState(0);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('powers.addTitle')}
      </Title>
      <NamesForm key={key} initial={{ nameHe: '', nameEn: '' }} pending={add.isPending} error={add.error} submitLabel={t('powers.add')} onSubmit={(v) => add.mutate(v, { onSuccess: () => setKey((k) => k + 1) })} testId="add-power-form" />
    </Paper>
  );
}

function RenameModal({ power, onClose }: { power: Power | null; onClose: () => void }) {
  const { t } = useTranslation('standing');
  const rename = useRenamePower();
  const close = () => {
    rename.reset();
    onClose();
  };
  return (
    <Modal opened={power !== null} onClose={close} title={power ? t('powers.renameTitle', { name: power.nameHe }) : ''} closeButtonProps={{ 'aria-label': t('forms.close') }}>
      {power && (
        <NamesForm
          initial={{ nameHe: power.nameHe, nameEn: power.nameEn }}
          pending={rename.isPending}
          error={rename.error}
          submitLabel={t('powers.rename')}
          onSubmit={(v) => rename.mutate({ id: power.id, ...v }, { onSuccess: close })}
          onCancel={close}
          testId="rename-power-form"
        />
      )}
    </Modal>
  );
}

function RetireModal({ power, onClose }: { power: Power | null; onClose: () => void }) {
  const { t } = useTranslation('standing');
  const retire = useRetirePower();
  const close = () => {
    retire.reset();
    onClose();
  };
  return (
    <Modal opened={power !== null} onClose={close} title={power ? t('powers.retireTitle', { name: power.nameHe }) : ''} closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <Stack>
        <Text size="sm">{t('powers.retireExplain')}</Text>
        <ErrorAlert error={retire.error} title={t('powers.failed')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('forms.cancel')}
          </Button>
          <Button color="red.9" loading={retire.isPending} onClick={() => power && retire.mutate(power.id, { onSuccess: close })} data-testid="retire-power-confirm">
            {t('powers.retire')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The list of powers: each with its names and whether it is offered; for the ministry, the controls that keep it. */
export function PowersPanel({ powers, manage }: { powers: readonly Power[]; manage: boolean }) {
  const { t } = useTranslation('standing');
  const format = useFormat();
  const [renaming, setRenaming] = useState<Power | null>(null);
  const [retiring, setRetiring] = useState<Power | null>(null);
  const state = (p: Power) =>
    p.retiredOn ? (
      <Badge color="gray.7" variant="filled" tt="none" style={{ flexShrink: 0 }}>
        {t('powers.retiredOn', { date: format.date(p.retiredOn) })}
      </Badge>
    ) : (
      <Badge color="teal.9" variant="filled" tt="none" style={{ flexShrink: 0 }}>
        {t('powers.offered')}
      </Badge>
    );
  const controls = (p: Power) =>
    manage && (
      <Group gap="xs" wrap="nowrap">
        <Button size="compact-sm" variant="subtle" onClick={() => setRenaming(p)} aria-label={t('powers.renameTitle', { name: p.nameHe })}>
          {t('powers.rename')}
        </Button>
        {!p.retiredOn && (
          <Button size="compact-sm" variant="subtle" color="red.9" onClick={() => setRetiring(p)} aria-label={t('powers.retireTitle', { name: p.nameHe })}>
            {t('powers.retire')}
          </Button>
        )}
      </Group>
    );
  return (
    <Stack>
      {manage && <AddPower />}
      <Box visibleFrom="sm">
        <Table withTableBorder striped data-testid="powers-table">
          <Table.Caption>{t('powers.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('powers.nameHe')}</Table.Th>
              <Table.Th scope="col">{t('powers.nameEn')}</Table.Th>
              <Table.Th scope="col">{t('powers.state')}</Table.Th>
              {manage && (
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('powers.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {powers.map((p) => (
              <Table.Tr key={p.id} data-power={p.id}>
                <Table.Td>
                  <bdi>{p.nameHe}</bdi>
                </Table.Td>
                <Table.Td>
                  <bdi>{p.nameEn}</bdi>
                </Table.Td>
                <Table.Td>{state(p)}</Table.Td>
                {manage && <Table.Td>{controls(p)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="sm" data-testid="powers-list-cards">
        {powers.map((p) => (
          <Paper key={p.id} withBorder p="sm" component="article" aria-label={p.nameHe} data-power={p.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={0}>
                <Text fw={600} size="sm">
                  <bdi>{p.nameHe}</bdi>
                </Text>
                <Text size="sm">
                  <bdi>{p.nameEn}</bdi>
                </Text>
              </Stack>
              {state(p)}
            </Group>
            {controls(p)}
          </Paper>
        ))}
      </Stack>
      <RenameModal power={renaming} onClose={() => setRenaming(null)} />
      <RetireModal power={retiring} onClose={() => setRetiring(null)} />
    </Stack>
  );
}
