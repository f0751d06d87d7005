import type { AuditNames } from '@eshkol/contracts/audit';
import type { TFunction } from 'i18next';
import type { Format } from '../../../lib/formats';
import { pickName } from '../../../lib/names';
import type { Change } from './changes';
import type { Figure, Term } from './figures';
import type { Sentence } from './sentences';

/** What words an event: the page's translations, its Intl formats, its language and the names the log gave. */
export type AuditWords = { t: TFunction; format: Format; language: string; names: AuditNames };

/** A value from the data kept in its own writing direction inside a sentence of the other. */
const isolate = (text: string) => `\u2068${text}\u2069`;

function termText(term: Term, t: TFunction): string {
  switch (term.of) {
    case 'role':
      return t(`common:roles.${term.value}`);
    case 'authorityType':
      return t(`common:authorityType.${term.value}`);
    case 'domain':
      return t(`common:domains.${term.value}`);
    case 'clusterStatus':
      return t(`common:clusterStatus.${term.value}`);
    case 'method':
      return t(`cost-model:methods.${term.value}`);
    case 'modelType':
      return t(`cost-model:model.types.${term.value}`);
    case 'serviceState':
      return t(`audit:terms.serviceState.${term.value}`);
    case 'serviceKind':
      return t(`audit:terms.serviceKind.${term.value}`);
    case 'participantStatus':
      return t(`audit:terms.participantStatus.${term.value}`);
    case 'approvalBody':
      return t(`audit:terms.approvalBody.${term.value}`);
    case 'milestoneState':
      return t(`audit:terms.milestoneState.${term.value}`);
    case 'reportState':
      return t(`audit:terms.reportState.${term.value}`);
    case 'legalForm':
      return t(`audit:terms.legalForm.${term.value}`);
    case 'outcome':
      return t(`audit:terms.outcome.${term.value}`);
    case 'bodyKind':
      return t(`audit:terms.bodyKind.${term.value}`);
    case 'seatRole':
      return t(`audit:terms.seatRole.${term.value}`);
    case 'positionKind':
      return t(`audit:terms.positionKind.${term.value}`);
    case 'funding':
      return t(`audit:terms.funding.${term.value}`);
    case 'staffingRequestKind':
      return t(`audit:terms.staffingRequestKind.${term.value}`);
    case 'staffingRequestState':
      return t(`audit:terms.staffingRequestState.${term.value}`);
    case 'financialReportState':
      return t(`audit:terms.financialReportState.${term.value}`);
    case 'standingForm':
      return t(`audit:terms.standingForm.${term.value}`);
    case 'orderKind':
      return t(`audit:terms.orderKind.${term.value}`);
    case 'direction':
      return t(`audit:terms.direction.${term.value}`);
    case 'frequency':
      return t(`audit:terms.frequency.${term.value}`);
    case 'indicatorKind':
      return t(`audit:terms.indicatorKind.${term.value}`);
    case 'valueKind':
      return t(`audit:terms.valueKind.${term.value}`);
    case 'versionState':
      return t(`audit:terms.versionState.${term.value}`);
  }
}

function bytesText(bytes: number, format: Format): string {
  if (bytes < 1000) return format.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  const [unit, size] = bytes < 1_000_000 ? ['kilobyte', bytes / 1000] : ['megabyte', bytes / 1_000_000];
  return format.number(size, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

/** Shekels as the page shows money: whole shekels without decimals, others to the agora. */
const money = (shekels: number, format: Format) =>
  format.number(shekels, { style: 'currency', currency: 'ILS', minimumFractionDigits: 0, maximumFractionDigits: Number.isInteger(shekels) ? 0 : 2 });

/** A figure as the reader reads it: formatted through Intl, named through the log's names, worded through i18n. */
export function figureText(f: Figure, w: AuditWords): string {
  const { t, format, language, names } = w;
  switch (f.kind) {
    case 'text':
      return f.text;
    case 'number':
      return format.number(f.value, { maximumFractionDigits: 2 });
    case 'digits':
      return String(f.value);
    case 'agorot':
      return money(f.value / 100, format);
    case 'shekels':
      return money(Math.round(f.value), format);
    case 'date':
      return format.date(f.iso);
    case 'moment':
      return format.dateTime(f.iso);
    case 'asOf':
      return format.asOf(f.value);
    case 'period':
      // A year as its digits, a month as a source's month is worded; a half and a quarter by their number in the year.
      if (f.frequency === 'year') return String(f.year);
      if (f.frequency === 'month') return format.asOf(`${f.year}-${String(f.index).padStart(2, '0')}`);
      return t(`audit:periods.${f.frequency}`, { index: f.index, year: String(f.year) });
    case 'bytes':
      return bytesText(f.value, format);
    case 'yesNo':
      return f.value ? t('audit:yes') : t('audit:no');
    case 'district':
      return t(`districts.${f.name}`, { defaultValue: f.name });
    case 'count':
      return t(`audit:counts.${f.noun}`, { count: f.count });
    case 'authority': {
      const named = names.authorities[f.id];
      return (named && pickName(named, language)) ?? t('audit:unknownAuthority');
    }
    case 'cluster': {
      const named = names.clusters[f.slug];
      return (named && pickName(named, language)) ?? t('audit:unnamedCluster');
    }
    case 'named':
      return pickName({ nameHe: f.he, nameEn: f.en }, language) ?? format.unknown;
    case 'service': {
      const named = names.services[String(f.id)];
      return (named && pickName(named, language)) ?? t('audit:serviceNumber', { id: f.id });
    }
    case 'term':
      return termText(f.term, t);
    case 'list':
      return f.items.length === 0 ? t('common:common.none') : format.list(f.items.map((item) => figureText(item, w)));
    case 'none':
      return format.unknown;
  }
}

const paramsText = (params: Record<string, Figure>, w: AuditWords) =>
  Object.fromEntries(Object.entries(params).map(([k, f]) => [k, isolate(figureText(f, w))]));

/** An event's sentence with its details after a colon: "Version 2 of … saved: 4 authorities, proposed: the Shapley value". */
export function sentenceText(s: Sentence, w: AuditWords): string {
  const { t } = w;
  const sentence = t(`audit:sentences.${s.action}`, paramsText(s.params, w));
  if (s.details.length === 0) return sentence;
  const details = s.details.map((d) => t(`audit:details.${d.key}`, { ...paramsText(d.params, w), ...(d.count === undefined ? {} : { count: d.count }) }));
  return t('audit:withDetails', { sentence, details: details.join(t('audit:detailSeparator')) });
}

/** A change's value on one side, or null when the field was empty there. */
export const sideText = (f: Figure | null, w: AuditWords): string | null => (f === null ? null : figureText(f, w));

export const changeLabel = (c: Change, w: AuditWords): string => w.t(`audit:fields.${c.label}`);
