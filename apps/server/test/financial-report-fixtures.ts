import ExcelJS from 'exceljs';
import { templateLines, templateWorkbook } from '../src/modules/financial-reports/financial-reports.xlsx';

/** A year's key figures that add up, in agorot: ₪500,000 of revenue, ₪440,000 of expenses, a surplus of ₪60,000. */
export const financialFigures = {
  revenue: { memberFees: 12_000_000, ministryGrants: 30_000_000, otherGovernment: 5_000_000, donors: 1_000_000, ownIncome: 2_000_000 },
  expenses: { staff: 25_000_000, servicesBought: 15_000_000, overheads: 4_000_000 },
  surplus: 6_000_000,
  accumulatedBalance: -1_500_000,
};

/** The value at a dotted path of the figures, as the template's cell takes it (shekels). */
const shekelsAt = (path: string) => {
  const v = path.split('.').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], financialFigures);
  return (v as number) / 100;
};

/** The regulator's template for a year, filled in with the figures above, as the cluster's staff upload it. */
export async function financialSheet(fiscalYear: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const bytes = await templateWorkbook(fiscalYear);
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  await wb.xlsx.load(copy);
  const ws = wb.worksheets[0]!;
  ws.eachRow((row) => {
    const line = templateLines.find((l) => l.label === row.getCell(1).value);
    if (line && line.kind !== 'year') row.getCell(2).value = shekelsAt(line.path);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
