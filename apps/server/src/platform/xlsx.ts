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
