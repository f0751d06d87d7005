/**
 * Numbers as people type or paste them into a form, read exactly or refused — never guessed:
 * "1234567", "1,234,567" or "1 234 567" (separators only between groups of three), a decimal point,
 * a shekel sign before or after, and a scale word after ("1.5 מיליון", "2 million", "750 אלף").
 * Anything else ("12e5", "1,5.5.5", "1,23", "abc") is refused with a reason, and so is a value out
 * of the field's range: the field shows the reason beside itself and keeps what was typed.
 */

export type NumberRule = {
  /** The smallest and largest value the contract allows (inclusive). */
  min: number;
  max: number;
  /** Digits allowed after the point: 0 for whole numbers, 2 for shekels and agorot. */
  decimals: number;
};

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'negative' | 'too-small' | 'too-large' | 'too-many-decimals'; limit?: number };

const scaleWords: Record<string, number> = {
  אלף: 3,
  אלפים: 3,
  thousand: 3,
  מיליון: 6,
  million: 6,
  מיליארד: 9,
  billion: 9,
};

/** Spaces of every width a paste may bring (no-break, thin, narrow no-break) read as one. */
const spaces = /[\s\u00a0\u2009\u202f]+/g;
/** Bidi marks a paste from a right-to-left page may bring. */
const marks = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function readNumber(text: string, rule: NumberRule): NumberReading {
  let s = text.replace(marks, '').replace(spaces, ' ').trim();
  if (s === '') return { ok: false, reason: 'empty' };
  s = s.replace(/^₪ ?/, '').replace(/ ?₪$/, '');
  let exponent = 0;
  const word = /^(.*?) ?([\p{L}]+)$/u.exec(s);
  if (word) {
    const scale = scaleWords[word[2]!.toLowerCase()];
    if (scale === undefined) return { ok: false, reason: 'not-a-number' };
    exponent = scale;
    s = word[1]!;
  }
  const negative = s.startsWith('-') || s.startsWith('\u2212');
  if (negative) s = s.slice(1);
  const match = /^(\d{1,3}(?:([, ])\d{3})*|\d+)(?:\.(\d+))?$/.exec(s);
  // One kind of separator throughout, between groups of three: "1,234 567" is not a number.
  if (!match || (match[2] && !new RegExp(`^\\d{1,3}(?:${match[2] === ' ' ? ' ' : ','}\\d{3})*$`).test(match[1]!))) return { ok: false, reason: 'not-a-number' };
  const whole = match[1]!.replace(/[, ]/g, '');
  const fraction = match[3] ?? '';
  // Exactly: the digits as an integer and a count of decimal places, the scale word moving the point.
  const places = Math.max(0, fraction.length - exponent);
  const digits = (whole + fraction + '0'.repeat(Math.max(0, exponent - fraction.length))).replace(/^0+(?=\d)/, '');
  if (places > rule.decimals) return { ok: false, reason: 'too-many-decimals', limit: rule.decimals };
  const value = (negative ? -1 : 1) * (Number(digits) / 10 ** places);
  if (negative && value !== 0 && rule.min >= 0) return { ok: false, reason: 'negative' };
  if (!Number.isFinite(value) || value > rule.max) return { ok: false, reason: 'too-large', limit: rule.max };
  if (value < rule.min) return { ok: false, reason: 'too-small', limit: rule.min };
  return { ok: true, value: value + 0 };
}

/** Shekels as a contract takes them: not negative, to the agora, up to `max`. */
export const shekelsRule = (max: number): NumberRule => ({ min: 0, max, decimals: 2 });

/**
 * A value set from outside (a fit, an import, a saved version) as a field shows it: every digit,
 * never in exponent notation ("1e-7" would be refused as typed), and no separators.
 */
export const textOfNumber = (value: number): string => value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/**
 * Shekels as read from a field (to the agora) in integer agorot, as a contract stores money: the
 * product is rounded only to undo binary fractions (19.99 × 100 is 1998.9999…), never a typed digit.
 */
export const agorotOfShekels = (shekels: number): number => Math.round(shekels * 100);

/** Agorot as a field shows them in shekels (`textOfNumber` then writes every digit). */
export const shekelsOfAgorot = (agorot: number): number => agorot / 100;
