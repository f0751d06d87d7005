import { ActionIcon, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { defaultModels, type ModelField, type ModelState, type Tier } from '../../lib/cost-sharing/form-state';
import { costSharingRules, modelFieldRules } from '../../lib/cost-sharing/number-rules';
import { NumberField } from '../number-field';
import { FacilityForm } from './facility-form';

type Props = {
  model: ModelState;
  onChange: (model: ModelState) => void;
  /** Whether a facility used up to each authority's level is one of the choices (a feasibility study keeps cost models only). */
  withFacility?: boolean;
};

/** The joint cost: a power law, a tender's volume-discount schedule, vehicles of a capacity or, where offered, a facility used up to each one's level. */
export function ModelForm({ model, onChange, withFacility = false }: Props) {
  const { t } = useTranslation('cost-model');
  // Four choices do not fit side by side on a phone: they stand one above the other.
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const types = withFacility ? (['power', 'tiered', 'capacity', 'facility'] as const) : (['power', 'tiered', 'capacity'] as const);
  const num = (field: ModelField, value: number | null, set: (v: number | null) => void, shekels = false) => (
    <NumberField
      label={t(`model.fields.${field}`)}
      description={t(`model.hints.${field}`, { defaultValue: '' }) || undefined}
      value={value}
      rule={modelFieldRules[field]}
      onValue={set}
      leftSection={shekels ? '₪' : undefined}
      data-field={field}
      w={{ base: '100%', xs: 220 }}
    />
  );

  const setTier = (i: number, patch: Partial<Tier>) =>
    model.type === 'tiered' && onChange({ ...model, tiers: model.tiers.map((tier, j) => (j === i ? { ...tier, ...patch } : tier)) });

  return (
    <Stack gap="sm">
      <SegmentedControl
        value={model.type}
        onChange={(type) => onChange(defaultModels[type as ModelState['type']])}
        data={types.map((type) => ({ value: type, label: t(`model.types.${type}`) }))}
        orientation={narrow && withFacility ? 'vertical' : 'horizontal'}
        fullWidth={narrow && withFacility}
        // A long name wraps rather than being cut short.
        styles={{ label: { whiteSpace: 'normal' } }}
        aria-label={t('model.type')}
      />
      <Text size="sm" c="dimmed">
        {t(`model.explain.${model.type}`)}
      </Text>
      {model.type === 'facility' ? (
        <FacilityForm model={model} onChange={onChange} />
      ) : (
        <Group align="flex-start">
          {num('fixed', model.fixed, (fixed) => onChange({ ...model, fixed }), true)}
          {model.type === 'power' && (
            <>
              {num('scale', model.scale, (scale) => onChange({ ...model, scale }), true)}
              {num('exponent', model.exponent, (exponent) => onChange({ ...model, exponent }))}
            </>
          )}
          {model.type === 'capacity' && (
            <>
              {num('capacity', model.capacity, (capacity) => onChange({ ...model, capacity }))}
              {num('vehicleCost', model.vehicleCost, (vehicleCost) => onChange({ ...model, vehicleCost }), true)}
              {num('perUnit', model.perUnit, (perUnit) => onChange({ ...model, perUnit }), true)}
            </>
          )}
        </Group>
      )}
      {model.type === 'tiered' && (
        <Stack gap="xs">
          <SegmentedControl
            value={model.discount}
            onChange={(discount) => onChange({ ...model, discount: discount as 'all-units' | 'incremental' })}
            data={[
              { value: 'all-units', label: t('model.discount.all-units') },
              { value: 'incremental', label: t('model.discount.incremental') },
            ]}
            aria-label={t('model.discount.label')}
          />
          {model.tiers.map((tier, i) => (
            <Group key={i} align="flex-start">
              <NumberField
                label={t('model.tierFrom', { n: i + 1 })}
                value={tier.from}
                rule={costSharingRules.quantity}
                onValue={(from) => setTier(i, { from })}
                disabled={i === 0}
                data-field={`tiers.${i}.from`}
                w={{ base: '100%', xs: 200 }}
              />
              <NumberField
                label={t('model.tierPrice', { n: i + 1 })}
                value={tier.unitPrice}
                rule={costSharingRules.money}
                onValue={(unitPrice) => setTier(i, { unitPrice })}
                leftSection="₪"
                data-field={`tiers.${i}.unitPrice`}
                w={{ base: '100%', xs: 200 }}
              />
              {i > 0 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={{ base: 0, xs: 25 }}
                  onClick={() => onChange({ ...model, tiers: model.tiers.filter((_, j) => j !== i) })}
                  aria-label={t('model.removeTier', { n: i + 1 })}
                >
                  ✕
                </ActionIcon>
              )}
            </Group>
          ))}
          <Button variant="light" w="fit-content" onClick={() => onChange({ ...model, tiers: [...model.tiers, { from: null, unitPrice: null }] })}>
            {t('model.addTier')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
