/**
 * Shekels as a person types them ("1,250.5", "15 000 000", "₪ 300") to a number with at most two
 * decimals; null when it is not such an amount. The API takes shekels and answers in agorot.
 */
export function parseShekels(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f,₪]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Agorot from the API to shekels for a form field. */
export const agorotToShekels = (agorot: number): number => agorot / 100;
