/** The calendar day in Israel at a moment, `YYYY-MM-DD`: the programme's days (a term, a rule's start) are Israel's. */
export function dayInIsrael(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jerusalem',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Israel at a moment, `YYYY-MM-DDTHH:mm`. */
export function wallClockInIsrael(at: Date): string {
  const p = Object.fromEntries(wallClock.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const hour = 3_600_000;

/**
 * The moment a wall-clock time in Israel names. Israel's clock runs two or three hours ahead of
 * UTC: of the two moments, the one whose wall clock reads `local` (the earlier, for the hour
 * repeated in autumn); a time in the hour skipped in spring is read as the hour after it.
 */
export function instantOfIsraelWallClock(local: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  const summer = new Date(asUtc - 3 * hour);
  if (wallClockInIsrael(summer) === local) return summer;
  return new Date(asUtc - 2 * hour);
}
