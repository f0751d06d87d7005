import { isDecisionOutcome, serviceReview, serviceStates } from '@eshkol/engine/workflow/service-review';
import { decideSubmissionSchema } from '@eshkol/contracts/reviews';
import { describe, expect, it } from 'vitest';
import { allowedOutcomes, buildDecision, emptyDecisionForm, uncheckedItems, type DecisionFormState } from './decision-form';

const form = (changes: Partial<DecisionFormState>): DecisionFormState => ({ ...emptyDecisionForm(), ...changes });

describe('allowedOutcomes', () => {
  it.each(serviceStates)('matches what the engine lets the committee do from %s', (state) => {
    const engine = serviceReview.available(state).filter(isDecisionOutcome);
    expect([...allowedOutcomes(state)].sort()).toEqual([...engine].sort());
  });
});

describe('buildDecision', () => {
  it('asks for an outcome first', () => {
    expect(buildDecision(form({}))).toEqual({ ok: false, errors: { outcome: 'required' } });
  });

  it.each(['return', 'reject'] as const)('asks for reasons when the outcome is %s', (outcome) => {
    expect(buildDecision(form({ outcome, reasons: '  ' }))).toEqual({ ok: false, errors: { reasons: 'required' } });
  });

  it('asks for at least one condition of a conditional approval', () => {
    expect(buildDecision(form({ outcome: 'approve_with_conditions', conditions: ['', ' '] }))).toEqual({ ok: false, errors: { conditions: 'required' } });
    expect(buildDecision(form({ outcome: 'approve_with_conditions', conditions: ['x'] }))).toEqual({ ok: false, errors: { conditions: 'tooShort' } });
  });

  it('drops blank conditions and trims text', () => {
    const result = buildDecision(form({ outcome: 'approve_with_conditions', conditions: [' חוזה חתום ', '', 'דוח רבעוני'], reasons: ' ok ' }));
    expect(result).toMatchObject({ ok: true, body: { outcome: 'approve_with_conditions', conditions: ['חוזה חתום', 'דוח רבעוני'], reasons: 'ok' } });
  });

  it('sends no conditions with other outcomes', () => {
    const result = buildDecision(form({ outcome: 'approve', conditions: ['left over'] }));
    expect(result).toMatchObject({ ok: true, body: { conditions: [] } });
  });

  it.each([
    form({ outcome: 'approve' }),
    form({ outcome: 'approve_with_conditions', conditions: ['תנאי'] }),
    form({ outcome: 'return', reasons: 'חסר אישור מועצה' }),
    form({ outcome: 'reject', reasons: 'אין חיסכון' }),
  ])('builds a request the contract accepts (%#)', (state) => {
    const result = buildDecision(state);
    expect(result.ok).toBe(true);
    if (result.ok) expect(decideSubmissionSchema.safeParse(result.body).success).toBe(true);
  });
});

describe('uncheckedItems', () => {
  it('lists what is not checked', () => {
    const checklist = { ...emptyDecisionForm().checklist, feasibilityShown: true, withinBudget: true };
    expect(uncheckedItems(checklist)).toEqual(['allParticipantsApproved', 'coreServiceUnderRules']);
  });
});
