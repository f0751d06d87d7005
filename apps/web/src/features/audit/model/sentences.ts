import type { AuditAction, AuditEvent } from '@eshkol/contracts/audit';
import { at, fig, rec, term, type Figure, type Payload } from './figures';

/** A sentence's figures by placeholder; a missing one reads as "unknown", never as an id. */
export type Params = Record<string, Figure>;

/** What a sentence adds after a colon ("4 authorities, proposed: the Shapley value"), under `audit:details.<key>`. */
export type DetailKey =
  | 'since'
  | 'leftOn'
  | 'notListed'
  | 'movedTo'
  | 'movedToAsOf'
  | 'asOf'
  | 'domains'
  | 'noDomains'
  | 'importRows'
  | 'importCreated'
  | 'importUpdated'
  | 'role'
  | 'invited'
  | 'invitedMore'
  | 'approval'
  | 'note'
  | 'forAuthority'
  | 'size'
  | 'authorities'
  | 'proposed'
  | 'saving'
  | 'studyVersion'
  | 'requestedGrant'
  | 'grant'
  | 'conditions'
  | 'reasons'
  | 'condition'
  | 'total'
  | 'period'
  | 'amount'
  | 'plannedOn'
  | 'ofCluster'
  | 'onBehalfOf'
  | 'termEnds'
  | 'meetingAt'
  | 'decisionText'
  | 'dueOn'
  | 'carriedOutBy'
  | 'version'
  | 'spent'
  | 'reportApproved'
  | 'boardMeetings'
  | 'steeringMeetings'
  | 'reportReturned'
  | 'alternate'
  | 'person'
  | 'monthlyGross'
  | 'scope'
  | 'staffingOutcome'
  | 'lastDay'
  | 'totalRevenue'
  | 'yearSurplus'
  | 'until'
  | 'source'
  | 'draftOrder'
  | 'councilDecision'
  | 'councilDecisionOn'
  | 'lastDayInForce'
  | 'valueKind'
  | 'measuredValue'
  | 'versionOutcome';
export type Detail = { key: DetailKey; params: Params; count?: number };

/** An event as one sentence, under `audit:sentences.<action>`, and its details. */
export type Sentence = { action: AuditAction; params: Params; details: Detail[] };

const none: Figure = { kind: 'none' };
const or = (f: Figure | null | undefined): Figure => f ?? none;

/** A detail when its figures are there (a missing date, amount or note adds nothing). */
function detail(key: DetailKey, params: Record<string, Figure | null>): Detail[] {
  const given = Object.entries(params);
  return given.every(([, f]) => f !== null) ? [{ key, params: Object.fromEntries(given) as Params }] : [];
}
function counted(key: DetailKey, v: unknown): Detail[] {
  const count = Array.isArray(v) ? v.length : typeof v === 'number' && Number.isInteger(v) ? v : null;
  return count === null || count === 0 ? [] : [{ key, params: {}, count }];
}

type Read = { e: AuditEvent; a: Payload; b: Payload; first: string; second: string };
type Build = (r: Read) => { params: Params; details?: Detail[] };

/** The service an event belongs to: its owner, a field of its record, or its own id. */
function serviceOf({ e, a, b, first }: Read): Figure {
  if (e.serviceId !== null) return or(fig.service(e.serviceId));
  const stored = fig.service(a.serviceId) ?? fig.service(b.serviceId);
  if (stored) return stored;
  return ['service', 'service_participation', 'feasibility_study'].includes(e.entityType) ? or(fig.service(Number(first))) : none;
}

