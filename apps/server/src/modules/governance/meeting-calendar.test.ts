import { describe, expect, it } from 'vitest';
import { meetingCalendar } from './meeting-calendar';

const event = {
  uid: 'meeting-7@eshkol',
  startsAtLocal: '2026-12-20T18:00',
  endsAtLocal: '2026-12-20T20:00',
  stampedAt: new Date('2026-12-01T10:00:00Z'),
  summary: 'דירקטוריון אשכול נגב מערבי, ישיבה',
  location: 'בית המועצה; חדר הישיבות',
  url: 'https://meet.example.org/x',
  description: 'סדר היום:\n1. מכרז פסולת משותף',
  sequence: 0,
};

describe('a meeting as an iCalendar event', () => {
  it('gives the start and end on Israel’s wall clock with the time zone defined', () => {
    const ics = meetingCalendar(event);
    expect(ics).toContain('DTSTART;TZID=Asia/Jerusalem:20261220T180000\r\n');
    expect(ics).toContain('DTEND;TZID=Asia/Jerusalem:20261220T200000\r\n');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Jerusalem\r\n');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(ics).toContain('DTSTAMP:20261201T100000Z');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes text and folds long lines without splitting a Hebrew letter', () => {
    const ics = meetingCalendar({ ...event, description: 'א'.repeat(100) });
    expect(ics).toContain('LOCATION:בית המועצה\\; חדר הישיבות');
    expect(meetingCalendar(event)).toContain('DESCRIPTION:סדר היום:\\n1. מכרז פסולת משותף');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DESCRIPTION:${'א'.repeat(100)}`);
  });

  it('cancels with the same identifier', () => {
    const ics = meetingCalendar({ ...event, cancelled: true, sequence: 2 });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('UID:meeting-7@eshkol');
  });
});
