import { roles, type Role } from '@eshkol/contracts/auth';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access';
import { budgetReadScope, canManageBudget, canManageMilestones } from './budget.policy';

const actor = (role: Role): Actor => ({ userId: `u-${role}`, email: `${role}@x`, role, clusterSlug: role === 'cluster_staff' ? 'own' : null, authorityId: role === 'authority_rep' ? 'loc-1' : null });

const readScope: Record<Role, ReturnType<typeof budgetReadScope>> = {
  ministry: { all: true },
  finance: { all: true },
  committee: { all: true },
  regulator: { all: true },
  measurement: null,
  cluster_staff: { all: false, clusterSlug: 'own' },
  authority_rep: null,
};

describe('who manages and reads the incentive budget', () => {
  it.each(roles)('%s', (role) => {
    const a = actor(role);
    expect(budgetReadScope(a)).toEqual(readScope[role]);
    expect(canManageBudget(a)).toBe(role === 'ministry');
    expect(canManageMilestones(a, 'own')).toBe(role === 'cluster_staff');
    expect(canManageMilestones(a, 'other')).toBe(false);
  });
  it('gives nothing to the anonymous', () => {
    expect(budgetReadScope(null)).toBeNull();
    expect(canManageBudget(null)).toBe(false);
  });
});
