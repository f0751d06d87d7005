import type { Tally } from '@eshkol/engine';

/**
 * The Hebrew of what Eshkol writes for people outside its pages: the invitation mail and the
 * first draft of the minutes, which the secretary then edits. Times and dates are Israel's,
 * written as people write them ("20 בדצמבר 2026, 18:00").
 */

const dateWords = new Intl.DateTimeFormat('he-IL', { timeZone: 'Asia/Jerusalem', day: 'numeric', month: 'long', year: 'numeric' });
const timeWords = new Intl.DateTimeFormat('he-IL', { timeZone: 'Asia/Jerusalem', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
export const whenInHebrew = (at: Date) => `${dateWords.format(at)}, ${timeWords.format(at)}`;

export type InvitationText = { bodyName: string; startsAt: Date; place: string; onlineUrl: string | null; items: readonly string[]; link: string };

export function invitationMail(m: InvitationText) {
  const where = [m.place, m.onlineUrl].filter(Boolean).join(' · ');
  const lines = [
    `הנכם מוזמנים לישיבת ${m.bodyName}.`,
    `מועד: ${whenInHebrew(m.startsAt)} (שעון ישראל).`,
    ...(where ? [`מקום: ${where}.`] : []),
    '',
    ...(m.items.length > 0 ? ['סדר היום:', ...m.items.map((t, i) => `${i + 1}. ${t}`), ''] : []),
    `לאישור השתתפות, לשליחת ממלא מקום או להודעה על היעדרות: ${m.link}`,
  ];
  return { subject: `זימון: ${m.bodyName}, ${whenInHebrew(m.startsAt)}`, text: lines.join('\n') };
}

const voteWords = { for: 'בעד', against: 'נגד', abstain: 'נמנע' } as const;
const outcomeWords = { passed: 'ההחלטה התקבלה', failed: 'ההחלטה לא התקבלה', 'no-quorum': 'לא היה מניין' } as const;

export type MinutesInput = {
  bodyName: string;
  startsAt: Date;
  place: string;
  present: readonly { unit: string; people: readonly string[] }[];
  absent: readonly string[];
  items: readonly {
    title: string;
    presenter: string;
    description: string;
    ballots: readonly { unit: string; vote: keyof typeof voteWords }[];
    tally: Tally | null;
    decision: { number: string; text: string; owner: string; dueOn: Date | null } | null;
  }[];
};

/** The minutes' first draft: who attended for which authority, each item, its vote by authority and its decision. */
export function minutesDraft(m: MinutesInput): string {
  const out = [`פרוטוקול ישיבת ${m.bodyName}`, `מועד: ${whenInHebrew(m.startsAt)}${m.place ? ` · מקום: ${m.place}` : ''}`, ''];
  out.push('נוכחים:');
  for (const p of m.present) out.push(`- ${p.unit}: ${p.people.join(', ')}`);
  if (m.present.length === 0) out.push('- אין');
  if (m.absent.length > 0) out.push('', `לא נכחו: ${m.absent.join(', ')}`);
  m.items.forEach((item, i) => {
    out.push('', `${i + 1}. ${item.title}${item.presenter ? ` (מציג: ${item.presenter})` : ''}`);
    if (item.description) out.push(item.description);
    if (item.tally) {
      const c = item.tally.counts;
      out.push(`הצבעה: בעד ${c.for}, נגד ${c.against}, נמנעים ${c.abstain}. ${outcomeWords[item.tally.outcome]}.`);
      for (const b of item.ballots) out.push(`- ${b.unit}: ${voteWords[b.vote]}`);
    }
    if (item.decision) {
      const due = item.decision.dueOn ? `, עד ${dateWords.format(item.decision.dueOn)}` : '';
      out.push(`החלטה ${item.decision.number}: ${item.decision.text}${item.decision.owner ? ` (אחראי: ${item.decision.owner}${due})` : due ? ` (${due.slice(2)})` : ''}`);
    }
  });
  return out.join('\n');
}
