import { describe, expect, it } from 'vitest';
import { lastDecision } from './agenda.xlsx';

const decision = (decidedAt: string, open: number, met = 0) => ({
  outcome: 'approve_with_conditions' as const,
  decidedAt,
  conditions: [...Array.from({ length: open }, (): { metAt: string | null } => ({ metAt: null })), ...Array.from({ length: met }, () => ({ metAt: decidedAt }))],
});

describe("the agenda's last decision", () => {
  it('gives the day in Hebrew words, in Israel, never as an ISO date', () => {
    const text = lastDecision({ decisions: [decision('2025-11-02T23:30:00.000Z', 0, 1)] });
    expect(text).toBe('אושר בתנאים (3 בנובמבר 2025)');
    expect(text).not.toMatch(/\d{4}-\d{2}/);
  });

  it('counts the open conditions as Hebrew counts them', () => {
    expect(lastDecision({ decisions: [decision('2025-06-01T10:00:00Z', 1)] })).toBe('אושר בתנאים (1 ביוני 2025) — תנאי פתוח אחד');
    expect(lastDecision({ decisions: [decision('2025-06-01T10:00:00Z', 2)] })).toMatch(/— שני תנאים פתוחים$/);
    expect(lastDecision({ decisions: [decision('2025-06-01T10:00:00Z', 3)] })).toMatch(/— 3 תנאים פתוחים$/);
    expect(lastDecision({ decisions: [] })).toBe('ממתין להחלטה');
  });
});
