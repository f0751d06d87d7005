import { describe, expect, it } from 'vitest';
import { compositionOn, rulesOn, termCovers } from './composition';

const seat = (id: number, role: string, authorityId: string | null, fromOn: string, toOn: string | null = null) => ({ id, role, authorityId, fromOn, toOn });
const membership = (members: string[], left: Record<string, string | null> = {}) => ({ members: new Set(members), left: new Map(Object.entries(left)) });

describe("a body's composition on a day", () => {
  it('counts a term from its first day to its last, both included', () => {
    const s = seat(1, 'member', 'A', '2024-01-01', '2024-12-31');
    expect(['2023-12-31', '2024-01-01', '2024-12-31', '2025-01-01'].map((d) => termCovers(s, d))).toEqual([false, true, true, false]);
    expect(termCovers(seat(2, 'member', 'A', '2024-01-01'), '2099-01-01')).toBe(true);
  });

  it('lists the seats of an authority that left the cluster as lapsed, with the day it left, and not as voting', () => {
    const seats = [seat(1, 'chair', 'A', '2024-01-01'), seat(2, 'member', 'B', '2024-01-01')];
    const on = compositionOn(seats, '2025-06-01', membership(['A'], { B: '2025-03-01' }));
    expect(on.seats.map((s) => [s.id, s.status, s.lapsedOn])).toEqual([
      [1, 'active', null],
      [2, 'lapsed', '2025-03-01'],
    ]);
    expect(on.votingMemberIds).toEqual(['A']);
  });

  it('never makes an authority a voting member by an observer, a secretary or an invitee', () => {
    const seats = [seat(1, 'observer', 'A', '2024-01-01'), seat(2, 'secretary', 'B', '2024-01-01'), seat(3, 'invitee', 'C', '2024-01-01'), seat(4, 'alternate', 'D', '2024-01-01')];
    expect(compositionOn(seats, '2024-06-01', membership(['A', 'B', 'C', 'D'])).votingMemberIds).toEqual(['D']);
  });

  it('counts an authority once however many of its people sit', () => {
    const seats = [seat(1, 'member', 'A', '2024-01-01'), seat(2, 'alternate', 'A', '2024-01-01')];
    expect(compositionOn(seats, '2024-06-01', membership(['A'])).votingMemberIds).toEqual(['A']);
  });

  it('leaves a programme body’s seats active: it has no member authorities to lapse', () => {
    const on = compositionOn([seat(1, 'chair', null, '2024-01-01')], '2024-06-01', null);
    expect(on.seats[0]!.status).toBe('active');
    expect(on.votingMemberIds).toEqual([]);
  });
});

describe('the rules in force on a day', () => {
  const history = [
    { id: 1, validFrom: '2024-01-01' },
    { id: 2, validFrom: '2025-01-01' },
    { id: 3, validFrom: '2025-01-01' },
  ];
  it('are the latest to start by then, and of one day the one set later', () => {
    expect(rulesOn(history, '2023-12-31')).toBeNull();
    expect(rulesOn(history, '2024-12-31')?.id).toBe(1);
    expect(rulesOn(history, '2025-01-01')?.id).toBe(3);
  });
});
