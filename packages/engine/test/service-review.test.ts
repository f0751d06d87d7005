import { describe, expect, it } from 'vitest';
import { milestoneFlow } from '../src/workflow/milestone';
import { serviceActions, serviceReview, serviceStates, type ServiceAction, type ServiceState } from '../src/workflow/service-review';

const roles = ['ministry', 'finance', 'committee', 'regulator', 'measurement', 'cluster_staff', 'authority_rep'] as const;

/**
 * The whole table: for every state and action, where it leads and who may take it. A cell not
 * listed is refused for everyone.
 */
const allowed: Record<ServiceState, Partial<Record<ServiceAction, { to: ServiceState; role: (typeof roles)[number] }>>> = {
  planning: { submit: { to: 'submitted', role: 'cluster_staff' } },
  returned: { submit: { to: 'submitted', role: 'cluster_staff' } },
  submitted: {
    approve: { to: 'approved', role: 'committee' },
    approve_with_conditions: { to: 'approved_with_conditions', role: 'committee' },
    return: { to: 'returned', role: 'committee' },
    reject: { to: 'rejected', role: 'committee' },
  },
  approved_with_conditions: { approve: { to: 'approved', role: 'committee' }, reject: { to: 'rejected', role: 'committee' } },
  approved: { reject: { to: 'rejected', role: 'committee' } },
  rejected: {},
};

describe('the service review state machine', () => {
  for (const state of serviceStates) {
    for (const action of serviceActions) {
      for (const role of roles) {
        const cell = allowed[state][action];
        const expected = !cell ? 'action-not-allowed-in-state' : cell.role === role ? cell.to : 'role-not-allowed';
        it(`${state} × ${action} × ${role} → ${expected}`, () => {
          const r = serviceReview.check(state, action, role);
          expect(r.ok ? r.to : r.reason).toBe(expected);
        });
      }
    }
  }

  it('offers each role exactly its buttons', () => {
    expect(serviceReview.available('submitted', 'committee').sort()).toEqual(['approve', 'approve_with_conditions', 'reject', 'return']);
    expect(serviceReview.available('submitted', 'cluster_staff')).toEqual([]);
    expect(serviceReview.available('returned', 'cluster_staff')).toEqual(['submit']);
  });
});

describe('the milestone flow', () => {
  it('is marked done by the cluster and paid by the ministry, in that order', () => {
    expect(milestoneFlow.check('planned', 'mark_done', 'cluster_staff')).toEqual({ ok: true, to: 'done' });
    expect(milestoneFlow.check('planned', 'approve_payment', 'ministry')).toEqual({ ok: false, reason: 'action-not-allowed-in-state' });
    expect(milestoneFlow.check('done', 'approve_payment', 'ministry')).toEqual({ ok: true, to: 'paid' });
    expect(milestoneFlow.check('done', 'approve_payment', 'cluster_staff')).toEqual({ ok: false, reason: 'role-not-allowed' });
    expect(milestoneFlow.check('paid', 'mark_done', 'cluster_staff')).toEqual({ ok: false, reason: 'action-not-allowed-in-state' });
  });
});
