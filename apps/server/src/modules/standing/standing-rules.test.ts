import { describe, expect, it } from 'vitest';
import { byStart, cellOf, delegationsOverlap, firstDayOf, formEndsBeforeStart, formOn, placeForm, statusOn } from './standing-rules';

describe('a legal form’s period', () => {
  it('starts on the first day of a partial date', () => {
    expect([firstDayOf('2018'), firstDayOf('2013-01'), firstDayOf('2018-03-05')]).toEqual(['2018-01-01', '2013-01-01', '2018-03-05']);
  });

  it('ends no earlier than it starts; an unknown end or start is never before the other', () => {
    expect(formEndsBeforeStart({ fromOn: '2019', untilOn: '2018-12' })).toBe(true);
    expect(formEndsBeforeStart({ fromOn: '2018', untilOn: '2018' })).toBe(false);
    expect(formEndsBeforeStart({ fromOn: null, untilOn: '1990' })).toBe(false);
    expect(formEndsBeforeStart({ fromOn: '2018', untilOn: null })).toBe(false);
  });

  const company = { id: 1, fromOn: null, untilOn: null };
  it('ends the open form when a later one without an end follows it, and no other', () => {
    expect(placeForm([company], { fromOn: '2018', untilOn: null })).toEqual({ ok: true, ends: company });
    // One with an end, inside the open form's period, overlaps it instead.
    expect(placeForm([company], { fromOn: '2018', untilOn: '2019' })).toEqual({ ok: false });
    // An unknown start is the beginning of time: it cannot follow anything.
    expect(placeForm([company], { fromOn: null, untilOn: null })).toEqual({ ok: false });
    expect(placeForm([{ id: 1, fromOn: '2018', untilOn: null }], { fromOn: '2018', untilOn: null })).toEqual({ ok: false });
  });

  it('lets a form until a year meet the next from that year, and fits closed periods where nothing else is', () => {
    const forms = [
      { id: 1, fromOn: '2013-01', untilOn: '2018' },
      { id: 2, fromOn: '2018', untilOn: null },
    ];
    expect(placeForm(forms, { fromOn: '2010', untilOn: '2013-01' })).toEqual({ ok: true, ends: null });
    expect(placeForm(forms, { fromOn: '2010', untilOn: '2013-02' })).toEqual({ ok: false });
    expect(formOn(forms, '2017-12-31')?.id).toBe(1);
    expect(formOn(forms, '2018-01-01')?.id).toBe(2);
    expect(formOn(forms, '2012-12-31')).toBeNull();
    expect(byStart([forms[1]!, { id: 3, fromOn: null, untilOn: '2013-01' }, forms[0]!]).map((f) => f.id)).toEqual([3, 1, 2]);
  });
});

describe('a delegation', () => {
  it('runs from its first day to its last, both included', () => {
    expect(delegationsOverlap({ fromDay: '2024-01-01', untilDay: '2024-12-31' }, { fromDay: '2024-12-31', untilDay: null })).toBe(true);
    expect(delegationsOverlap({ fromDay: '2024-01-01', untilDay: '2024-12-31' }, { fromDay: '2025-01-01', untilDay: null })).toBe(false);
    expect(delegationsOverlap({ fromDay: '2024-01-01', untilDay: null }, { fromDay: '2030-01-01', untilDay: '2030-01-01' })).toBe(true);
    expect([statusOn({ fromDay: '2025-01-02', untilDay: null }, '2025-01-01'), statusOn({ fromDay: '2025-01-01', untilDay: '2025-01-01' }, '2025-01-01'), statusOn({ fromDay: '2024-01-01', untilDay: '2024-12-31' }, '2025-01-01')]).toEqual([
      'upcoming',
      'in_force',
      'ended',
    ]);
  });

  it('fills its cell: the one in force today, and every one of the power by the authority, the latest first', () => {
    const ds = [
      { id: 1, authorityId: 'loc-1', powerId: 7, fromDay: '2020-01-01', untilDay: '2022-12-31' },
      { id: 2, authorityId: 'loc-1', powerId: 7, fromDay: '2023-01-01', untilDay: null },
      { id: 3, authorityId: 'loc-2', powerId: 7, fromDay: '2023-01-01', untilDay: null },
      { id: 4, authorityId: 'loc-1', powerId: 8, fromDay: '2030-01-01', untilDay: null },
    ];
    expect(cellOf(ds, 'loc-1', 7, '2025-06-01')).toEqual({ powerId: 7, currentId: 2, historyIds: [2, 1] });
    expect(cellOf(ds, 'loc-1', 8, '2025-06-01')).toEqual({ powerId: 8, currentId: null, historyIds: [4] });
    expect(cellOf(ds, 'loc-3', 7, '2025-06-01')).toEqual({ powerId: 7, currentId: null, historyIds: [] });
  });
});
