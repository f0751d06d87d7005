import { parse } from 'csv-parse/sync';
import type { ProblemIssue } from '@eshkol/contracts/errors';
import { hasControlCharacter } from '../../platform/control-characters';
import { AppError, issue } from '../../platform/errors';

export type CsvRecord = { line: number; values: Record<string, string> };

/**
 * Decodes a CSV file's bytes strictly as UTF-8 (a BOM is allowed) and parses it into records
 * with their line numbers. Broken encodings and broken quoting are rejected, never guessed.
 */
export function parseCsv(bytes: Uint8Array, requiredColumns: readonly string[][]): { header: string[]; records: CsvRecord[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('CSV_ENCODING');
  }
  // A UTF-16 file of Latin letters decodes as "UTF-8" with a NUL after every letter; no text file has NULs.
  if (text.includes('\u0000')) throw new AppError('CSV_ENCODING');
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: false, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    const reason = (e as Error).message;
    throw new AppError('CSV_HEADER', [issue('file', 'csv_unreadable', reason, { reason }, line)]);
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = requiredColumns.filter((alternatives) => !alternatives.some((c) => header.includes(c)));
  if (rows.length === 0 || missing.length > 0) {
    throw new AppError(
      'CSV_HEADER',
      missing.map((alts) => issue(alts.join('|'), 'csv_missing_column', `missing column ${alts.join(' or ')}`, { columns: alts.join(', ') }, 1)),
    );
  }
  const records = rows.slice(1).map((cells, i) => ({
    line: i + 2,
    values: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])),
  }));
  // A cell is a name, a code or a source as a JSON field is, and holds no control character either.
  const controls: ProblemIssue[] = records.flatMap((r) =>
    Object.entries(r.values).flatMap(([column, value]) => (hasControlCharacter(value) ? [issue(column, 'control_character', 'control characters are not allowed in text', undefined, r.line)] : [])),
  );
  if (controls.length > 0) throw new AppError('IMPORT_INVALID_ROWS', controls.slice(0, 500));
  return { header, records };
}

/** Reads the first present column of several alternative names. */
export function pick(values: Record<string, string>, ...names: string[]): string {
  for (const n of names) if (values[n] !== undefined && values[n] !== '') return values[n];
  return '';
}
