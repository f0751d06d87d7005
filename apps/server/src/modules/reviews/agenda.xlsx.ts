import type { DecisionOutcome, Submission } from '@eshkol/contracts/reviews';
import { toXlsx } from '../../platform/xlsx';

const kindHe = { core: 'שירות ליבה', regional: 'פרויקט אזורי' } as const;
const outcomeHe: Record<DecisionOutcome, string> = {
  approve: 'אושר',
  approve_with_conditions: 'אושר בתנאים',
  return: 'הוחזר לתיקונים',
  reject: 'נדחה',
};
const shekels = (n: number) => Math.round(n * 100) / 100;
/** A void study (frozen before every figure had its range) has no figure to give. */
const unknown = 'לא ידוע';

function lastDecision(s: Submission): string {
  const d = s.decisions.at(-1);
  if (!d) return 'ממתין להחלטה';
  const open = d.conditions.filter((c) => !c.metAt).length;
  return `${outcomeHe[d.outcome]} (${d.decidedAt.slice(0, 10)})${open > 0 ? ` — ${open} תנאים פתוחים` : ''}`;
}

/** A meeting agenda, right to left: one row per submission, amounts in shekels. */
export function agendaWorkbook(items: Submission[], clusterName: (slug: string) => string) {
  return toXlsx<Submission>(
    'סדר יום',
    [
      { header: 'מס׳ הגשה', width: 10, value: (s) => s.id },
      { header: 'אשכול', width: 24, value: (s) => clusterName(s.clusterSlug) },
      { header: 'שירות', width: 32, value: (s) => s.serviceNameHe },
      { header: 'סוג', width: 14, value: (s) => kindHe[s.serviceKind] },
      { header: 'רשויות משתתפות', width: 40, value: (s) => s.package.participants.filter((p) => p.status === 'joined').map((p) => p.nameHe).join(', ') },
      { header: 'עלות משותפת (₪)', value: (s) => (s.package.study.result ? shekels(s.package.study.result.total) : unknown) },
      { header: 'חיסכון (₪)', value: (s) => (s.package.study.result ? shekels(s.package.study.result.saving) : unknown) },
      { header: 'מענק מבוקש (₪)', value: (s) => s.requestedGrantAgorot / 100 },
      { header: 'החלטה אחרונה', width: 30, value: lastDecision },
    ],
    items,
  );
}
