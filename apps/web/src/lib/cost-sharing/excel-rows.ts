import type { ParticipantRow } from './form-state';

/** Header names recognised in an uploaded sheet (lower-cased, trimmed). */
const headers = {
  authority: ['רשות', 'שם הרשות', 'authority', 'name', 'id', 'מזהה'],
  quantity: ['כמות', 'quantity'],
  currentCost: ['עלות', 'עלות נוכחית', 'עלות לבד', 'cost', 'current cost', 'stand-alone cost'],
};

export type SheetImport = {
  /** Rows updated with the sheet's quantity and cost, by authority id. */
  updates: Map<string, { quantity: number | null; currentCost: number | null }>;
  /** Sheet lines that name no authority of the calculation, or carry a bad number. */
  problems: { line: number; key: string; values: Record<string, string | number> }[];
};

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function toNumber(cell: unknown): number | null | 'invalid' {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : 'invalid';
  if (typeof cell === 'object' && cell !== null && 'result' in cell) return toNumber((cell as { result: unknown }).result);
  const n = Number(String(cell).replace(/[,₪\s]/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : 'invalid';
}

/**
 * Matches a sheet's rows (first row = headers) to the participants by id or name (Hebrew or
 * English), taking the quantity and current cost. Nothing is applied when a line is wrong: the
 * caller shows the problems.
 */
export function matchSheetRows(sheet: unknown[][], rows: (ParticipantRow & { nameEn?: string | null })[]): SheetImport {
  const problems: SheetImport['problems'] = [];
  const updates: SheetImport['updates'] = new Map();
  const [head = [], ...body] = sheet;
  const column = (names: string[]) => head.findIndex((h) => names.includes(normalise(String(h ?? ''))));
  const cols = { authority: column(headers.authority), quantity: column(headers.quantity), currentCost: column(headers.currentCost) };
  if (cols.authority < 0 || (cols.quantity < 0 && cols.currentCost < 0)) {
    problems.push({ line: 1, key: 'cost-model:excel.headers', values: {} });
    return { updates, problems };
  }
  const byKey = new Map<string, string>();
  for (const r of rows) {
    byKey.set(normalise(r.authorityId), r.authorityId);
    byKey.set(normalise(r.name), r.authorityId);
    if (r.nameEn) byKey.set(normalise(r.nameEn), r.authorityId);
  }
  body.forEach((cells, i) => {
    const line = i + 2;
    const label = String(cells[cols.authority] ?? '').trim();
    if (!label && cells.every((c) => c === null || c === undefined || c === '')) return;
    const id = byKey.get(normalise(label));
    if (!id) {
      problems.push({ line, key: 'cost-model:excel.unknownAuthority', values: { name: label } });
      return;
    }
    const quantity = cols.quantity >= 0 ? toNumber(cells[cols.quantity]) : null;
    const currentCost = cols.currentCost >= 0 ? toNumber(cells[cols.currentCost]) : null;
    if (quantity === 'invalid' || currentCost === 'invalid') {
      problems.push({ line, key: 'cost-model:excel.badNumber', values: { name: label } });
      return;
    }
    updates.set(id, { quantity, currentCost });
  });
  return { updates, problems };
}

/** Reads the first sheet of an .xlsx file as rows of cell values. */
export async function readFirstSheet(file: File): Promise<unknown[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await file.arrayBuffer());
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    out.push(values);
  });
  return out;
}
