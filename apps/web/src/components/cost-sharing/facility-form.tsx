import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityProblems, type FacilityState, type Segment } from '../../lib/cost-sharing/form-state';
import { costSharingRules } from '../../lib/cost-sharing/number-rules';
import { NumberField } from '../number-field';

type Props = { model: FacilityState; onChange: (model: FacilityState) => void };

/**
 * A facility used up to each authority's level: its fixed cost and its segments, each from a level
 * at a cost per unit of level. Every figure stays as typed (never clamped nor rounded) and what is
 * wrong with it — not a number, outside the contract's range, a segment out of order — is said beside it.
 */
export function FacilityForm({ model, onChange }: Props) {
  const { t } = useTranslation('cost-model');
  const rows = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a segment is added its first field takes the focus; after one is removed, the add button.
  const [focus, setFocus] = useState<number | 'add' | null>(null);
  useEffect(() => {
    if (focus === 'add') addButton.current?.focus();
    else if (focus !== null) rows.current?.querySelector<HTMLInputElement>(`[data-field="segments.${focus}.from"]`)?.focus();
    setFocus(null);
  }, [focus]);

  // An empty field is named when computing; a typed one is checked as it is typed (its range by the field itself).
  const typed = facilityProblems(model).filter((p) => p.key !== 'cost-model:problems.modelField');
  const errorOf = (field: string) => {
    const problem = typed.find((p) => p.field === field);
    return problem ? t(problem.key, problem.values) : undefined;
  };
  const setSegment = (i: number, patch: Partial<Segment>) => onChange({ ...model, segments: model.segments.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const figure = (field: string, label: string, value: number | null, set: (v: number | null) => void, money: boolean, disabled = false) => (
    <NumberField
      label={label}
      value={value}
      rule={money ? costSharingRules.money : costSharingRules.quantity}
      onValue={set}
      error={errorOf(field)}
      leftSection={money ? '₪' : undefined}
      disabled={disabled}
      data-field={field}
      w={{ base: '100%', xs: 220 }}
    />
  );

  return (
    <Stack gap="xs">
      {figure('fixed', t('model.fields.fixed'), model.fixed, (fixed) => onChange({ ...model, fixed }), true)}
      <Text size="sm" fw={500} id="facility-segments">
        {t('model.segments')}
      </Text>
      <Stack gap="xs" ref={rows} role="group" aria-labelledby="facility-segments">
        {model.segments.map((s, i) => (
          <Group key={i} align="flex-start" gap="sm">
            {figure(`segments.${i}.from`, t('model.segmentFrom', { n: i + 1 }), s.from, (from) => setSegment(i, { from }), false, i === 0)}
            {figure(`segments.${i}.unitCost`, t('model.segmentCost', { n: i + 1 }), s.unitCost, (unitCost) => setSegment(i, { unitCost }), true)}
            {i > 0 && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={{ base: 0, xs: 25 }}
                onClick={() => {
                  onChange({ ...model, segments: model.segments.filter((_, j) => j !== i) });
                  setFocus('add');
                }}
                aria-label={t('model.removeSegment', { n: i + 1 })}
              >
                ✕
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      <Button
        ref={addButton}
        variant="light"
        w="fit-content"
        onClick={() => {
          onChange({ ...model, segments: [...model.segments, { from: null, unitCost: null }] });
          setFocus(model.segments.length);
        }}
      >
        {t('model.addSegment')}
      </Button>
    </Stack>
  );
}
