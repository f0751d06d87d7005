import type { AuditEntityType, AuditEvent } from '@eshkol/contracts/audit';
import { at, fig, isRecord, rec, term, type Figure, type Payload, type Vocabulary } from './figures';

/** A field's figure; null when it is empty, undefined when the record does not hold it at all. */
type Reader = (o: Payload) => Figure | null | undefined;

/** The value at a path of the stored record, read as one kind of figure. */
const read =
  (path: string, as: (v: unknown) => Figure | null): Reader =>
  (o) => {
    const v = at(o, path);
    return v === undefined ? undefined : as(v);
  };
const word = (path: string, of: Vocabulary): Reader => read(path, (v) => term(of, v));
const texts = (path: string): Reader => read(path, (v) => fig.list(v, fig.text));

/**
 * What each kind of record shows of itself, by label, in the order a reader wants it: the values a
 * person reads, each as the figure it is. Ids, hashes, timestamps of the row and technical
 * provenance (a source's file path) are left out; the event's sentence names what it is about.
 */
const fields = {
  authority: {
    nameHe: read('nameHe', fig.text),
    nameEn: read('nameEn', fig.text),
    authorityType: word('type', 'authorityType'),
    district: read('district', fig.district),
    population: read('population', fig.number),
    populationYear: read('populationYear', fig.digits),
    socioEconomicCluster: read('socioEconomicCluster', fig.number),
    socioEconomicYear: read('socioEconomicYear', fig.digits),
    peripheralityCluster: read('peripheralityCluster', fig.number),
    peripheralityYear: read('peripheralityYear', fig.digits),
    areaKm2: read('areaKm2', fig.number),
    cbsCode: read('cbsCode', fig.digits),
    moiCode: read('moiCode', fig.digits),
  },
  cluster: {
    nameHe: read('nameHe', fig.text),
    nameEn: read('nameEn', fig.text),
    nameAsOf: read('nameAsOf', fig.asOf),
    otherNames: texts('otherNames'),
    clusterStatus: word('status', 'clusterStatus'),
    legalForm: word('legalForm', 'legalForm'),
    foundedOn: read('foundedOn', fig.date),
  },
  membership: {
    joinedOn: read('joinedOn', fig.date),
    leftOn: read('leftOn', fig.date),
    current: read('current', fig.yesNo),
    ended: read('ended', fig.yesNo),
    asOf: (o) => (o.asOf === undefined && o.observedAsOf === undefined ? undefined : fig.asOf(o.asOf ?? o.observedAsOf)),
    sources: (o) => (o.observations === undefined && o.sources === undefined ? undefined : fig.count('sources', o.observations ?? o.sources)),
    note: read('note', fig.text),
  },
  participation: {
    domains: read('domains', (v) => fig.list(v, (d) => term('domain', d))),
  },
  import: {
    rows: read('rows', fig.number),
    created: read('created', fig.number),
    updated: read('updated', fig.number),
    unchanged: read('unchanged', fig.number),
  },
  user: {
    displayName: read('displayName', fig.text),
    email: read('email', fig.text),
    role: word('role', 'role'),
    authority: read('authorityId', fig.authority),
    cluster: read('clusterSlug', fig.cluster),
    isDemo: read('isDemo', fig.yesNo),
  },
  service: {
    nameHe: read('nameHe', fig.text),
    nameEn: read('nameEn', fig.text),
    description: read('description', fig.text),
    serviceKind: word('kind', 'serviceKind'),
    domain: word('domain', 'domain'),
    serviceState: word('state', 'serviceState'),
    funders: texts('funders'),
    invited: read('invited', (v) => fig.list(v, fig.authority)),
  },
  service_participation: {
    participantStatus: word('status', 'participantStatus'),
    since: read('since', fig.date),
    leftOn: read('leftOn', fig.date),
    approvalBody: word('approvalBody', 'approvalBody'),
    approvalDecidedOn: read('approvalDecidedOn', fig.date),
    approvalResolution: read('approvalResolution', fig.text),
    note: read('note', fig.text),
  },
  document: {
    fileName: read('fileName', fig.text),
    sizeBytes: read('sizeBytes', fig.bytes),
    authority: read('authorityId', fig.authority),
    cluster: read('clusterSlug', fig.cluster),
  },
  feasibility_study: {
    version: read('version', fig.number),
    proposedMethod: (o) => read('proposedMethod', (v) => term('method', v))(o) ?? word('input.proposedMethod', 'method')(o),
    methods: read('input.methods', (v) => fig.list(v, (m) => term('method', m))),
    modelType: (o) => (isRecord(at(o, 'input.facility')) ? term('modelType', 'facility') : word('input.model.type', 'modelType')(o)),
    participants: read('input.baseline', (v) => fig.count('authorities', v)),
    requestedGrant: read('input.requestedGrant', fig.shekels),
    total: read('total', fig.shekels),
    saving: read('saving', fig.shekels),
    notes: read('input.notes', fig.text),
    submitted: read('submitted', fig.yesNo),
  },
  submission: {
    studyVersion: read('studyVersion', fig.number),
    requestedGrant: read('requestedGrantAgorot', fig.agorot),
    participants: read('participants', (v) => fig.count('authorities', v)),
    cover: read('cover', fig.text),
    pending: read('pending', fig.yesNo),
  },
  decision: {
    outcome: word('outcome', 'outcome'),
    grant: read('grantAgorot', fig.agorot),
    reasons: read('reasons', fig.text),
    conditions: read('conditions', (v) => fig.list(v, (c) => fig.text(rec(c).text))),
    feasibilityShown: read('checklist.feasibilityShown', fig.yesNo),
    allParticipantsApproved: read('checklist.allParticipantsApproved', fig.yesNo),
    withinBudget: read('checklist.withinBudget', fig.yesNo),
    coreServiceUnderRules: read('checklist.coreServiceUnderRules', fig.yesNo),
    remarks: read('checklist.remarks', fig.text),
    condition: read('text', fig.text),
    metAt: read('metAt', fig.date),
  },
  programme: {
    programmeName: read('nameHe', fig.text),
    programmeTotal: read('totalAgorot', fig.agorot),
    startsOn: read('startsOn', fig.date),
    endsOn: read('endsOn', fig.date),
  },
  ledger: {
    amount: read('amountAgorot', fig.agorot),
    cluster: read('clusterSlug', fig.cluster),
    service: read('serviceId', fig.service),
    note: read('note', fig.text),
  },
  milestone: {
    title: read('title', fig.text),
    deliverable: read('deliverable', fig.text),
    plannedOn: read('plannedOn', fig.date),
    amount: read('amountAgorot', fig.agorot),
    milestoneState: word('state', 'milestoneState'),
    doneAt: read('doneAt', fig.date),
    paidAt: read('paidAt', fig.date),
  },
  body: {
    nameHe: read('nameHe', fig.text),
    nameEn: read('nameEn', fig.text),
    bodyKind: word('kind', 'bodyKind'),
    domain: word('domain', 'domain'),
    cluster: read('clusterSlug', fig.cluster),
    rulesFrom: (o) => read('validFrom', fig.date)(o) ?? read('rules.validFrom', fig.date)(o),
    note: read('note', fig.text),
  },
  seat: {
    personName: read('personName', fig.text),
    seatTitle: read('title', fig.text),
    seatRole: word('role', 'seatRole'),
    authority: read('authorityId', fig.authority),
    organisation: read('organisation', fig.text),
    email: read('email', fig.text),
    termFrom: read('fromOn', fig.date),
    termTo: read('toOn', fig.date),
  },
  meeting: {
    startsAt: read('startsAt', fig.date),
    place: read('place', fig.text),
    isPublic: read('isPublic', fig.yesNo),
    personName: read('personName', fig.text),
    alternateName: read('alternateName', fig.text),
  },
  agenda_item: {
    title: read('title', fig.text),
    presenter: read('presenter', fig.text),
  },
  body_decision: {
    decisionText: read('text', fig.text),
    owner: read('owner', fig.text),
    ownerAuthority: read('ownerAuthorityId', fig.authority),
    dueOn: read('dueOn', fig.date),
    note: read('note', fig.text),
  },
  compliance_rules: {
    rulesFrom: read('validFrom', fig.date),
    boardMeetingsPerYear: read('boardMeetingsPerYear', fig.number),
    steeringMeetingsPerYear: read('steeringMeetingsPerYear', fig.number),
    dueSoonDays: read('dueSoonDays', fig.number),
    financialReportDueMonth: read('financialReportDueMonth', fig.number),
    financialReportDueDay: read('financialReportDueDay', fig.number),
    note: read('note', fig.text),
  },
  compliance_feed: {
    cluster: read('clusterSlug', fig.cluster),
  },
  progress_report: {
    narrative: read('narrative', fig.text),
    spent: read('spentAgorot', fig.agorot),
    reportState: word('state', 'reportState'),
    reviewRemarks: read('remarks', fig.text),
  },
  staffing_request: {
    requestKind: word('requestKind', 'staffingRequestKind'),
    positionKind: word('positionKind', 'positionKind'),
    positionTitle: read('positionTitle', fig.text),
    personName: read('personName', fig.text),
    fromDay: read('fromDay', fig.date),
    scopePercent: read('scopePercent', fig.number),
    funding: word('funding', 'funding'),
    monthlyGross: read('grossAgorot', fig.agorot),
    requestState: word('state', 'staffingRequestState'),
    regulatorRemarks: read('remarks', fig.text),
    positionApprovedOn: read('approvedOn', fig.date),
  },
  financial_report: {
    fiscalYear: read('fiscalYear', fig.digits),
    version: read('version', fig.number),
    statements: read('statementsFileName', fig.text),
    revenueMemberFees: read('figures.revenue.memberFees', fig.agorot),
    revenueMinistryGrants: read('figures.revenue.ministryGrants', fig.agorot),
    revenueOtherGovernment: read('figures.revenue.otherGovernment', fig.agorot),
    revenueDonors: read('figures.revenue.donors', fig.agorot),
    revenueOwnIncome: read('figures.revenue.ownIncome', fig.agorot),
    totalRevenue: read('totals.revenue', fig.agorot),
    expenseStaff: read('figures.expenses.staff', fig.agorot),
    expenseServicesBought: read('figures.expenses.servicesBought', fig.agorot),
    expenseOverheads: read('figures.expenses.overheads', fig.agorot),
    totalExpenses: read('totals.expenses', fig.agorot),
    yearSurplus: read('figures.surplus', fig.agorot),
    accumulatedBalance: read('figures.accumulatedBalance', fig.agorot),
    financialReportState: word('state', 'financialReportState'),
    regulatorRemarks: read('remarks', fig.text),
  },
  staffing_person: {
    personName: read('personName', fig.text),
    lastDay: read('untilDay', fig.date),
  },
  legal_form: {
    legalForm: word('form', 'standingForm'),
    formFrom: read('fromOn', fig.asOf),
    formUntil: read('untilOn', fig.asOf),
    source: read('source', fig.text),
    note: read('note', fig.text),
  },
  cluster_order: {
    orderKind: word('kind', 'orderKind'),
    draftOrder: read('draft', fig.yesNo),
    orderTitle: read('title', fig.text),
    orderDate: read('datedOn', fig.asOf),
    publication: read('publication', fig.text),
    orderEffect: read('effect', fig.text),
    source: read('sourceUrl', fig.text),
  },
  power: {
    nameHe: read('nameHe', fig.text),
    nameEn: read('nameEn', fig.text),
    retiredOn: read('retiredOn', fig.date),
  },
  delegation: {
    power: (o) => (o.powerNameHe === undefined && o.powerNameEn === undefined ? undefined : fig.named(o.powerNameHe, o.powerNameEn)),
    authority: read('authorityId', fig.authority),
    delegatedFrom: read('fromDay', fig.date),
    delegatedUntil: read('untilDay', fig.date),
    decidedOn: read('decidedOn', fig.date),
    decisionNumber: read('decisionNumber', fig.text),
  },
  indicator: {
    nameHe: read('nameHe', fig.text),
    nameEn: read('nameEn', fig.text),
    unit: read('unitHe', fig.text),
    unitEn: read('unitEn', fig.text),
    description: read('description', fig.text),
    direction: word('direction', 'direction'),
    frequency: word('frequency', 'frequency'),
    indicatorKind: word('kind', 'indicatorKind'),
    domain: word('domain', 'domain'),
    service: read('serviceId', fig.service),
    owner: read('owner', fig.text),
    isPublic: read('public', fig.yesNo),
    minValue: read('minValue', fig.number),
    maxValue: read('maxValue', fig.number),
    fromPeriod: read('fromPeriod', fig.period),
    dueDays: read('dueDays', fig.number),
  },
  measurement_value: {
    indicatorName: read('indicatorName', fig.text),
    authority: read('authorityId', fig.authority),
    valueKind: word('kind', 'valueKind'),
    period: read('period', fig.period),
    version: read('version', fig.number),
    value: read('value', fig.number),
    comment: read('comment', fig.text),
    versionState: word('state', 'versionState'),
    approvedValue: read('approvedValue', fig.number),
    partnerRemark: read('remark', fig.text),
  },
  measurement_import: {
    rows: read('rows', fig.number),
    created: read('created', fig.number),
    updated: read('updated', fig.number),
    unchanged: read('unchanged', fig.number),
  },
  minutes: {},
  cluster_governance: {
    boardApprovalRequired: read('boardApprovalRequired', fig.yesNo),
  },
} satisfies Record<AuditEntityType, Record<string, Reader>>;

