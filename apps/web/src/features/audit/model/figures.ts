import { roles } from '@eshkol/contracts/auth';
import { authorityTypes } from '@eshkol/contracts/authorities';
import { milestoneStates, progressReportStates } from '@eshkol/contracts/budget';
import { clusterStatusSchema, legalForms } from '@eshkol/contracts/clusters';
import { costSharingMethods } from '@eshkol/contracts/cost-sharing';
import { financialReportStates } from '@eshkol/contracts/financial-reports';
import { domains } from '@eshkol/contracts/participation';
import { bodyKinds, seatRoles } from '@eshkol/contracts/governance';
import { decisionOutcomes } from '@eshkol/contracts/reviews';
import { approvalBodies, participantStatuses, serviceKinds, serviceStates } from '@eshkol/contracts/services';
import { fundingSources, positionKinds, staffingRequestKinds, staffingRequestStates } from '@eshkol/contracts/staffing';
import { legalFormKinds, orderKinds } from '@eshkol/contracts/standing';
import { indicatorKinds, valueKinds, versionStates } from '@eshkol/contracts/measurement';
import { frequencies, parsePeriod } from '@eshkol/engine/measurement/periods';
import { gapDirections } from '@eshkol/engine/measurement/gaps';

/** How a study shares its cost: a model of the cost (`model.type`) or a facility used up to each level. */
export const costModelTypes = ['power', 'tiered', 'capacity', 'facility'] as const;

/** The programme's vocabularies an event's values come from; each word has its text in the locale files. */
const vocabularies = {
  role: roles,
  authorityType: authorityTypes,
  domain: domains,
  method: costSharingMethods,
  modelType: costModelTypes,
  serviceState: serviceStates,
  serviceKind: serviceKinds,
  participantStatus: participantStatuses,
  approvalBody: approvalBodies,
  milestoneState: milestoneStates,
  reportState: progressReportStates,
  legalForm: legalForms,
  clusterStatus: clusterStatusSchema.options,
  outcome: decisionOutcomes,
  bodyKind: bodyKinds,
  seatRole: seatRoles,
  positionKind: positionKinds,
  funding: fundingSources,
  staffingRequestKind: staffingRequestKinds,
  staffingRequestState: staffingRequestStates,
  financialReportState: financialReportStates,
  standingForm: legalFormKinds,
  orderKind: orderKinds,
  direction: gapDirections,
  frequency: frequencies,
  indicatorKind: indicatorKinds,
  valueKind: valueKinds,
  versionState: versionStates,
} as const;
export type Vocabulary = keyof typeof vocabularies;
export const vocabularyNames = Object.keys(vocabularies) as Vocabulary[];
export const wordsOf = (of: Vocabulary): readonly string[] => vocabularies[of];

/** A word of one of the programme's vocabularies, by what it names. */
export type Term = { [K in Vocabulary]: { of: K; value: (typeof vocabularies)[K][number] } }[Vocabulary];

/** Things an event counts, worded with their plural ("3 sources", "שני מקורות"). */
export const countNouns = ['authorities', 'items', 'sources', 'conditions'] as const;
export type CountNoun = (typeof countNouns)[number];

/**
 * A value of an audit event as a page words it: what a stored value is (money in agorot or in
 * shekels, a day, a source's partial date, an authority by id, a word of the programme's
 * vocabulary …), so that it is shown formatted and named, never as stored.
 */
export type Figure =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A year or an official code: digits as they are, never grouped (2021, not 2,021). */
  | { kind: 'digits'; value: number | string }
  | { kind: 'agorot'; value: number }
  | { kind: 'shekels'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'moment'; iso: string }
  | { kind: 'asOf'; value: string }
  /** A period an indicator is measured in: a year, a half (`2025-H1`), a quarter (`2025-Q3`) or a month. */
  | { kind: 'period'; frequency: 'year' | 'half' | 'quarter' | 'month'; year: number; index: number }
  | { kind: 'bytes'; value: number }
  | { kind: 'yesNo'; value: boolean }
  /** A district as the data names it (in Hebrew), worded in the page's language where it has words. */
  | { kind: 'district'; name: string }
  | { kind: 'count'; noun: CountNoun; count: number }
  | { kind: 'authority'; id: string }
  | { kind: 'cluster'; slug: string }
  /** A name the record keeps in both languages (a power of the list), read in the page's. */
  | { kind: 'named'; he: string | null; en: string | null }
  | { kind: 'service'; id: number }
  | { kind: 'term'; term: Term }
  | { kind: 'list'; items: Figure[] }
  /** What an event should name but does not hold (an older version's record): "unknown". */
  | { kind: 'none' };

