import { escapeText, fold, utc } from '../../platform/ics';

/**
 * A meeting as an iCalendar event (RFC 5545): its start and end on Israel's wall clock with the
 * Asia/Jerusalem time zone spelled out (summer time from the Friday before March's last Sunday,
 * winter time from October's last Sunday), so a calendar shows the hour the invitees were given.
 */
export type CalendarEvent = {
  uid: string;
  /** Israel's wall clock, `YYYY-MM-DDTHH:mm`. */
  startsAtLocal: string;
  endsAtLocal: string;
  stampedAt: Date;
  summary: string;
  location: string;
  url: string | null;
  description: string;
  sequence: number;
  cancelled?: boolean;
};


const local = (wall: string) => `${wall.replace(/-/g, '').replace(':', '')}00`;

const israel = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Jerusalem',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:IDT',
  'DTSTART:19700327T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:IST',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function meetingCalendar(e: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Eshkol//Regional Clusters//HE',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.cancelled ? 'CANCEL' : 'REQUEST'}`,
    ...israel,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utc(e.stampedAt)}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTART;TZID=Asia/Jerusalem:${local(e.startsAtLocal)}`,
    `DTEND;TZID=Asia/Jerusalem:${local(e.endsAtLocal)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    `DESCRIPTION:${escapeText(e.description)}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