const member = ({ first, second }: Read): Params => ({ authority: or(fig.authority(first)), cluster: or(fig.cluster(second)) });
const ofService = (r: Read): Params => ({ service: serviceOf(r) });
const answered = (r: Read): Params => ({ authority: or(fig.authority(r.second)), service: serviceOf(r) });
const imported: Build = ({ a }) => ({
  params: {},
  details: [...counted('importRows', a.rows), ...counted('importCreated', a.created), ...counted('importUpdated', a.updated)],
});
const moneyOf = (r: Read): Params => ({ amount: or(fig.agorot(r.a.amountAgorot)), ...ofService(r), cluster: or(fig.cluster(r.a.clusterSlug)) });
const noted = (a: Payload) => detail('note', { text: fig.text(a.note) });
const withReasons: Build = (r) => ({ params: ofService(r), details: detail('reasons', { text: fig.text(r.a.reasons) }) });
const seatOf = ({ a, b }: Read): Params => ({ holder: or(fig.text(a.personName) ?? fig.text(a.title) ?? fig.text(b.title)), body: or(fig.text(a.bodyName ?? b.bodyName)) });
const onBehalfOf = (a: Payload) => detail('onBehalfOf', { of: fig.authority(a.authorityId) ?? fig.text(a.organisation) });
const bodyOf = ({ a, b }: Read): Params => ({ body: or(fig.text(a.bodyName ?? b.bodyName)) });
const itemOf = (r: Read): Params => ({ item: or(fig.text(r.a.itemTitle ?? r.a.title ?? r.b.title)), ...bodyOf(r) });
const unitOf = (a: Payload): Figure => or(fig.authority(a.authorityId) ?? fig.text(a.organisation));
/** What a staffing request is about: its cluster, its kind, and the position by its title or kind. */
const staffingOf = ({ a }: Read): Params => ({
  cluster: or(fig.cluster(a.clusterSlug)),
  request: or(term('staffingRequestKind', a.requestKind)),
  position: or(fig.text(a.positionTitle) ?? term('positionKind', a.positionKind)),
});
const proposalOf = ({ a }: Read): Detail[] => [
  ...detail('version', { version: fig.number(a.version) }),
  ...detail('person', { name: fig.text(a.personName) }),
  ...detail('scope', { percent: fig.number(a.scopePercent) }),
  ...detail('monthlyGross', { amount: fig.agorot(a.grossAgorot) }),
];
/** What a financial report is: its cluster and its year. */
const financialReportOf = ({ a }: Read): Params => ({ cluster: or(fig.cluster(a.clusterSlug)), year: or(fig.digits(a.fiscalYear)) });
const financialVersion: Build = (r) => ({
  params: financialReportOf(r),
  details: [
    ...detail('version', { version: fig.number(r.a.version) }),
    ...detail('totalRevenue', { amount: fig.agorot(at(r.a, 'totals.revenue')) }),
    ...detail('yearSurplus', { amount: fig.agorot(at(r.a, 'figures.surplus')) }),
  ],
});
/** A legal form of a cluster, its period and source; a delegation of a power, its period and the council decision. */
const formOf = ({ a }: Read): Params => ({ cluster: or(fig.cluster(a.clusterSlug)), form: or(term('standingForm', a.form)) });
const formPeriod = ({ a }: Read): Detail[] => [...detail('since', { date: fig.asOf(a.fromOn) }), ...detail('until', { date: fig.asOf(a.untilOn) })];
const powerOf = (a: Payload): Figure => or(fig.named(a.powerNameHe, a.powerNameEn));
const delegationOf = ({ a }: Read): Params => ({ authority: or(fig.authority(a.authorityId)), power: powerOf(a), cluster: or(fig.cluster(a.clusterSlug)) });
const decisionOf = (a: Payload): Detail[] =>
  fig.text(a.decisionNumber) ? detail('councilDecision', { number: fig.text(a.decisionNumber), date: fig.date(a.decidedOn) }) : detail('councilDecisionOn', { date: fig.date(a.decidedOn) });
/** What a value is of: its authority, its period and its indicator. */
const valueOf = ({ a }: Read): Params => ({ authority: or(fig.authority(a.authorityId)), period: or(fig.period(a.period)), indicator: or(fig.text(a.indicatorName)) });
const measured = ({ a }: Read): Detail[] => [
  ...detail('valueKind', { kind: term('valueKind', a.kind) }),
  ...detail('measuredValue', { value: fig.number(a.value), unit: fig.text(a.unit) }),
  ...detail('version', { version: fig.number(a.version) }),
];
const milestoneOf = (r: Read): Params => ({ milestone: or(fig.text(r.a.title ?? r.b.title)), ...ofService(r) });

function endReason(a: Payload): Detail[] {
  const reason = rec(a.endReason);
  if (reason.kind === 'not_listed') return detail('notListed', { asOf: fig.asOf(reason.asOf) });
  if (reason.kind !== 'moved') return [];
  const cluster = fig.cluster(reason.clusterSlug);
  return reason.asOf ? detail('movedToAsOf', { cluster, asOf: fig.asOf(reason.asOf) }) : detail('movedTo', { cluster });
}

function domainsOf(a: Payload): Detail[] {
  const list = fig.list(a.domains, (d) => term('domain', d));
  if (list?.kind !== 'list') return [];
  return list.items.length === 0 ? [{ key: 'noDomains', params: {} }] : [{ key: 'domains', params: { domains: list } }];
}

const added = (before: unknown, after: unknown) => {
  const was = new Set(Array.isArray(before) ? before : []);
  return Array.isArray(after) ? after.filter((id) => !was.has(id)) : [];
};

