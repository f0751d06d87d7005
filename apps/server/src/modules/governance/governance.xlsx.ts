import type { BodyDetail, SeatRole } from '@eshkol/contracts/governance';
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
