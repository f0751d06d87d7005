import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import type { TFunction } from 'i18next';

type Tools = {
  t: TFunction;
  number: (n: number) => string;
  list: (items: string[]) => string;
  nameOf: (authorityId: string) => string;
};

/**
 * A result's warning as a sentence of the UI's language: its code picks the text, its values fill
 * it (authority ids become names, numbers are formatted). A warning kept as an English sentence
 * only, from before warnings had codes, is shown as it is.
 */
export function warningText(warning: CostSharingResult['warnings'][number], { t, number, list, nameOf }: Tools): string {
  if (typeof warning === 'string') return warning;
  const values = Object.fromEntries(
    Object.entries(warning.values).map(([key, value]) => [key, Array.isArray(value) ? list(value.map(nameOf)) : typeof value === 'number' ? number(value) : value]),
  );
  return t(`cost-model:warnings.${warning.code}`, { ...values, defaultValue: warning.message });
}
