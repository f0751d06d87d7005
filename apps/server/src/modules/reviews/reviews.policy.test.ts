import { roles, type Role } from '@eshkol/contracts/auth';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access';
import { canDecide, canMarkConditionMet, canReadSubmissions, canSubmit, submissionListScope, submitsServices } from './reviews.policy';

const actor = (role: Role, scope: Partial<Actor> = {}): Actor => ({ userId: `u-${role}`, email: `${role}@x`, role, clusterSlug: null, authorityId: null, ...scope });
const staff = actor('cluster_staff', { clusterSlug: 'own' });
const staffOther = actor('cluster_staff', { clusterSlug: 'other' });
const rep = actor('authority_rep', { authorityId: 'loc-1' });
const repOther = actor('authority_rep', { authorityId: 'loc-9' });

describe('who submits, reads and records conditions', () => {
  it.each(roles)('%s: submitting, deciding and marking conditions met', (role) => {
    const a = actor(role, { clusterSlug: 'own' });
    expect(submitsServices(role)).toBe(role === 'cluster_staff');
    expect(canSubmit(a, 'own')).toBe(role === 'cluster_staff');
    expect(canDecide(a)).toBe(role === 'committee');
    expect(canMarkConditionMet(a)).toBe(role === 'committee' || role === 'ministry');
  });

  it.each<[string, Actor | null, boolean]>([
    ['anonymous', null, false],
    ['ministry', actor('ministry'), true],
    ['finance', actor('finance'), true],
    ['committee', actor('committee'), true],
    ['regulator', actor('regulator'), true],
    ['measurement', actor('measurement'), false],
    ["the cluster's staff", staff, true],
    ["another cluster's staff", staffOther, false],
    ['a representative of an authority that joined', rep, true],
    ['a representative of another authority', repOther, false],
  ])('reading a service’s submissions: %s', (_name, a, expected) => {
    expect(canReadSubmissions(a, 'own', ['loc-1', 'loc-2'])).toBe(expected);
  });

  it.each<[string, Actor | null, string | undefined, ReturnType<typeof submissionListScope>]>([
    ['anonymous', null, undefined, { ok: false }],
    ['the committee, every cluster', actor('committee'), undefined, { ok: true, cluster: undefined }],
    ['the ministry, one cluster', actor('ministry'), 'other', { ok: true, cluster: 'other' }],
    ['staff, no filter', staff, undefined, { ok: true, cluster: 'own' }],
    ['staff, their own', staff, 'own', { ok: true, cluster: 'own' }],
    ['staff, another cluster', staff, 'other', { ok: false }],
    ['a representative', rep, undefined, { ok: false }],
    ['measurement', actor('measurement'), undefined, { ok: false }],
  ])('the list across clusters: %s', (_name, a, cluster, expected) => {
    expect(submissionListScope(a, cluster)).toEqual(expected);
  });
});
