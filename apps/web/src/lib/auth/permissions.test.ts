import { describe, expect, it } from 'vitest';
import { roles, type Role, type User } from '@eshkol/contracts/auth';
import {
  canDecide, canManageBudget, canManageMilestones, canManageServices, canMarkConditionsMet, canSeeBudget, canSeeCommittee,
} from './permissions';

const user = (role: Role, scope: Partial<User> = {}): User => ({
  id: 'u1',
  email: 'u@example.org',
  displayName: 'U',
  role,
  clusterSlug: role === 'cluster_staff' ? 'galil-mizrahi' : null,
  authorityId: role === 'authority_rep' ? 'loc-8000' : null,
  ...scope,
});

describe('canManageServices', () => {
  it("is the cluster's own staff only, whatever the role", () => {
    const allowed = roles.filter((r) => canManageServices(user(r), 'galil-mizrahi'));
    expect(allowed).toEqual(['cluster_staff']);
  });

  it("refuses another cluster's staff and anonymous visitors", () => {
    expect(canManageServices(user('cluster_staff', { clusterSlug: 'golan' }), 'galil-mizrahi')).toBe(false);
    expect(canManageServices(null, 'galil-mizrahi')).toBe(false);
  });
});

describe('review and budget permissions, as a truth table over every role', () => {
  const table: [string, (u: User | null) => boolean, Role[]][] = [
    ['canSeeCommittee', canSeeCommittee, ['ministry', 'finance', 'committee']],
    ['canDecide', canDecide, ['committee']],
    ['canMarkConditionsMet', canMarkConditionsMet, ['ministry', 'committee']],
    ['canSeeBudget', canSeeBudget, ['ministry', 'finance', 'committee', 'regulator', 'cluster_staff']],
    ['canManageBudget', canManageBudget, ['ministry']],
    ['canManageMilestones (own cluster)', (u) => canManageMilestones(u, 'galil-mizrahi'), ['cluster_staff']],
  ];

  it.each(table)('%s', (_name, rule, allowed) => {
    expect(roles.filter((r) => rule(user(r)))).toEqual(allowed);
    expect(rule(null)).toBe(false);
  });

  it("keeps another cluster's staff off a project's milestones", () => {
    expect(canManageMilestones(user('cluster_staff', { clusterSlug: 'golan' }), 'galil-mizrahi')).toBe(false);
  });
});
