import { describe, expect, it } from 'vitest';
import { instantOfIsraelWallClock, wallClockInIsrael } from './calendar';

describe("Israel's wall clock", () => {
  it('reads winter and summer times by the offset of their own day', () => {
    expect(instantOfIsraelWallClock('2026-12-20T18:00').toISOString()).toBe('2026-12-20T16:00:00.000Z');
    expect(instantOfIsraelWallClock('2026-07-01T09:30').toISOString()).toBe('2026-07-01T06:30:00.000Z');
  });

  it('goes there and back for every quarter hour of a year', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 15 * 60_000) {
      const local = wallClockInIsrael(new Date(ms));
      const back = instantOfIsraelWallClock(local).getTime();
      // The hour repeated in autumn is read as its first occurrence.
      expect(back === ms || back === ms - 3_600_000, local).toBe(true);
    }
  });

  it('reads a time in the hour skipped in spring as the hour after it', () => {
    // On Friday 27 March 2026 the clocks went from 02:00 to 03:00.
    expect(wallClockInIsrael(instantOfIsraelWallClock('2026-03-27T02:30'))).toBe('2026-03-27T03:30');
  });
});
