import type { MeetingSummary } from '@eshkol/contracts/meetings';

export const israelTimeZone = 'Asia/Jerusalem';

/** The meeting's day in Israel, `YYYY-MM-DD`: the day its composition and rules are read on. */
export const meetingDay = (m: Pick<MeetingSummary, 'startsAtLocal'>) => m.startsAtLocal.slice(0, 10);

/** When a meeting is, in words of a locale and always in Israel's time: its day, and its hours from and to. */
export function meetingWhen(locale: string, m: Pick<MeetingSummary, 'startsAt' | 'durationMinutes'>) {
  const start = new Date(m.startsAt);
  const end = new Date(start.getTime() + m.durationMinutes * 60_000);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: israelTimeZone }).format(start);
  const hour = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: israelTimeZone });
  return { day, from: hour.format(start), to: hour.format(end), short: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: israelTimeZone }).format(start) };
}

/** Upcoming meetings first, soonest first; then past ones, latest first. */
export function splitMeetings<M extends Pick<MeetingSummary, 'startsAt' | 'status'>>(meetings: readonly M[], now: Date) {
  // Instants, not strings: the offset of an ISO time changes with Israel's summer time.
  const at = (m: M) => Date.parse(m.startsAt);
  const upcoming = meetings.filter((m) => m.status === 'scheduled' && at(m) >= now.getTime()).sort((a, b) => at(a) - at(b));
  const past = meetings.filter((m) => !upcoming.includes(m)).sort((a, b) => at(b) - at(a));
  return { upcoming, past };
}