/** Each action the server writes, as a sentence: the map's type makes a new action want its sentence. */
const builders: { [A in AuditAction]: Build } = {
  'authority.create': ({ first }) => ({ params: { authority: or(fig.authority(first)) } }),
  'authority.update': ({ first }) => ({ params: { authority: or(fig.authority(first)) } }),
  'cluster.create': ({ first }) => ({ params: { cluster: or(fig.cluster(first)) } }),
  'cluster.update': ({ first }) => ({ params: { cluster: or(fig.cluster(first)) } }),
  'membership.join': (r) => ({ params: member(r), details: detail('since', { date: fig.date(r.a.joinedOn) }) }),
  'membership.leave': (r) => ({ params: member(r), details: detail('leftOn', { date: fig.date(r.a.leftOn) }) }),
  'membership.end': (r) => ({ params: member(r), details: endReason(r.a) }),
  'membership.observe': (r) => ({ params: member(r), details: detail('asOf', { asOf: fig.asOf(r.a.asOf ?? at(r.a, 'observations.0.asOf')) }) }),
  'participation.set_domains': (r) => ({
    params: { authority: or(fig.authority(r.e.entityId)), cluster: or(fig.cluster(r.a.cluster)) },
    details: domainsOf(r.a),
  }),
  'import.authorities': imported,
  'import.clusters': imported,
  'user.create': ({ a }) => ({ params: { user: or(fig.text(a.displayName) ?? fig.text(a.email)) }, details: detail('role', { role: term('role', a.role) }) }),
  'service.create': (r) => ({ params: ofService(r), details: counted('invited', r.a.invited) }),
  'service.update': (r) => ({ params: ofService(r), details: counted('invitedMore', added(r.b.invited, r.a.invited)) }),
  'service.submit': (r) => ({ params: ofService(r) }),
  'service.decide': (r) => ({ params: { ...ofService(r), state: or(term('serviceState', r.a.state)) } }),
  'service_participation.join': (r) => ({
    params: answered(r),
    details: detail('approval', { body: term('approvalBody', r.a.approvalBody), date: fig.date(r.a.approvalDecidedOn) }),
  }),
  'service_participation.decline': (r) => ({ params: answered(r), details: noted(r.a) }),
  'service_participation.leave': (r) => ({ params: answered(r), details: [...detail('leftOn', { date: fig.date(r.a.leftOn) }), ...noted(r.a)] }),
  'document.upload': ({ a }) => ({
    params: { file: or(fig.text(a.fileName)) },
    details: [...detail('forAuthority', { authority: fig.authority(a.authorityId) }), ...detail('size', { size: fig.bytes(a.sizeBytes) })],
  }),
  'feasibility_study.save': (r) => ({
    params: { version: or(fig.number(r.a.version) ?? fig.number(Number(r.second))), ...ofService(r) },
    details: [
      ...counted('authorities', at(r.a, 'input.baseline')),
      ...detail('proposed', { method: term('method', r.a.proposedMethod ?? at(r.a, 'input.proposedMethod')) }),
      ...detail('saving', { amount: fig.shekels(r.a.saving) }),
    ],
  }),
  'feasibility_study.submit': (r) => ({ params: { version: or(fig.number(Number(r.second))), ...ofService(r) } }),
  'submission.create': (r) => ({
    params: ofService(r),
    details: [...detail('studyVersion', { version: fig.number(r.a.studyVersion) }), ...detail('requestedGrant', { amount: fig.agorot(r.a.requestedGrantAgorot) })],
  }),
  'submission.close': (r) => ({ params: ofService(r) }),
  'decision.approve': (r) => ({ params: ofService(r), details: detail('grant', { amount: fig.agorot(r.a.grantAgorot) }) }),
  'decision.approve_with_conditions': (r) => ({
    params: ofService(r),
    details: [...detail('grant', { amount: fig.agorot(r.a.grantAgorot) }), ...counted('conditions', r.a.conditions)],
  }),
  'decision.return': withReasons,
  'decision.reject': withReasons,
  'decision.condition_met': (r) => ({ params: ofService(r), details: detail('condition', { text: fig.text(r.a.text) }) }),
  'programme.create': ({ a }) => ({
    params: { programme: or(fig.text(a.nameHe)) },
    details: [...detail('total', { amount: fig.agorot(a.totalAgorot) }), ...detail('period', { from: fig.date(a.startsOn), to: fig.date(a.endsOn) })],
  }),
  'ledger.allocate': (r) => ({ params: moneyOf(r), details: noted(r.a) }),
  'ledger.withdraw': (r) => ({ params: moneyOf(r), details: noted(r.a) }),
  'ledger.commit': (r) => ({ params: moneyOf(r) }),
  'ledger.release': (r) => ({ params: moneyOf(r) }),
  'ledger.pay': (r) => ({ params: moneyOf(r), details: noted(r.a) }),
  'milestone.create': (r) => ({
    params: milestoneOf(r),
    details: [...detail('amount', { amount: fig.agorot(r.a.amountAgorot) }), ...detail('plannedOn', { date: fig.date(r.a.plannedOn) })],
  }),
  'milestone.done': (r) => ({ params: milestoneOf(r) }),
  'milestone.pay': (r) => ({ params: milestoneOf(r), details: detail('amount', { amount: fig.agorot(r.a.amountAgorot) }) }),
  'body.create': ({ a }) => ({ params: { body: or(fig.text(a.nameHe)) }, details: detail('ofCluster', { cluster: fig.cluster(a.clusterSlug) }) }),
  'body.update': ({ a }) => ({ params: { body: or(fig.text(a.nameHe)) } }),
  'body.set_rules': ({ a }) => ({ params: { body: or(fig.text(a.bodyName)) }, details: [...detail('since', { date: fig.date(a.validFrom) }), ...noted(a)] }),
  'seat.add': (r) => ({ params: seatOf(r), details: [...onBehalfOf(r.a), ...detail('since', { date: fig.date(r.a.fromOn) })] }),
  'seat.end': (r) => ({ params: seatOf(r), details: detail('termEnds', { date: fig.date(r.a.toOn) }) }),
  'seat.correct': (r) => ({ params: seatOf(r), details: onBehalfOf(r.a) }),
  'meeting.schedule': (r) => ({ params: bodyOf(r), details: detail('meetingAt', { when: fig.date(r.a.startsAt) }) }),
  'meeting.update': (r) => ({ params: bodyOf(r), details: detail('meetingAt', { when: fig.date(r.a.startsAt) }) }),
  'meeting.answer': (r) => ({ params: { ...bodyOf(r), unit: unitOf(r.a) }, details: detail('alternate', { name: fig.text(r.a.alternateName) }) }),
  'meeting.attend': (r) => ({ params: seatOf(r), details: onBehalfOf(r.a) }),
  'meeting.unattend': (r) => ({ params: { holder: or(fig.text(r.b.personName) ?? fig.text(r.b.title)), ...bodyOf(r) }, details: onBehalfOf(r.b) }),
  'meeting.close': (r) => ({ params: bodyOf(r) }),
  'agenda_item.add': (r) => ({ params: itemOf(r) }),
  'agenda_item.update': (r) => ({ params: itemOf(r) }),
  'agenda_item.vote': (r) => ({ params: itemOf(r) }),
  'agenda_item.forward': ({ a }) => ({ params: { item: or(fig.text(a.itemTitle)), from: or(fig.text(a.fromBody)), to: or(fig.text(a.toBody)) } }),
  'body_decision.record': (r) => ({
    params: { number: or(fig.text(r.a.number)), ...itemOf(r) },
    details: [
      ...detail('decisionText', { text: fig.text(r.a.text) }),
      ...detail('carriedOutBy', { authority: fig.authority(r.a.ownerAuthorityId) }),
      ...detail('dueOn', { date: fig.date(r.a.dueOn) }),
    ],
  }),
  'body_decision.follow_up': (r) => ({ params: { number: or(fig.text(r.a.number)), ...bodyOf(r) }, details: noted(r.a) }),
  'minutes.write': (r) => ({ params: bodyOf(r) }),
  'minutes.approve': (r) => ({ params: bodyOf(r) }),
  'cluster_governance.set': ({ a }) => ({ params: { cluster: or(fig.cluster(a.clusterSlug)) } }),
  'compliance_rules.set': ({ a }) => ({
    params: { date: or(fig.date(a.validFrom)) },
    details: [...detail('boardMeetings', { count: fig.number(a.boardMeetingsPerYear) }), ...detail('steeringMeetings', { count: fig.number(a.steeringMeetingsPerYear) }), ...noted(a)],
  }),
  'compliance_feed.create': ({ a }) => ({ params: { cluster: or(fig.cluster(a.clusterSlug)) } }),
  'compliance_feed.revoke': ({ a }) => ({ params: { cluster: or(fig.cluster(a.clusterSlug)) } }),
  'progress_report.submit': (r) => ({
    params: { milestone: or(fig.text(r.a.milestoneTitle)), ...ofService(r) },
    details: [...detail('version', { version: fig.number(r.a.version) }), ...detail('spent', { amount: fig.agorot(r.a.spentAgorot) })],
  }),
  'progress_report.review': (r) => ({
    params: { milestone: or(fig.text(r.a.milestoneTitle)), ...ofService(r) },
    details: [...detail(r.a.state === 'approved' ? 'reportApproved' : 'reportReturned', {}), ...detail('note', { text: fig.text(r.a.remarks) })],
  }),
  'staffing_request.submit': (r) => ({ params: staffingOf(r), details: proposalOf(r) }),
  'staffing_request.resubmit': (r) => ({ params: staffingOf(r), details: proposalOf(r) }),
  'staffing_request.review': (r) => ({
    params: staffingOf(r),
    details: [...detail('staffingOutcome', { outcome: term('staffingRequestState', r.a.state) }), ...detail('note', { text: fig.text(r.a.remarks) }), ...detail('since', { date: fig.date(r.a.approvedOn) })],
  }),
  'financial_report.submit': financialVersion,
  'financial_report.resubmit': financialVersion,
  'financial_report.import': financialVersion,
  'financial_report.review': (r) => ({
    params: financialReportOf(r),
    details: [...detail(r.a.state === 'accepted' ? 'reportApproved' : 'reportReturned', {}), ...detail('version', { version: fig.number(r.a.version) }), ...detail('note', { text: fig.text(r.a.remarks) })],
  }),
  'staffing_person.end': ({ a }) => ({ params: { person: or(fig.text(a.personName)), cluster: or(fig.cluster(a.clusterSlug)) }, details: detail('lastDay', { date: fig.date(a.untilDay) }) }),
  'legal_form.record': (r) => ({ params: formOf(r), details: [...formPeriod(r), ...detail('source', { text: fig.text(r.a.source) })] }),
  'legal_form.end': (r) => ({ params: formOf(r), details: detail('until', { date: fig.asOf(r.a.untilOn) }) }),
  'cluster_order.record': ({ a }) => ({
    params: { kind: or(term('orderKind', a.kind)), cluster: or(fig.cluster(a.clusterSlug)), title: or(fig.text(a.title)) },
    details: [...(a.draft === true ? detail('draftOrder', {}) : []), ...detail('asOf', { asOf: fig.asOf(a.datedOn) })],
  }),
  'power.add': ({ a }) => ({ params: { power: powerOf({ powerNameHe: a.nameHe, powerNameEn: a.nameEn }) } }),
  'power.rename': ({ a, b }) => ({ params: { before: powerOf({ powerNameHe: b.nameHe, powerNameEn: b.nameEn }), power: powerOf({ powerNameHe: a.nameHe, powerNameEn: a.nameEn }) } }),
  'power.retire': ({ a }) => ({ params: { power: powerOf({ powerNameHe: a.nameHe, powerNameEn: a.nameEn }) } }),
  'delegation.record': (r) => ({
    params: delegationOf(r),
    details: [...detail('since', { date: fig.date(r.a.fromDay) }), ...detail('until', { date: fig.date(r.a.untilDay) }), ...decisionOf(r.a)],
  }),
  'delegation.end': (r) => ({ params: delegationOf(r), details: detail('lastDayInForce', { date: fig.date(r.a.untilDay) }) }),
  'indicator.create': ({ a }) => ({ params: { indicator: or(fig.text(a.nameHe)) } }),
  'indicator.update': ({ a }) => ({ params: { indicator: or(fig.text(a.nameHe)) } }),
  'measurement_value.submit': (r) => ({ params: valueOf(r), details: [...measured(r), ...detail('note', { text: fig.text(r.a.comment) })] }),
  'measurement_value.review': (r) => ({
    params: valueOf(r),
    details: [...detail('versionOutcome', { outcome: term('versionState', r.a.state) }), ...measured(r), ...detail('note', { text: fig.text(r.a.remark) })],
  }),
  'measurement_import.run': imported,
};

/** The parts of an entity id: `loc-1@galil` (a membership), `12:loc-1` (an answer), `12:3` (a study's version). */
function partsOf(e: Pick<AuditEvent, 'entityType' | 'entityId'>): [string, string] {
  const [first = '', second = ''] = e.entityType === 'membership' ? e.entityId.split('@') : e.entityId.split(':');
  return [first, second];
}

/** An event as a sentence of the reader's language: what happened, to what, named, with its main figures. */
export function sentenceOf(e: AuditEvent): Sentence {
  const [first, second] = partsOf(e);
  const built = builders[e.action]({ e, a: rec(e.after), b: rec(e.before), first, second });
  return { action: e.action, params: built.params, details: built.details ?? [] };
}
