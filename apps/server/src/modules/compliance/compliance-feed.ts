import type { ClusterCompliance, Obligation } from '@eshkol/contracts/compliance';
import { escapeText, fold, utc } from '../../platform/ics';

/** An obligation's lasting name, the same from day to day: for its calendar event and its notices. */
export const obligationKey = (o: Obligation) => (o.kind === 'progress_report' ? `progress_report:${o.milestoneId}` : `${o.kind}:${o.year}`);

const summaryOf = (o: Obligation) =>
  o.kind === 'progress_report'
    ? `דוח התקדמות: ${o.title} (${o.serviceName})`
    : `${o.kind === 'board_meetings' ? 'ישיבות הדירקטוריון' : 'ישיבות ועדת ההיגוי'} ${o.year}: ${o.held} מתוך ${o.required}`;

const dayOf = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A cluster's obligations still owed as an iCalendar feed (RFC 5545): each an all-day event on its due day. */
export function obligationFeed(c: ClusterCompliance, stampedAt: Date): string {
  const events = c.obligations
    .filter((o) => o.status !== 'met' && o.status !== 'unknown')
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
