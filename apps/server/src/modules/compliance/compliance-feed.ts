import type { ClusterCompliance, Obligation } from '@eshkol/contracts/compliance';
import { escapeText, fold, utc } from '../../platform/ics';

/** An obligation's lasting name, the same from day to day: for its calendar event and its notices. */
export function obligationKey(o: Obligation): string {
  switch (o.kind) {
    case 'progress_report':
      return `progress_report:${o.milestoneId}`;
    case 'financial_report':
      return `financial_report:${o.fiscalYear}`;
    case 'positions_approved':
      return `positions_approved:${o.dueOn ?? 'none'}`;
    default:
      return `${o.kind}:${o.year}`;
  }
}

/** What a notice of an obligation says, as parameters of its words in the web. */
export function noticeParams(o: Obligation, today: string): Record<string, string> {
  const base = { obligation: o.kind, dueOn: o.dueOn ?? today };
  switch (o.kind) {
    case 'progress_report':
      return { ...base, milestone: o.title, service: o.serviceName };
    case 'financial_report':
      return { ...base, year: String(o.fiscalYear) };
    case 'positions_approved':
      return { ...base, breaches: String(o.breaches) };
    default:
      return { ...base, year: String(o.year) };
  }
}

function summaryOf(o: Obligation): string {
  switch (o.kind) {
    case 'progress_report':
      return `דוח התקדמות: ${o.title} (${o.serviceName})`;
    case 'financial_report':
      return `דוח כספי שנתי ${o.fiscalYear}`;
    case 'positions_approved':
      return `אישור משרות לפני איושן: ${o.breaches} מתוך ${o.people}`;
    default:
      return `${o.kind === 'board_meetings' ? 'ישיבות הדירקטוריון' : 'ישיבות ועדת ההיגוי'} ${o.year}: ${o.held} מתוך ${o.required}`;
  }
}

const dayOf = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A cluster's obligations still owed as an iCalendar feed (RFC 5545): each an all-day event on its due day. */
export function obligationFeed(c: ClusterCompliance, stampedAt: Date): string {
  const events = c.obligations
    .flatMap((o) => (o.status !== 'met' && o.status !== 'unknown' && o.dueOn !== null ? [{ ...o, dueOn: o.dueOn }] : []))
    .flatMap((o) => [
      'BEGIN:VEVENT',
      `UID:${obligationKey(o)}@${c.clusterSlug}.eshkol`,
      `DTSTAMP:${utc(stampedAt)}`,
      `DTSTART;VALUE=DATE:${dayOf(o.dueOn)}`,
      `DTEND;VALUE=DATE:${dayOf(nextDay(o.dueOn))}`,
      `SUMMARY:${escapeText(summaryOf(o))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Eshkol//Regional Clusters//HE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(`התחייבויות: ${c.nameHe ?? c.clusterSlug}`)}`, ...events, 'END:VCALENDAR'];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
