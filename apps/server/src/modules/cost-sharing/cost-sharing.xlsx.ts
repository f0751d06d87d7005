import type { Locale } from '@eshkol/contracts/common';
import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import ExcelJS from 'exceljs';

const text = {
  he: {
    summary: 'סיכום',
    shares: 'חלוקת העלות',
    participant: 'משתתף',
    standAlone: 'עלות לבד',
    joint: 'עלות משותפת',
    standAloneTotal: 'סך העלויות לבד',
    saving: 'חיסכון',
    savingPercent: 'חיסכון (%)',
    method: 'שיטה',
    share: 'חלק',
    shareRounded: 'חלק (מעוגל לאגורות)',
    rational: 'משלם לא יותר מלבד',
    inCore: 'בליבה (אף קבוצה לא חוסכת ביציאה)',
    blocking: 'קבוצה שחוסכת ביציאה',
    excess: 'החיסכון של אותה קבוצה',
    coreEmpty: 'הליבה ריקה',
    epsilon: 'אפסילון של הליבה המינימלית',
    yes: 'כן',
    no: 'לא',
    unknown: 'לא ידוע',
    notComputed: 'לא חושבה',
  },
  en: {
    summary: 'Summary',
    shares: 'Shares',
    participant: 'Participant',
    standAlone: 'Stand-alone cost',
    joint: 'Joint cost',
    standAloneTotal: 'Sum of stand-alone costs',
    saving: 'Saving',
    savingPercent: 'Saving (%)',
    method: 'Method',
    share: 'Share',
    shareRounded: 'Share (rounded to agorot)',
    rational: 'Pays no more than alone',
    inCore: 'In the core (no group saves by leaving)',
    blocking: 'Group that saves by leaving',
    excess: "That group's saving",
    coreEmpty: 'The core is empty',
    epsilon: 'Least-core epsilon',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    notComputed: 'Not computed',
  },
} as const;

/** Two sheets: the summary, and one row per participant and method. Right-to-left in Hebrew. */
export async function costSharingWorkbook(result: CostSharingResult, labels: Record<string, string>, locale: Locale): Promise<Buffer> {
  const t = text[locale];
  const name = (id: string) => labels[id] ?? id;
  const yesNo = (v: boolean | null) => (v === null ? t.unknown : v ? t.yes : t.no);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Eshkol';
  const views = [{ rightToLeft: locale === 'he', state: 'frozen' as const, ySplit: 1 }];

  const summary = wb.addWorksheet(t.summary, { views });
  summary.columns = [{ width: 40 }, { width: 20 }];
  summary.addRows([
    [t.joint, result.total],
    [t.standAloneTotal, result.standAloneTotal],
    [t.saving, result.saving],
    [t.savingPercent, result.savingPercent ?? t.unknown],
    [t.coreEmpty, yesNo(result.core.empty)],
    [t.epsilon, result.core.leastCoreEpsilon ?? t.unknown],
    // A method that could not be computed has no shares on the next sheet; here is why.
    ...result.failures.map((f) => [`${t.notComputed}: ${f.method}`, f.message[locale]]),
  ]);
  summary.getColumn(1).font = { bold: true };

  const shares = wb.addWorksheet(t.shares, { views });
  shares.columns = [
    { header: t.method, width: 16 },
    { header: t.participant, width: 28 },
    { header: t.standAlone, width: 16 },
    { header: t.share, width: 16 },
    { header: t.shareRounded, width: 18 },
    { header: t.saving, width: 14 },
    { header: t.savingPercent, width: 12 },
    { header: t.rational, width: 16 },
    { header: t.inCore, width: 20 },
    { header: t.blocking, width: 36 },
    { header: t.excess, width: 16 },
  ];
  shares.getRow(1).font = { bold: true };
  for (const allocation of result.allocations) {
    for (const s of allocation.shares) {
      shares.addRow([
        allocation.method,
        name(s.player),
        s.standAlone,
        s.share,
        s.shareAgorot / 100,
        s.saving,
        s.savingPercent ?? t.unknown,
        yesNo(s.individuallyRational),
        yesNo(allocation.core.inCore),
        allocation.core.blockingCoalition?.map(name).join(', ') ?? '',
        allocation.core.maxExcess ?? t.unknown,
      ]);
    }
  }
  for (const col of [3, 4, 5, 6, 11]) shares.getColumn(col).numFmt = '#,##0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
