import { describe, expect, it } from 'vitest';
import { roles, type Role, type User } from '@eshkol/contracts/auth';
import { canManageServices } from './permissions';

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