type Fields = typeof fields;
/** A field's label, under `audit:fields.<label>`. */
export type FieldLabel = { [E in keyof Fields]: keyof Fields[E] }[keyof Fields];
export const fieldLabels = [...new Set(Object.values(fields).flatMap((f) => Object.keys(f)))] as FieldLabel[];

/** A value that changed (or, for a record that was created, was set): before and after as figures. */
export type Change = { label: FieldLabel; before: Figure | null; after: Figure | null };

const isEntityType = (type: string): type is AuditEntityType => type in fields;
const same = (a: Figure | null, b: Figure | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an event changed, as a reader reads it: each field the record shows, with its value before
 * and after, when they differ; a created record lists what it was created with. A field the
 * record does not show (an id, a hash, a file path) is never listed.
 */
export function changesOf(e: Pick<AuditEvent, 'entityType' | 'before' | 'after'>): Change[] {
  if (!isEntityType(e.entityType)) return [];
  const readers: Record<string, Reader> = fields[e.entityType];
  const before = rec(e.before);
  const after = rec(e.after);
  return Object.entries(readers).flatMap(([label, readOf]) => {
    const a = isRecord(e.after) ? readOf(after) : null;
    // A field the record after the change does not hold was not recorded, not emptied.
    if (a === undefined) return [];
    const b = (isRecord(e.before) ? readOf(before) : null) ?? null;
    return (a === null && b === null) || same(a, b) ? [] : [{ label: label as FieldLabel, before: b, after: a }];
  });
}
