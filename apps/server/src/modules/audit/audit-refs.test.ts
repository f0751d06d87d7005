import type { AuditEvent } from '@eshkol/contracts/audit';
import { describe, expect, it } from 'vitest';
import { auditRefs } from './audit-refs';

const event = (e: Partial<AuditEvent> & Pick<AuditEvent, 'action' | 'entityType' | 'entityId'>): AuditEvent => ({
  id: 1,
  at: '2025-01-01T00:00:00.000Z',
  actorEmail: 'ministry@demo.local',
  before: null,
  after: null,
  owner: null,
  serviceId: null,
  ...e,
});

describe('what a page of events names by id', () => {
  it('reads entity ids, owners and the keys of any record, nested or listed', () => {
    const refs = auditRefs([
      event({ action: 'membership.leave', entityType: 'membership', entityId: 'loc-1@galil-maaravi' }),
      event({ action: 'service_participation.join', entityType: 'service_participation', entityId: '12:loc-2', serviceId: 12 }),
      event({ action: 'feasibility_study.save', entityType: 'feasibility_study', entityId: '13:2', after: { input: { baseline: [{ authorityId: 'loc-3' }, { authorityId: 'rc-4' }] } } }),
      event({ action: 'service.create', entityType: 'service', entityId: '14', after: { invited: ['loc-5'] } }),
      event({ action: 'participation.set_domains', entityType: 'participation', entityId: 'loc-6', after: { cluster: 'negev-maaravi', domains: [] } }),
      event({ action: 'ledger.allocate', entityType: 'ledger', entityId: '7', after: { clusterSlug: 'beit-hakerem', serviceId: null } }),
    ]);
    expect([...refs.authorities].sort()).toEqual(['loc-1', 'loc-2', 'loc-3', 'loc-5', 'loc-6', 'rc-4']);
    expect([...refs.clusters].sort()).toEqual(['beit-hakerem', 'galil-maaravi', 'negev-maaravi']);
    expect([...refs.services].sort()).toEqual([12, 13, 14]);
  });

  it('ignores ids no row can have', () => {
    const refs = auditRefs([event({ action: 'service.update', entityType: 'service', entityId: 'x' }), event({ action: 'submission.create', entityType: 'submission', entityId: '1', after: { serviceId: 1e12 } })]);
    expect([...refs.services]).toEqual([]);
  });
});
