import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/platform/access';
import { nextStatus } from '../src/modules/services/participation-rules';
import { toServiceView } from '../src/modules/services/service-view';
import { canDecideParticipation, canManageServices, canReadServiceDetails, serviceActions, type ServiceScope } from '../src/modules/services/services.policy';
import type { EventRow, ParticipantRow } from '../src/modules/services/services.reader';
import type { ServiceRow } from '../src/modules/services/services.repo';

/** The rules of shared services, without a server: who may do what, what each sees, how an answer moves. */

const actor = (role: Actor['role'], scope: { clusterSlug?: string; authorityId?: string } = {}): Actor => ({
  userId: `u-${role}`,
  email: `${role}@x`,
  role,
  clusterSlug: scope.clusterSlug ?? null,
  authorityId: scope.authorityId ?? null,
});

describe('service policies (truth tables)', () => {
  const scope: ServiceScope = { clusterSlug: 'c1', state: 'planning', participants: [{ authorityId: 'loc-1', status: 'invited' }] };
  const who = {
    anonymous: null,
    ministry: actor('ministry'),
    finance: actor('finance'),
    committee: actor('committee'),
    regulator: actor('regulator'),
    measurement: actor('measurement'),
    staffOwn: actor('cluster_staff', { clusterSlug: 'c1' }),
    staffOther: actor('cluster_staff', { clusterSlug: 'c2' }),
    repInvited: actor('authority_rep', { authorityId: 'loc-1' }),
    repOther: actor('authority_rep', { authorityId: 'loc-2' }),
  };
  it.each([
    ['anonymous', false, false, false],
    ['ministry', false, true, false],
    ['finance', false, true, false],
    ['committee', false, true, false],
    ['regulator', false, true, false],
    ['measurement', false, true, false],
    ['staffOwn', true, true, false],
    ['staffOther', false, false, false],
    ['repInvited', false, true, true],
    ['repOther', false, false, false],
  ] as const)('%s: manage %s, read details %s, answer for loc-1 %s', (name, manage, read, answer) => {
    const a = who[name];
    expect(canManageServices(a, 'c1')).toBe(manage);
    expect(canReadServiceDetails(a, scope)).toBe(read);
    expect(canDecideParticipation(a, 'loc-1')).toBe(answer);
  });

  it.each([
    ['staffOwn', 'planning', ['edit', 'invite', 'save_study', 'submit', 'read_milestones']],
    ['staffOwn', 'returned', ['edit', 'invite', 'save_study', 'submit', 'read_milestones']],
    ['staffOwn', 'submitted', ['read_milestones']],
    ['staffOther', 'planning', []],
    ['committee', 'planning', ['read_milestones']],
    ['committee', 'submitted', ['approve', 'approve_with_conditions', 'return', 'reject', 'read_milestones']],
    ['repInvited', 'planning', ['join', 'decline']],
    ['repInvited', 'approved', []],
    ['repOther', 'planning', []],
    ['ministry', 'submitted', ['read_milestones']],
    ['measurement', 'approved', []],
    ['anonymous', 'planning', []],
  ] as const)('actions of %s in %s', (name, state, expected) => {
    expect(serviceActions(who[name], { ...scope, state })).toEqual(expected);
  });

  it.each([
    ['invited', 'join', 'joined'],
    ['invited', 'decline', 'declined'],
    ['invited', 'leave', null],
    ['joined', 'join', null],
    ['joined', 'decline', null],
    ['joined', 'leave', 'left'],
    ['declined', 'join', 'joined'],
    ['declined', 'decline', null],
    ['declined', 'leave', null],
    ['left', 'join', 'joined'],
    ['left', 'decline', null],
    ['left', 'leave', null],
  ] as const)('%s + %s → %s', (from, decision, to) => expect(nextStatus(from, decision)).toBe(to));
});

describe('the service view', () => {
  const service = { id: 7, clusterSlug: 'c1', nameHe: 'שירות', nameEn: null, domain: 'transport', kind: 'core', funders: [], description: '', state: 'planning', createdBy: null, createdAt: new Date('2025-01-01T00:00:00Z') } as ServiceRow;
  const row = (authorityId: string, status: string, extra: Partial<ParticipantRow> = {}): ParticipantRow => ({
    serviceId: 7, authorityId, status, since: null, leftOn: null, approvalBody: null, approvalDecidedOn: null, approvalResolution: null, approvalDocumentId: null,
    updatedAt: new Date(), nameHe: authorityId, nameEn: null, documentName: null, ...extra,
  });
  const docId = '00000000-0000-4000-8000-000000000001';
  const participants = [
    row('loc-1', 'joined', { since: '2025-02-01', approvalBody: 'council', approvalDecidedOn: '2025-02-01', approvalResolution: '12/25', approvalDocumentId: docId, documentName: 'החלטה.pdf' }),
    row('loc-2', 'declined'),
    row('loc-3', 'invited'),
    row('loc-4', 'left', { since: '2025-01-01', leftOn: '2025-06-01' }),
  ];
  const events = [
    { id: 1, serviceId: 7, authorityId: 'loc-1', status: 'invited', approval: null, note: null, at: new Date('2025-01-01T00:00:00Z'), byUserId: 'u', byName: 'מנכ"ל' },
    { id: 2, serviceId: 7, authorityId: 'loc-1', status: 'joined', approval: { body: 'council', decidedOn: '2025-02-01', resolutionNumber: '12/25', documentId: docId }, note: null, at: new Date('2025-02-02T00:00:00Z'), byUserId: 'r', byName: 'ראש' },
  ] as EventRow[];
  const input = { service, participants, events, documentNames: new Map([[docId, 'החלטה.pdf']]), currentStudyVersion: 2, cluster: { slug: 'c1', nameHe: 'אשכול', nameEn: null } };

  it('in full, shows every invitation with its approval, document and history', () => {
    const v = toServiceView(input, { full: true, actions: ['edit'] });
    expect(v).toMatchObject({ detail: 'full', participantCount: 2 - 1, invitedCount: 4, currentStudyVersion: 2, actions: ['edit'] });
    expect(v.participants).toHaveLength(4);
    const one = v.participants.find((p) => p.authorityId === 'loc-1')!;
    expect(one.approval).toEqual({ body: 'council', decidedOn: '2025-02-01', resolutionNumber: '12/25', documentId: docId, documentName: 'החלטה.pdf' });
    expect(one.history.map((h) => [h.status, h.by, h.approval?.documentName ?? null])).toEqual([
      ['invited', 'מנכ"ל', null],
      ['joined', 'ראש', 'החלטה.pdf'],
    ]);
    expect(v.participants.find((p) => p.authorityId === 'loc-4')!.leftOn).toBe('2025-06-01');
  });

  it('in public, shows only who takes part and since when: no invitations, refusals, approvals, documents or history', () => {
    const v = toServiceView(input, { full: false, actions: [] });
    expect(v.detail).toBe('public');
    expect(v).toMatchObject({ participantCount: 1, invitedCount: 4 });
    expect(v.participants).toEqual([{ authorityId: 'loc-1', nameHe: 'loc-1', nameEn: null, status: 'joined', since: '2025-02-01', leftOn: null, approval: null, history: [] }]);
    expect(JSON.stringify(v)).not.toContain(docId);
    expect(JSON.stringify(v)).not.toContain('12/25');
  });
});

// ---------- over HTTP ----------
