import type { ProblemIssue } from '@eshkol/contracts/errors';
import { financialReportLimits, financialReportStates, type FinancialComparison, type FinancialFigures, type FinancialReportState } from '@eshkol/contracts/financial-reports';
import ExcelJS from 'exceljs';
import { issue } from '../../platform/errors';
import { toXlsx } from '../../platform/xlsx';

/**
 * The regulator's Excel of a financial report: one sheet of labelled cells, a figure a row, its
 * label in column A, its value in column B, what it takes in column C. The sheet says how it is
 * filled; the upload finds each figure by its label (rows may move), and names a bad cell by its
 * row and column.
 */

type Kind = 'year' | 'amount' | 'signed';
/** A labelled cell of the template, and where its value goes in a submission. */
type Line = { path: string; label: string; hint: string; kind: Kind };

const amountHint = 'בשקלים חדשים, עד שתי ספרות אחרי הנקודה; 0 אם אין';
const signedHint = 'בשקלים חדשים; גירעון כמספר שלילי (למשל ‎-120000)';

export const templateLines: readonly Line[] = [
  { path: 'fiscalYear', label: 'שנת הכספים', hint: `שנה קלנדרית שהסתיימה, מ-${financialReportLimits.firstFiscalYear}`, kind: 'year' },
  { path: 'figures.revenue.memberFees', label: 'הכנסות: דמי חבר מהרשויות החברות', hint: amountHint, kind: 'amount' },
  { path: 'figures.revenue.ministryGrants', label: 'הכנסות: מענקי המשרד (תוכנית האשכולות)', hint: amountHint, kind: 'amount' },
  { path: 'figures.revenue.otherGovernment', label: 'הכנסות: משרדי ממשלה אחרים', hint: amountHint, kind: 'amount' },
  { path: 'figures.revenue.donors', label: 'הכנסות: תורמים וקרנות', hint: amountHint, kind: 'amount' },
  { path: 'figures.revenue.ownIncome', label: 'הכנסות: הכנסות עצמיות', hint: amountHint, kind: 'amount' },
  { path: 'figures.expenses.staff', label: 'הוצאות: שכר ונלוות', hint: amountHint, kind: 'amount' },
  { path: 'figures.expenses.servicesBought', label: 'הוצאות: רכישת שירותים', hint: amountHint, kind: 'amount' },
  { path: 'figures.expenses.overheads', label: 'הוצאות: הנהלה וכלליות', hint: amountHint, kind: 'amount' },
  { path: 'figures.surplus', label: 'עודף (גירעון) לשנה', hint: `${signedHint}. שווה לסך ההכנסות פחות סך ההוצאות`, kind: 'signed' },
  { path: 'figures.accumulatedBalance', label: 'יתרה מצטברת (גירעון מצטבר)', hint: signedHint, kind: 'signed' },
];

const revenueTotal = 'סך ההכנסות (מחושב)';
const expensesTotal = 'סך ההוצאות (מחושב)';
const valueColumn = 'B';

