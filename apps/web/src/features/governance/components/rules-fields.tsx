import { Checkbox, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../components/number-field';
import { fractionTermRule, quorumCountRule, type FieldError, type RulesFields } from '../model/governance-forms';

type Props = {
  fields: RulesFields;
  onChange: (patch: Partial<RulesFields>) => void;
  errorOf: (key: keyof RulesFields) => string | undefined;
};

/** A body's voting rules as fields: the quorum by authorities, the majority, the weight of a vote, a tie, and the day they hold from. */
export function RulesFieldset({ fields: f, onChange, errorOf }: Props) {
  const { t } = useTranslation('governance');
  const fraction = (p: 'quorumP' | 'majorityP', q: 'quorumQ' | 'majorityQ', label: string) => (
    <Group align="flex-start" gap="xs" role="group" aria-label={label}>
      <NumberField label={t('rulesForm.numerator')} value={f[p]} rule={fractionTermRule} onValue={(v) => onChange({ [p]: v })} error={errorOf(p)} w={110} />
      <Text pt={30} aria-hidden>
        /
      </Text>
      <NumberField label={t('rulesForm.denominator')} value={f[q]} rule={fractionTermRule} onValue={(v) => onChange({ [q]: v })} error={errorOf(q)} w={110} />
    </Group>
  );
  return (
    <Stack gap="sm">
      <Radio.Group label={t('rulesForm.quorumBy')} value={f.quorumBy} onChange={(v) => onChange({ quorumBy: v as RulesFields['quorumBy'] })}>
        <Group mt={4}>
          <Radio value="share" label={t('rulesForm.quorumByShare')} />
          <Radio value="count" label={t('rulesForm.quorumByCount')} />
        </Group>
      </Radio.Group>
      {f.quorumBy === 'share' ? (
        <Group align="flex-end">
          {fraction('quorumP', 'quorumQ', t('rulesForm.quorumFraction'))}
          <Checkbox label={t('rulesForm.strict')} checked={f.quorumStrict} onChange={(e) => onChange({ quorumStrict: e.currentTarget.checked })} mb={8} />
        </Group>
      ) : (
        <NumberField label={t('rulesForm.quorumCount')} value={f.quorumCount} rule={quorumCountRule} onValue={(v) => onChange({ quorumCount: v })} error={errorOf('quorumCount')} w={220} />
      )}
      <Select
        label={t('rulesForm.majorityOf')}
        value={f.majorityOf}
        onChange={(v) => v && onChange({ majorityOf: v as RulesFields['majorityOf'] })}
        data={[
          { value: 'cast', label: t('rulesForm.ofCast') },
          { value: 'present', label: t('rulesForm.ofPresent') },
          { value: 'members', label: t('rulesForm.ofMembers') },
        ]}
        allowDeselect={false}
        maw={320}
      />
      <Group align="flex-end">
        {fraction('majorityP', 'majorityQ', t('rulesForm.majorityFraction'))}
        <Checkbox label={t('rulesForm.strict')} checked={f.majorityStrict} onChange={(e) => onChange({ majorityStrict: e.currentTarget.checked })} mb={8} />
      </Group>
      <Radio.Group label={t('rulesForm.weights')} value={f.weights} onChange={(v) => onChange({ weights: v as RulesFields['weights'] })}>
        <Group mt={4}>
          <Radio value="equal" label={t('rulesForm.weightsEqual')} />
          <Radio value="population" label={t('rulesForm.weightsPopulation')} />
        </Group>
      </Radio.Group>
      <Checkbox label={t('rulesForm.chairBreaksTie')} checked={f.chairBreaksTie} onChange={(e) => onChange({ chairBreaksTie: e.currentTarget.checked })} error={errorOf('chairBreaksTie')} />
      <TextInput label={t('rulesForm.validFrom')} type="date" required value={f.validFrom} onChange={(e) => onChange({ validFrom: e.currentTarget.value })} error={errorOf('validFrom')} maw={220} />
    </Stack>
  );
}

/** A field's own error in words. */
export const fieldErrorText = (t: (key: string) => string, e: FieldError | undefined) => (e ? t(`governance:fieldErrors.${e}`) : undefined);
