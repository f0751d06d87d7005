import { useFormat } from '../../../lib/format';

/** Whole shekels from an amount in shekels (the engine's exact figures); unknown stays unknown. */
export function useShekels() {
  const format = useFormat();
  return (n: number | null | undefined, options: Intl.NumberFormatOptions = {}) =>
    format.number(n, { style: 'currency', currency: 'ILS', maximumFractionDigits: 0, ...options });
}
