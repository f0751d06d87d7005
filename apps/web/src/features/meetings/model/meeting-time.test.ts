import { describe, expect, it } from 'vitest';
import { meetingWhen, splitMeetings } from './meeting-time';

describe('a meeting’s time', () => {
  it('is said in Israel’s time whatever the reader’s zone, in words', () => {
    // 15:30 UTC in winter is 17:30 in Israel; two hours later is 19:30.
    const when = meetingWhen('he-IL', { startsAt: '2027-01-10T15:30:00.000Z', durationMinutes: 120 });
    expect(when.from).toBe('17:30');
    expect(when.to).toBe('19:30');
    expect(when.day).toContain('ינואר');
    expect(when.day).not.toMatch(/\d{4}-\d{2}/);
    expect(meetingWhen('en-GB', { startsAt: '2027-07-10T15:30:00.000Z', durationMinutes: 30 }).from).toBe('18:30');
  });

  it('lists upcoming meetings soonest first and past ones latest first, by the instant', () => {
    const m = (id: number, startsAt: string, status: 'scheduled' | 'closed' = 'scheduled') => ({ id, startsAt, status });
    const { upcoming, past } = splitMeetings([m(1, '2027-03-30T23:30:00+03:00'), m(2, '2027-03-30T22:00:00+02:00'), m(3, '2020-01-01T10:00:00+02:00'), m(4, '2028-01-01T10:00:00+02:00', 'closed')], new Date('2026-01-01T00:00:00Z'));
    expect(upcoming.map((x) => x.id)).toEqual([2, 1]);
    expect(past.map((x) => x.id)).toEqual([4, 3]);
  });
});
