import type { Domain } from '@eshkol/contracts/participation';
import type { Approval, Participant, ParticipantStatus, Service, ServiceKind, ServiceState, ServiceSummary } from '@eshkol/contracts/services';
import type { EventRow, ParticipantRow } from './services.reader';
import type { ServiceRow } from './services.repo';

/** An approval as kept in a participation event (the document by id; its name is looked up when shown). */
export type StoredApproval = Omit<Approval, 'documentName'>;

export function toSummary(s: ServiceRow, participants: readonly Pick<ParticipantRow, 'status'>[]): ServiceSummary {
  return {
    id: s.id,
    clusterSlug: s.clusterSlug,
    nameHe: s.nameHe,
    nameEn: s.nameEn,
    domain: s.domain as Domain,
    kind: s.kind as ServiceKind,
    state: s.state as ServiceState,
    participantCount: participants.filter((p) => p.status === 'joined').length,
    invitedCount: participants.length,
    createdAt: s.createdAt.toISOString(),
  };
}

function approvalOf(p: ParticipantRow): Approval | null {
  if (!p.approvalBody || !p.approvalDecidedOn || !p.approvalResolution) return null;
  return {
    body: p.approvalBody as Approval['body'],
    decidedOn: p.approvalDecidedOn,
    resolutionNumber: p.approvalResolution,
    documentId: p.approvalDocumentId,
    documentName: p.documentName,
  };
}

function historyOf(events: readonly EventRow[], authorityId: string, documentNames: ReadonlyMap<string, string>): Participant['history'] {
  return events
    .filter((e) => e.authorityId === authorityId)
    .map((e) => {
      const a = e.approval as StoredApproval | null;
      return {
        status: e.status as ParticipantStatus,
        at: e.at.toISOString(),
        by: e.byName,
        approval: a ? { ...a, documentName: a.documentId ? (documentNames.get(a.documentId) ?? null) : null } : null,
        note: e.note,
      };
    });
}

export type ServiceViewInput = {
  service: ServiceRow;
  participants: readonly ParticipantRow[];
  events: readonly EventRow[];
  documentNames: ReadonlyMap<string, string>;
  currentStudyVersion: number | null;
  /** The service's cluster, named (its slug alone when it has no row). */
  cluster: Service['cluster'];
};

/**
 * The service as the caller may see it. `full`: every invited authority with its approval and
 * history. `public`: the authorities that take part now and since when — open invitations,
 * refusals, approvals, documents and history are left out.
 */
export function toServiceView(input: ServiceViewInput, access: { full: boolean; actions: string[] }): Service {
  const { service, participants, events, documentNames } = input;
  const shown = access.full ? participants : participants.filter((p) => p.status === 'joined');
  return {
    ...toSummary(service, participants),
    cluster: input.cluster,
    funders: service.funders,
    description: service.description,
    detail: access.full ? 'full' : 'public',
    participants: shown.map((p) => ({
      authorityId: p.authorityId,
      nameHe: p.nameHe,
      nameEn: p.nameEn,
      status: p.status as ParticipantStatus,
      since: p.since,
      leftOn: access.full ? p.leftOn : null,
      approval: access.full ? approvalOf(p) : null,
      history: access.full ? historyOf(events, p.authorityId, documentNames) : [],
    })),
    currentStudyVersion: input.currentStudyVersion,
    actions: access.actions,
  };
}
