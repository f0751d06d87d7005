import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { value: string[]; onChange: (value: string[]) => void; error?: string };

/** The conditions of a conditional approval: one line each, added and removed freely. */
export function ConditionsEditor({ value, onChange, error }: Props) {
  const { t } = useTranslation('reviews');
  const set = (i: number, text: string) => onChange(value.map((c, j) => (j === i ? text : c)));
  const remove = (i: number) => onChange(value.length === 1 ? [''] : value.filter((_, j) => j !== i));
  return (
    <Fieldset legend={t('decide.conditions')} data-testid="conditions-editor">
      <Stack gap="xs">
        {value.map((c, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              label={t('decide.conditionN', { n: i + 1 })}
              value={c}
              maxLength={1000}
              onChange={(e) => set(i, e.currentTarget.value)}
            />
            <ActionIcon variant="subtle" color="red.9" size="lg" mt={26} aria-label={t('decide.removeCondition', { n: i + 1 })} onClick={() => remove(i)}>
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        ))}
        {error && (
          <Text c="red.9" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Button variant="light" size="compact-sm" onClick={() => onChange([...value, ''])} disabled={value.length >= 20} style={{ alignSelf: 'flex-start' }}>
          {t('decide.addCondition')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
