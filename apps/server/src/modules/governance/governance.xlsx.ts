import type { BodyDetail, SeatRole } from '@eshkol/contracts/governance';
import type { Decision } from '@eshkol/contracts/meetings';
import { sheet, toXlsxBook } from '../../platform/xlsx';

const rolesHe: Record<SeatRole, string> = { chair: 'יושב/ת ראש', deputy: 'סגן/ית', member: 'חבר/ה', alternate: 'ממלא/ת מקום', observer: 'משקיף/ה', secretary: 'מזכיר/ה', invitee: 'מוזמן/ת' };

type SeatRow = BodyDetail['seats'][number];
type MemberRow = BodyDetail['votingMembers'][number];

/** A body's composition on a day, right to left: its seats, and its voting member authorities. E-mails only as the reader may read them. */
export function compositionWorkbook(body: BodyDetail) {
  const seats = sheet<SeatRow>(
    'מושבים',
    [
      { header: 'תפקיד', value: (s) => rolesHe[s.role] },
      { header: 'שם', width: 24, value: (s) => s.personName ?? '' },
      { header: 'תואר', width: 24, value: (s) => s.title },
      { header: 'מטעם', width: 28, value: (s) => s.authority?.nameHe ?? s.organisation ?? '' },
      { header: 'מיום', value: (s) => s.from },
      { header: 'עד יום', value: (s) => s.to ?? '' },
      { header: 'מצב', width: 28, value: (s) => (s.status === 'active' ? 'בתוקף' : s.lapsedOn ? `פקע: הרשות עזבה את האשכול ב-${s.lapsedOn}` : 'פקע: הרשות אינה חברה באשכול') },
      { header: 'דוא"ל', width: 28, value: (s) => s.email ?? '' },
    ],
    body.seats,
  );
  const members = sheet<MemberRow>('רשויות בעלות זכות הצבעה', [{ header: 'רשות', width: 28, value: (m) => m.nameHe }], body.votingMembers);
  return toXlsxBook([seats, members]);
}

const statusHe: Record<Decision['status'], string> = { open: 'פתוחה', in_progress: 'בביצוע', done: 'בוצעה', cancelled: 'בוטלה' };
const outcomeHe: Record<Decision['outcome'], string> = { passed: 'התקבלה', failed: 'לא התקבלה' };
const dayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date(iso));

/** A decision register, right to left: every decision with its body, meeting, vote by authority, owner, due day and follow-up. */
export function registerWorkbook(decisions: readonly Decision[]) {
  const rows = sheet<Decision>(
    'החלטות',
    [
      { header: 'מספר', value: (d) => d.number },
      { header: 'גוף', width: 28, value: (d) => d.body.nameHe },
      { header: 'תאריך הישיבה', value: (d) => dayOf(d.meetingStartsAt) },
      { header: 'נושא', width: 32, value: (d) => d.itemTitle },
      { header: 'החלטה', width: 48, value: (d) => d.text },
      { header: 'תוצאה', value: (d) => outcomeHe[d.outcome] },
      { header: 'בעד', value: (d) => d.tally.counts.for },
      { header: 'נגד', value: (d) => d.tally.counts.against },
      { header: 'נמנעים', value: (d) => d.tally.counts.abstain },
      { header: 'אחראי', width: 24, value: (d) => d.owner },
      { header: 'מועד לביצוע', value: (d) => d.dueOn ?? '' },
      { header: 'מצב מעקב', value: (d) => statusHe[d.status] },
      { header: 'באיחור', value: (d) => (d.overdue ? 'כן' : '') },
    ],
    [...decisions],
  );
  return toXlsxBook([rows]);
}
