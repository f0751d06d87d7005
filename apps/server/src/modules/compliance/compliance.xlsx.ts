import type { ClusterCompliance, ComplianceOverview, Obligation, ObligationStatus } from '@eshkol/contracts/compliance';
import { sheet, toXlsxBook } from '../../platform/xlsx';

const statusHe: Record<ObligationStatus, string> = { met: 'מולא', due_soon: 'מועד קרוב', overdue: 'באיחור', pending: 'טרם הגיע מועדו', unknown: 'אין נתונים' };
const kindHe: Record<Obligation['kind'], string> = {
  board_meetings: 'ישיבות דירקטוריון',
  steering_meetings: 'ישיבות ועדת ההיגוי',
  progress_report: 'דוח התקדמות של אבן דרך',
  financial_report: 'דוח כספי שנתי',
  positions_approved: 'משרות מאושרות לפני איושן',
};
const reportStateHe = { submitted: 'הוגש וממתין לבדיקה', returned: 'הוחזר להשלמות', accepted: 'התקבל' } as const;

function what(o: Obligation): string {
  switch (o.kind) {
    case 'progress_report':
      return `${o.serviceName}: ${o.title}`;
    case 'financial_report':
      return `${o.fiscalYear}: ${o.reportState ? reportStateHe[o.reportState] : 'לא הוגש'}`;
    case 'positions_approved':
      return `${o.breaches} מתוך ${o.people} החלו לפני אישור המשרה`;
    default:
      return `${o.year}: ${o.held} מתוך ${o.required}`;
  }
}

/** The overview, right to left: a row a cluster with its light and counts, then every obligation. */
export function overviewWorkbook(o: ComplianceOverview) {
  const clusters = sheet<ClusterCompliance>(
    'אשכולות',
    [
      { header: 'אשכול', width: 30, value: (c) => c.nameHe ?? c.nameEn ?? '' },
      { header: 'מצב כולל', value: (c) => statusHe[c.status] },
      { header: 'באיחור', value: (c) => c.counts.overdue ?? 0 },
      { header: 'מועד קרוב', value: (c) => c.counts.due_soon ?? 0 },
      { header: 'מולאו', value: (c) => c.counts.met ?? 0 },
      { header: 'אין נתונים', value: (c) => c.counts.unknown ?? 0 },
    ],
    o.clusters,
  );
  type Row = { cluster: string; o: Obligation };
  const rows: Row[] = [
    ...o.programme.map((x) => ({ cluster: 'התוכנית', o: x })),
    ...o.clusters.flatMap((c) => c.obligations.map((x) => ({ cluster: c.nameHe ?? c.nameEn ?? '', o: x }))),
  ];
  const obligations = sheet<Row>(
    'התחייבויות',
    [
      { header: 'אשכול', width: 30, value: (r) => r.cluster },
      { header: 'התחייבות', width: 26, value: (r) => kindHe[r.o.kind] },
      { header: 'פירוט', width: 40, value: (r) => what(r.o) },
      { header: 'מועד', value: (r) => r.o.dueOn ?? '' },
      { header: 'מצב', value: (r) => statusHe[r.o.status] },
    ],
    rows,
  );
  return toXlsxBook([clusters, obligations]);
}
