export type Change = { key: string; before: unknown; after: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The keys whose values differ between before and after (a created or deleted entity lists all its keys). */
export function diff(before: unknown, after: unknown): Change[] {
  if (!isRecord(before) && !isRecord(after)) return same(before, after) ? [] : [{ key: '', before, after }];
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => !same(b[k], a[k])).map((k) => ({ key: k, before: b[k], after: a[k] }));
}

export function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Values too long to read on one line: a list or record whose text passes this many characters. */
export const longValueChars = 80;

/** A short account of a long list or record (how many items or fields), or null when it reads well as is. */
export function summaryOf(value: unknown): { kind: 'items' | 'fields'; count: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  if (JSON.stringify(value).length <= longValueChars) return null;
  return Array.isArray(value) ? { kind: 'items', count: value.length } : { kind: 'fields', count: Object.keys(value).length };
}
