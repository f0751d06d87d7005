import type { ClusterStanding, Delegation, DelegationStatus, MatrixRow } from '@eshkol/contracts/standing';
import { sheet, toXlsxBook, type Column } from '../../platform/xlsx';

const statusHe: Record<DelegationStatus, string> = { in_force: 'בתוקף', upcoming: 'טרם החלה', ended: 'הסתיימה' };
const decisionOf = (d: Delegation) => `החלטה${d.decision.number ? ` ${d.decision.number}` : ''} מיום ${d.decision.decidedOn}`;

/**
 * A cluster's delegated powers, right to left: the matrix of its authorities by power as it stands
 * today (each cell the delegation in force, with its council decision), then every delegation
 * ever recorded.
 */
export function standingWorkbook(s: ClusterStanding) {
  const byId = new Map(s.delegations.map((d) => [d.id, d]));
  const nameOf = (r: Pick<MatrixRow, 'nameHe' | 'nameEn' | 'authorityId'>) => r.nameHe ?? r.nameEn ?? r.authorityId;
  const cellText = (row: MatrixRow, powerId: number) => {
    const current = row.cells.find((c) => c.powerId === powerId)?.currentId;
    const d = current ? byId.get(current) : undefined;
    return d ? `בתוקף מיום ${d.fromDay}${d.untilDay ? ` עד ${d.untilDay}` : ''} (${decisionOf(d)})` : '';
  };
  const matrix = sheet<MatrixRow>(
    'מטריצת סמכויות',
    [
      { header: 'רשות', width: 28, value: nameOf },
      { header: 'חברה באשכול כיום', width: 14, value: (r) => (r.member ? 'כן' : 'לא') },
      ...s.powers.map((p): Column<MatrixRow> => ({ header: p.retiredOn ? `${p.nameHe} (הוצאה מהרשימה)` : p.nameHe, width: 30, value: (r) => cellText(r, p.id) })),
    ],
    s.rows,
  );
  const rowOf = new Map(s.rows.map((r) => [r.authorityId, r]));
  const powerOf = new Map(s.powers.map((p) => [p.id, p]));
  const history = sheet<Delegation>(
    'היסטוריה',
    [
      { header: 'רשות', width: 28, value: (d) => nameOf(rowOf.get(d.authorityId) ?? { nameHe: null, nameEn: null, authorityId: d.authorityId }) },
      { header: 'סמכות', width: 30, value: (d) => powerOf.get(d.powerId)?.nameHe ?? '' },
      { header: 'מיום', value: (d) => d.fromDay },
      { header: 'עד יום', value: (d) => d.untilDay ?? '' },
      { header: 'מצב', value: (d) => statusHe[d.status] },
      { header: 'יום החלטת המועצה', value: (d) => d.decision.decidedOn },
      { header: 'מספר ההחלטה', value: (d) => d.decision.number },
    ],
    [...s.delegations].sort((a, b) => a.fromDay.localeCompare(b.fromDay) || a.id - b.id),
  );
  return toXlsxBook([matrix, history]);
}
