import type { ProblemIssue } from '@eshkol/contracts/errors';
import { measurementLimits, type ValueKind } from '@eshkol/contracts/measurement';
import ExcelJS from 'exceljs';
import { AppError, issue } from '../../platform/errors';

/**
 * A sheet of values as a user fills it in Excel: one row a value — the indicator (its number), the
 * authority (its id, `loc-…` or `rc-…`), the period, the value, and optionally its kind (actual
 * unless said) and a comment. Row 1 names the columns, in English or Hebrew; each later row that
 * is not empty is a line, numbered as Excel numbers it.
 */

export type SheetLine = { line: number; indicatorId: number; authorityId: string; period: string; value: number; kind: ValueKind; comment: string };

/** Each column's names (compared without case and spaces at the ends); the first is the template's. */
export const sheetColumns = {
  indicator: ['indicator_id', 'indicator', 'מדד', 'מספר מדד'],
  authority: ['authority_id', 'authority', 'רשות', 'מזהה רשות'],
  period: ['period', 'תקופה'],
  value: ['value', 'ערך'],
  kind: ['kind', 'סוג'],
  comment: ['comment', 'הערה'],
} as const;
type Column = keyof typeof sheetColumns;
const required: Column[] = ['indicator', 'authority', 'period', 'value'];

/** The kinds as a sheet may write them. */
const kindWords: Record<string, ValueKind> = { actual: 'actual', target: 'target', baseline: 'baseline', בפועל: 'actual', יעד: 'target', בסיס: 'baseline', 'ערך בסיס': 'baseline' };

type Cell = ExcelJS.CellValue;

/** A cell as text: a formula's result, rich text's letters, a date as the month it is in (Excel turns `2025-07` into a date). */
function textOf(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 7);
  if (typeof v === 'object') {
    if ('result' in v) return textOf(v.result as Cell);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v).trim();
}

/** A cell as a number: a number, or text that is one (`12.5`, `-3`); null otherwise. */
function numberOf(v: Cell): number | null {
  const raw = typeof v === 'object' && v !== null && !(v instanceof Date) && 'result' in v ? (v.result as Cell) : v;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = textOf(raw);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

async function firstSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS declares an older Buffer type than Node's; the bytes are the same.
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new AppError('IMPORT_XLSX_UNREADABLE');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_XLSX_UNREADABLE');
  return sheet;
}

/** The lines of the sheet, and what is wrong with each that cannot be read; a missing column or too many lines refuse the file. */
export async function readValuesSheet(bytes: Buffer): Promise<{ lines: SheetLine[]; issues: ProblemIssue[] }> {
  const sheet = await firstSheet(bytes);
  const header = sheet.getRow(1);
  const at = new Map<Column, number>();
  header.eachCell((cell, col) => {
    const name = textOf(cell.value).toLowerCase();
    for (const [column, names] of Object.entries(sheetColumns) as [Column, readonly string[]][]) if (names.includes(name) && !at.has(column)) at.set(column, col);
  });
  const missing = required.filter((c) => !at.has(c));
  if (missing.length > 0) throw new AppError('CSV_HEADER', [issue('header', 'csv_missing_column', `missing: ${missing.join(', ')}`, { columns: missing.map((c) => sheetColumns[c][0]).join(', ') }, 1)]);
  if (sheet.rowCount - 1 > measurementLimits.importLines) {
    throw new AppError('IMPORT_INVALID_ROWS', [issue('file', 'too_big', `more than ${measurementLimits.importLines} lines`, { maximum: measurementLimits.importLines })]);
  }

  const lines: SheetLine[] = [];
  const issues: ProblemIssue[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const cell = (c: Column) => (at.has(c) ? row.getCell(at.get(c)!).value : null);
    if ((Object.keys(sheetColumns) as Column[]).every((c) => textOf(cell(c)) === '')) continue;
    const before = issues.length;
    const need = (c: Column) => {
      const text = textOf(cell(c));
      if (text === '') issues.push(issue(sheetColumns[c][0], 'empty', 'empty', undefined, n));
      return text;
    };
    const indicatorText = need('indicator');
    const authorityId = need('authority');
    const period = need('period');
    const valueText = need('value');
    const indicatorId = numberOf(cell('indicator'));
    if (indicatorText !== '' && (indicatorId === null || !Number.isInteger(indicatorId) || indicatorId < 1)) issues.push(issue('indicator_id', 'unknown_indicator', 'not an indicator number', { value: indicatorText }, n));
    if (authorityId !== '' && !/^(loc|rc)-\d{1,5}$/.test(authorityId)) issues.push(issue('authority_id', 'unknown_authority', 'not an authority id', { authorityId }, n));
    const value = numberOf(cell('value'));
    if (valueText !== '' && (value === null || Math.abs(value) > measurementLimits.value)) issues.push(issue('value', 'not_a_number', 'not a number', { value: valueText, whole: false }, n));
    const kindText = textOf(cell('kind')).toLowerCase();
    const kind = kindText === '' ? 'actual' : kindWords[kindText];
    if (!kind) issues.push(issue('kind', 'unknown_value', 'not a kind of value', { value: kindText }, n));
    const comment = textOf(cell('comment'));
    if (comment.length > measurementLimits.comment) issues.push(issue('comment', 'too_big', 'too long', { maximum: measurementLimits.comment }, n));
    if (issues.length === before) lines.push({ line: n, indicatorId: indicatorId!, authorityId, period, value: value!, kind: kind!, comment });
  }
  return { lines, issues };
}
