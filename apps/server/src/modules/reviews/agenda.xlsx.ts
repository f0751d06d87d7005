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

/** The day of a decision as a Hebrew sentence gives it ("3 בנובמבר 2025"), in the programme's time zone. */
const dayHe = new Intl.DateTimeFormat('he-IL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jerusalem' });
const openConditions = (n: number) => (n === 1 ? 'תנאי פתוח אחד' : n === 2 ? 'שני תנאים פתוחים' : `${n} תנאים פתוחים`);

type Decided = { decisions: { outcome: DecisionOutcome; decidedAt: string; conditions: { metAt: string | null }[] }[] };

export function lastDecision(s: Decided): string {
  const d = s.decisions.at(-1);
  if (!d) return 'ממתין להחלטה';
  const open = d.conditions.filter((c) => !c.metAt).length;
  return `${outcomeHe[d.outcome]} (${dayHe.format(new Date(d.decidedAt))})${open > 0 ? ` — ${openConditions(open)}` : ''}`;
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
