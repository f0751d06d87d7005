import { describe, expect, it } from 'vitest';
import { financialReportObligations, meetingObligations, positionsObligation, progressObligations, statusOf, summaryOf } from './obligations';

const rules = { dueSoonDays: 30 };

describe('an obligation’s status', () => {
  it('is met, overdue after its day, due soon within the days set, else not yet due', () => {
    expect(statusOf(true, '2020-01-01', '2026-12-03', 30)).toBe('met');
    expect(statusOf(false, '2026-12-02', '2026-12-03', 30)).toBe('overdue');
    expect(statusOf(false, '2026-12-03', '2026-12-03', 30)).toBe('due_soon');
    expect(statusOf(false, '2027-01-02', '2026-12-03', 30)).toBe('due_soon');
    expect(statusOf(false, '2027-01-03', '2026-12-03', 30)).toBe('pending');
  });
});

describe('meetings a year', () => {
  it('counts the held meetings of this year and the last against the rule, each due by the year’s end', () => {
    const held = ['2025-03-01', '2025-06-01', '2025-09-01', '2025-12-01', '2026-02-01'];
    expect(meetingObligations('board_meetings', held, 4, '2026-12-03', rules)).toEqual([
      { kind: 'board_meetings', year: 2025, held: 4, required: 4, dueOn: '2025-12-31', status: 'met' },
      { kind: 'board_meetings', year: 2026, held: 1, required: 4, dueOn: '2026-12-31', status: 'due_soon' },
    ]);
    expect(meetingObligations('board_meetings', held, 5, '2026-06-01', rules).map((o) => o.status)).toEqual(['overdue', 'pending']);
  });

  it('calls a body that is not recorded unknown, never overdue', () => {
    expect(meetingObligations('board_meetings', null, 4, '2026-12-03', rules).map((o) => o.status)).toEqual(['unknown', 'unknown']);
  });

  it('needs nothing when the rule asks for no meeting', () => {
    expect(meetingObligations('steering_meetings', [], 0, '2026-12-03', rules).map((o) => o.status)).toEqual(['met', 'met']);
  });
});

describe('progress reports', () => {
  const m = (id: number, plannedOn: string, report: string | null, state = 'done') => ({ id, serviceId: 1, title: `שלב ${id}`, serviceName: 'שירות', plannedOn, state, report });
  it('are owed by each unpaid milestone by its planned day, met once submitted or approved', () => {
    const got = progressObligations([m(1, '2026-11-01', null), m(2, '2026-11-01', 'submitted'), m(3, '2026-11-01', 'returned'), m(4, '2026-12-20', null, 'planned'), m(5, '2026-01-01', null, 'paid')], '2026-12-03', rules);
    expect(got.map((o) => [o.kind === 'progress_report' && o.milestoneId, o.status])).toEqual([
      [1, 'overdue'],
      [2, 'met'],
      [3, 'overdue'],
      [4, 'due_soon'],
    ]);
  });
});

describe('a cluster’s light', () => {
  it('shows the worst of its obligations, and counts each status', () => {
    const obligations = [...meetingObligations('board_meetings', ['2025-05-05'], 1, '2026-12-03', rules), ...progressObligations([{ id: 1, serviceId: 1, title: 'א', serviceName: 'ב', plannedOn: '2026-01-01', state: 'done', report: null }], '2026-12-03', rules)];
    expect(summaryOf(obligations)).toEqual({ status: 'overdue', counts: { overdue: 1, due_soon: 1, pending: 0, unknown: 0, met: 1 } });
    expect(summaryOf([]).status).toBe('met');
  });
});

describe('the annual financial reports', () => {
  const due = { dueSoonDays: 30, financialReportDueMonth: 6, financialReportDueDay: 30 };
  it('owe the two fiscal years whose due days fall in this calendar year and the last, met only once accepted', () => {
    const states = new Map([[2024, 'accepted' as const], [2025, 'submitted' as const]]);
    expect(financialReportObligations(states, '2026-12-03', due)).toEqual([
      { kind: 'financial_report', fiscalYear: 2024, reportState: 'accepted', dueOn: '2025-06-30', status: 'met' },
      { kind: 'financial_report', fiscalYear: 2025, reportState: 'submitted', dueOn: '2026-06-30', status: 'overdue' },
    ]);
    expect(financialReportObligations(new Map(), '2026-06-10', due).map((o) => o.status)).toEqual(['overdue', 'due_soon']);
    expect(financialReportObligations(new Map(), '2026-03-01', due).map((o) => [o.reportState, o.status])).toEqual([
      [null, 'overdue'],
      [null, 'pending'],
    ]);
  });
  it('take their due day from the rules', () => {
    expect(financialReportObligations(new Map(), '2026-03-01', { ...due, financialReportDueMonth: 3, financialReportDueDay: 31 }).map((o) => [o.dueOn, o.status])).toEqual([
      ['2025-03-31', 'overdue'],
      ['2026-03-31', 'due_soon'],
    ]);
  });
});

describe('positions approved before they are filled', () => {
  it('is broken since the earliest start before an approval, met when none, unknown when nothing is recorded', () => {
    expect(positionsObligation({ approvedPositions: 2, people: 3, breaches: [{ fromDay: '2025-03-01' }, { fromDay: '2024-06-01' }] })).toEqual({
      kind: 'positions_approved',
      people: 3,
      breaches: 2,
      dueOn: '2024-06-01',
      status: 'overdue',
    });
    expect(positionsObligation({ approvedPositions: 1, people: 0, breaches: [] })).toMatchObject({ status: 'met', dueOn: null });
    expect(positionsObligation({ approvedPositions: 0, people: 0, breaches: [] }).status).toBe('unknown');
    expect(positionsObligation(undefined).status).toBe('unknown');
  });
});