export type Payload = Record<string, unknown>;
export const isRecord = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored record, read defensively: events keep what each version of the code wrote. */
export const rec = (v: unknown): Payload => (isRecord(v) ? v : {});

/** The value at a dotted path of a record (`input.model.type`), or undefined. */
export function at(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), o);
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A stored word as a term of its vocabulary, or as text when it is none of them (an older version's word). */
export function term(of: Vocabulary, value: unknown): Figure | null {
  if (typeof value !== 'string' || value === '') return null;
  return wordsOf(of).includes(value) ? { kind: 'term', term: { of, value } as Term } : { kind: 'text', text: value };
}

/** Figures from stored values, or null when the value is missing (so that nothing is shown for it). */
export const fig = {
  text: (v: unknown): Figure | null => (typeof v === 'string' && v.trim() !== '' ? { kind: 'text', text: v.trim() } : null),
  number: (v: unknown): Figure | null => (finite(v) ? { kind: 'number', value: v } : null),
  digits: (v: unknown): Figure | null => (finite(v) || (typeof v === 'string' && /^\d+$/.test(v)) ? { kind: 'digits', value: v } : null),
  agorot: (v: unknown): Figure | null => (finite(v) ? { kind: 'agorot', value: v } : null),
  shekels: (v: unknown): Figure | null => (finite(v) ? { kind: 'shekels', value: v } : null),
  date: (v: unknown): Figure | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? { kind: v.length > 10 ? 'moment' : 'date', iso: v } : null),
  asOf: (v: unknown): Figure | null => (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) ? { kind: 'asOf', value: v } : null),
  period: (v: unknown): Figure | null => {
    const p = typeof v === 'string' ? parsePeriod(v) : null;
    return p ? { kind: 'period', frequency: p.frequency, year: p.year, index: p.index } : null;
  },
  bytes: (v: unknown): Figure | null => (finite(v) ? { kind: 'bytes', value: v } : null),
  yesNo: (v: unknown): Figure | null => (typeof v === 'boolean' ? { kind: 'yesNo', value: v } : null),
  district: (v: unknown): Figure | null => (typeof v === 'string' && v !== '' ? { kind: 'district', name: v } : null),
  /** How many (of a list, or a number); none is no figure, so that nothing is shown for it. */
  count: (noun: CountNoun, v: unknown): Figure | null => {
    const count = Array.isArray(v) ? v.length : finite(v) ? v : 0;
    return count > 0 ? { kind: 'count', noun, count } : null;
  },
  authority: (v: unknown): Figure | null => (typeof v === 'string' && v !== '' ? { kind: 'authority', id: v } : null),
  cluster: (v: unknown): Figure | null => (typeof v === 'string' && v !== '' ? { kind: 'cluster', slug: v } : null),
  named: (he: unknown, en: unknown): Figure | null => {
    const [h, e] = [typeof he === 'string' && he !== '' ? he : null, typeof en === 'string' && en !== '' ? en : null];
    return h === null && e === null ? null : { kind: 'named', he: h, en: e };
  },
  service: (v: unknown): Figure | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? { kind: 'service', id: v } : null),
  /** A list of values, each read by `item`; null when it is not a list. */
  list: (v: unknown, item: (x: unknown) => Figure | null): Figure | null =>
    Array.isArray(v) ? { kind: 'list', items: v.map(item).filter((f): f is Figure => f !== null) } : null,
};
