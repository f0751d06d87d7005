import { describe, expect, it } from 'vitest';
import type { TransitionCheck } from '../src/workflow/state-machine';
import { milestoneActions, milestoneFlow, milestoneStates, type MilestoneAction, type MilestoneState } from '../src/workflow/milestone';
import {
  decisionOutcomes,
  isDecisionOutcome,
  serviceActions,
  serviceReview,
  serviceStates,
  type ServiceAction,
  type ServiceState,
} from '../src/workflow/service-review';

/**
 * The whole table of a machine: one test for every state and action, where it leads or that it is
 * refused there (a cell not listed). Who may take an action is the server's policy, tested there.
 */
function everyCell<S extends string, A extends string>(
  machine: { check(state: S, action: A): TransitionCheck<S> },
  states: readonly S[],
  actions: readonly A[],
  leadsTo: Record<S, Partial<Record<A, S>>>,
) {
  for (const state of states) {
    for (const action of actions) {
      const expected = leadsTo[state][action] ?? 'action-not-allowed-in-state';
      it(`${state} × ${action} → ${expected}`, () => {
        const r = machine.check(state, action);
        expect(r.ok ? r.to : r.reason).toBe(expected);
      });
    }
  }
}

const leadsTo: Record<ServiceState, Partial<Record<ServiceAction, ServiceState>>> = {
  planning: { submit: 'submitted' },
  returned: { submit: 'submitted' },
  submitted: { approve: 'approved', approve_with_conditions: 'approved_with_conditions', return: 'returned', reject: 'rejected' },
  approved_with_conditions: { approve: 'approved', reject: 'rejected' },
  approved: { reject: 'rejected' },
  rejected: {},
};

describe('the service review state machine', () => {
  everyCell(serviceReview, serviceStates, serviceActions, leadsTo);

  it.each(serviceStates)('offers from %s exactly the actions that lead somewhere', (state) => {
    expect(serviceReview.available(state).sort()).toEqual(Object.keys(leadsTo[state]).sort());
  });

  it('offers the committee its decisions once submitted, and the staff a resubmission once returned', () => {
    expect(serviceReview.available('submitted').sort()).toEqual(['approve', 'approve_with_conditions', 'reject', 'return']);
    expect(serviceReview.available('returned')).toEqual(['submit']);
  });

  it('knows the decisions apart from the submission', () => {
    expect(serviceActions).toEqual(['submit', ...decisionOutcomes]);
    expect(serviceActions.filter(isDecisionOutcome)).toEqual(decisionOutcomes);
  });
});

const milestoneLeadsTo: Record<MilestoneState, Partial<Record<MilestoneAction, MilestoneState>>> = {
  planned: { mark_done: 'done' },
  done: { approve_payment: 'paid' },
  paid: {},
};

describe('the milestone flow', () => {
  everyCell(milestoneFlow, milestoneStates, milestoneActions, milestoneLeadsTo);

  it('is marked done, then paid, in that order', () => {
    expect(milestoneFlow.check('planned', 'mark_done')).toEqual({ ok: true, to: 'done' });
    expect(milestoneFlow.check('planned', 'approve_payment')).toEqual({ ok: false, reason: 'action-not-allowed-in-state' });
    expect(milestoneFlow.check('done', 'approve_payment')).toEqual({ ok: true, to: 'paid' });
    expect(milestoneFlow.check('paid', 'mark_done')).toEqual({ ok: false, reason: 'action-not-allowed-in-state' });
    expect(milestoneFlow.available('planned')).toEqual(['mark_done']);
    expect(milestoneFlow.available('paid')).toEqual([]);
  });
});
