import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export type Column<T> = { header: string; width?: number; value: (row: T) => string | number | boolean | null };

/** One right-to-left sheet with a bold, frozen header row. */
export async function toXlsx<T>(sheetName: string, columns: Column<T>[], rows: T[], rtl = true): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Eshkol';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ rightToLeft: rtl, state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row) ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer) {
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}

export type Sheet = { name: string; columns: Column<never>[]; rows: unknown[] };

/** One sheet of a workbook of several; `rows` are typed by their columns. */
export const sheet = <T>(name: string, columns: Column<T>[], rows: T[]): Sheet => ({ name, columns: columns as Column<never>[], rows });

/** A workbook of several right-to-left sheets, each with a bold, frozen header row. */
export async function toXlsxBook(sheets: Sheet[], rtl = true): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Eshkol';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ rightToLeft: rtl, state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(s.columns.map((c) => c.value(row as never) ?? ''));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