/** The template, right to left: its instructions, then a row a figure (the year filled in when given), with the totals computed by the sheet. */
export async function templateWorkbook(fiscalYear?: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Eshkol';
  const ws = wb.addWorksheet('דוח כספי', { views: [{ rightToLeft: true }] });
  ws.columns = [{ width: 42 }, { width: 20 }, { width: 60 }];
  ws.addRow(['דוח כספי שנתי של אשכול לרגולטור (אגף התאגידים, משרד הפנים)']).font = { bold: true, size: 14 };
  ws.addRow(['מלאו את עמודה B בלבד, שורה לכל נתון, לפי הדוחות הכספיים המבוקרים. אל תשנו את התוויות בעמודה A. סכומים בשקלים חדשים. את הדוחות המבוקרים (PDF) מצרפים בעת ההעלאה.']);
  ws.getRow(2).alignment = { wrapText: true };
  ws.mergeCells('A2:C2');
  ws.getRow(2).height = 48;
  ws.addRow(['נתון', 'ערך', 'הסבר']).font = { bold: true };
  const rowOf = new Map<string, number>();
  for (const line of templateLines) {
    const row = ws.addRow([line.label, line.kind === 'year' ? (fiscalYear ?? null) : null, line.hint]);
    rowOf.set(line.path, row.number);
    if (line.kind !== 'year') ws.getCell(`${valueColumn}${row.number}`).numFmt = '#,##0.00;-#,##0.00';
    if (line.path === 'figures.revenue.ownIncome') {
      const from = rowOf.get('figures.revenue.memberFees')!;
      ws.addRow([revenueTotal, { formula: `SUM(B${from}:B${row.number})` }, 'אין למלא: מחושב מהשורות שמעל']).font = { italic: true };
    }
    if (line.path === 'figures.expenses.overheads') {
      const from = rowOf.get('figures.expenses.staff')!;
      ws.addRow([expensesTotal, { formula: `SUM(B${from}:B${row.number})` }, 'אין למלא: מחושב מהשורות שמעל']).font = { italic: true };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's value as typed: a number, text, or a formula's result. */
function plain(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

/** A number as a cell gives it, or as text with thousands' commas, a shekel sign or spaces. */
function numberOf(v: string | number): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = v.replace(/[\s,₪\u200e\u200f]/g, '').replace(/^\u2212/, '-');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

export type TemplateReading = { ok: true; fiscalYear: number; figures: FinancialFigures; lineOf: ReadonlyMap<string, number> } | { ok: false; issues: ProblemIssue[] };

/** Reads one labelled cell: the year, an amount (≥ 0) or a signed amount in shekels, to agorot; or its issue. */
function readCell(line: Line, raw: string | number | null, at: number): { value: number } | { issue: ProblemIssue } {
  const where = (code: ProblemIssue['code'], message: string, params?: ProblemIssue['params']) => ({ issue: issue(valueColumn, code, message, params, at) });
  if (raw === null || raw === '') return where('empty', `${line.label}: empty`);
  const n = numberOf(raw);
  if (n === null) return where('not_a_number', `${line.label}: not a number`, { value: String(raw), whole: line.kind === 'year' });
  if (line.kind === 'year') {
    if (!Number.isInteger(n)) return where('not_a_number', 'not a whole year', { value: String(raw), whole: true });
    if (n < financialReportLimits.firstFiscalYear) return where('too_small', 'before the first fiscal year', { origin: 'number', minimum: financialReportLimits.firstFiscalYear, inclusive: true });
    if (n > financialReportLimits.lastFiscalYear) return where('too_big', 'after the last fiscal year', { origin: 'number', maximum: financialReportLimits.lastFiscalYear, inclusive: true });
    return { value: n };
  }
  const agorot = Math.round(n * 100);
  if (Math.abs(n * 100 - agorot) > 1e-6) return where('not_whole_agorot', 'more than two decimals');
  const max = line.kind === 'amount' ? financialReportLimits.figureMaxAgorot : financialReportLimits.balanceMaxAgorot;
  const min = line.kind === 'amount' ? 0 : -financialReportLimits.balanceMaxAgorot;
  if (agorot < min) return where('too_small', 'below the smallest amount', { origin: 'number', minimum: min / 100, inclusive: true });
  if (agorot > max) return where('too_big', 'above the largest amount', { origin: 'number', maximum: max / 100, inclusive: true });
  return { value: agorot };
}

/** Sets the value at a dotted path of a plain object. */
function put(o: Record<string, unknown>, path: string, value: number) {
  const keys = path.split('.');
  let at = o;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

/** The figures of an uploaded sheet, with the row of each, or every bad cell with its row. */
export async function readTemplate(bytes: Buffer): Promise<TemplateReading> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS takes the bytes as an ArrayBuffer of their own.
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  try {
    await wb.xlsx.load(copy);
  } catch {
    return { ok: false, issues: [issue('file', 'xlsx_unreadable', 'not an Excel workbook', { reason: 'not an .xlsx file' })] };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, issues: [issue('file', 'xlsx_unreadable', 'no sheet', { reason: 'no sheet' })] };
  const rows = new Map<string, number>();
  ws.eachRow((row, n) => {
    const label = plain(row.getCell(1).value);
    if (typeof label === 'string' && !rows.has(label.trim())) rows.set(label.trim(), n);
  });
  const issues: ProblemIssue[] = [];
  const lineOf = new Map<string, number>();
  const body: Record<string, unknown> = {};
  for (const line of templateLines) {
    const at = rows.get(line.label);
    if (at === undefined) {
      issues.push(issue('file', 'xlsx_missing_cell', `no row labelled ${line.label}`, { label: line.label }));
      continue;
    }
    lineOf.set(line.path, at);
    const read = readCell(line, plain(ws.getCell(`${valueColumn}${at}`).value), at);
    if ('issue' in read) issues.push(read.issue);
    else put(body, line.path, read.value);
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, fiscalYear: body.fiscalYear as number, figures: body.figures as FinancialFigures, lineOf };
}

/** The issues of a refusal placed on the sheet's rows: a path the sheet holds becomes its row and column. */
export const onSheet = (issues: readonly ProblemIssue[], lineOf: ReadonlyMap<string, number>): ProblemIssue[] =>
  issues.map((i) => {
    const line = lineOf.get(i.path.replace(/^body\./, ''));
    return line === undefined ? i : { ...i, path: valueColumn, line };
  });

const stateHe: Record<FinancialReportState, string> = { submitted: 'ממתין לבדיקה', returned: 'הוחזר עם הערות', accepted: 'התקבל' };
const shekels = (agorot: number | null | undefined) => (agorot === null || agorot === undefined ? null : agorot / 100);
type Row = FinancialComparison['clusters'][number];

/** The comparison per resident, right to left: a row a cluster, money in shekels. */
export function comparisonWorkbook(c: FinancialComparison) {
  return toXlsx<Row>(
    `השוואה ${c.fiscalYear}`,
    [
      { header: 'אשכול', width: 30, value: (r) => r.nameHe ?? r.nameEn ?? r.clusterSlug },
      { header: 'מצב הדוח', width: 16, value: (r) => (r.state && financialReportStates.includes(r.state) ? stateHe[r.state] : 'לא הוגש') },
      { header: 'תושבים', value: (r) => r.population.residents },
      { header: 'שנת נתוני האוכלוסייה', value: (r) => r.population.year },
      { header: 'סך ההכנסות (₪)', width: 18, value: (r) => shekels(r.totals?.revenue) },
      { header: 'סך ההוצאות (₪)', width: 18, value: (r) => shekels(r.totals?.expenses) },
      { header: 'עודף (גירעון) (₪)', width: 18, value: (r) => shekels(r.surplus) },
      { header: 'יתרה מצטברת (₪)', width: 18, value: (r) => shekels(r.accumulatedBalance) },
      { header: 'הכנסות לתושב (₪)', width: 18, value: (r) => shekels(r.perResident?.revenue) },
      { header: 'הוצאות לתושב (₪)', width: 18, value: (r) => shekels(r.perResident?.expenses) },
      { header: 'יתרה מצטברת לתושב (₪)', width: 20, value: (r) => shekels(r.perResident?.accumulatedBalance) },
    ],
    c.clusters,
  );
}
