import { Button, Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { domains as allDomains, domainSchema, type Domain } from '@eshkol/contracts/participation';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSetDomains } from '../api/set-domains';

const known = (values: string[]): Domain[] => values.filter((v): v is Domain => domainSchema.safeParse(v).success);

/** The authority's representative chooses the domains it takes part in. */
export function DomainsForm({ authorityId, current }: { authorityId: string; current: string[] }) {
  const { t } = useTranslation('participation');
  const save = useSetDomains();
  const [selected, setSelected] = useState<string[]>(current);
  const [saved, setSaved] = useState(false);
  const dirty = [...selected].sort().join() !== [...current].sort().join();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate({ authorityId, body: { domains: known(selected) } }, { onSuccess: () => setSaved(true) });
  };

  return (
    <form onSubmit={submit} data-testid="domains-form">
      <Stack>
        <Checkbox.Group
          label={t('formLabel')}
          description={t('formHint')}
          value={selected}
          onChange={(v) => {
            setSelected(v);
            setSaved(false);
          }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs">
            {allDomains.map((d) => (
              <Checkbox key={d} value={d} label={t(`domains.${d}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <ErrorAlert error={save.error} title={t('saveFailed')} />
        {saved && !dirty && (
          <Text role="status" c="teal.9" fw={500}>
            {t('forms.saved')}
          </Text>
        )}
        <Button type="submit" disabled={!dirty} loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('save')}
        </Button>
      </Stack>
    </form>
  );
}
