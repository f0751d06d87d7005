import type { MethodFailure } from '@eshkol/contracts/cost-sharing';
import type { TFunction } from 'i18next';

type Tools = { t: TFunction; number: (n: number) => string };

/**
 * Why a method could not be computed, as a sentence of the UI's language: its code picks the text
 * and its figures (a participant limit and count) fill it. The engine's own sentences are for the
 * CLI and API clients; the page words the reason itself.
 */
export function failureText(failure: MethodFailure, { t, number }: Tools): string {
  const values = Object.fromEntries(Object.entries(failure.params).map(([key, value]) => [key, typeof value === 'number' ? number(value) : value]));
  return t(`cost-model:failures.${failure.code}`, values);
}
