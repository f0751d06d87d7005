import type { Checklist, DecideSubmission, DecisionOutcome } from '@eshkol/contracts/reviews';
import type { ServiceState } from '@eshkol/contracts/services';

/**
 * The outcomes the committee may choose from a service's state; mirrors the engine's review
 * machine (`@eshkol/engine/workflow/service-review`), which the server enforces.
 */
const outcomesFrom: Record<ServiceState, DecisionOutcome[]> = {
  planning: [],
  returned: [],
  rejected: [],
  submitted: ['approve', 'approve_with_conditions', 'return', 'reject'],
  approved_with_conditions: ['approve', 'reject'],
  approved: ['reject'],
};

export const allowedOutcomes = (state: ServiceState): DecisionOutcome[] => outcomesFrom[state];

export type ChecklistItem = Exclude<keyof Checklist, 'remarks'>;
export const checklistItems: ChecklistItem[] = ['feasibilityShown', 'allParticipantsApproved', 'withinBudget', 'coreServiceUnderRules'];

export type DecisionFormState = {
  outcome: DecisionOutcome | null;
  checklist: Checklist;
  reasons: string;
  conditions: string[];
};

export const emptyDecisionForm = (): DecisionFormState => ({
  outcome: null,
  checklist: { feasibilityShown: false, allParticipantsApproved: false, withinBudget: false, coreServiceUnderRules: false, remarks: '' },
  reasons: '',
  conditions: [''],
});

export type DecisionFormErrors = Partial<Record<'outcome' | 'reasons' | 'conditions', 'required' | 'tooShort'>>;

/** A request the API accepts, or the fields to fix first (as the contract's refinements ask). */
export function buildDecision(state: DecisionFormState): { ok: true; body: DecideSubmission } | { ok: false; errors: DecisionFormErrors } {
  const errors: DecisionFormErrors = {};
  const reasons = state.reasons.trim();
  const conditions = state.conditions.map((c) => c.trim()).filter((c) => c.length > 0);
  if (!state.outcome) errors.outcome = 'required';
  if ((state.outcome === 'return' || state.outcome === 'reject') && !reasons) errors.reasons = 'required';
  if (state.outcome === 'approve_with_conditions') {
    if (conditions.length === 0) errors.conditions = 'required';
    else if (conditions.some((c) => c.length < 2)) errors.conditions = 'tooShort';
  }
  if (!state.outcome || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      outcome: state.outcome,
      checklist: { ...state.checklist, remarks: state.checklist.remarks.trim() },
      reasons,
      conditions: state.outcome === 'approve_with_conditions' ? conditions : [],
    },
  };
}

/** Checklist items left unchecked: worth a second look before approving. */
export const uncheckedItems = (checklist: Checklist): ChecklistItem[] => checklistItems.filter((item) => !checklist[item]);

export const isApproval = (outcome: DecisionOutcome | null): boolean => outcome === 'approve' || outcome === 'approve_with_conditions';
