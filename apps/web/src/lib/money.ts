import { readNumber, shekelsRule } from './numbers';

/**
 * Shekels as a person types them ("1,250.5", "15 000 000", "₪ 300", "1.5 מיליון") to a number with
 * at most two decimals; null when it is not such an amount (see `readNumber`: separators only
 * between groups of three, nothing guessed). The API takes shekels and answers in agorot.
 */
export function parseShekels(text: string): number | null {
  const read = readNumber(text, shekelsRule(Number.MAX_SAFE_INTEGER / 100));
  return read.ok ? read.value : null;
}

/** Agorot from the API to shekels for a form field. */
export const agorotToShekels = (agorot: number): number => agorot / 100;
