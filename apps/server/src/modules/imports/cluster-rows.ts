import { issue } from '../../platform/errors';
import type { ProblemIssue } from '@eshkol/contracts/errors';
import { authorityTypeByHebrew } from '@eshkol/contracts/authorities';
import { asOfSchema, slugSchema } from '@eshkol/contracts/common';
import { authorityIdFor } from '../authorities/authority-id';
import { pick, type CsvRecord } from './csv';

export type ClusterRow = {
  line: number;
  clusterSlug: string | null;
  clusterNameHe: string | null;
  clusterNameEn: string | null;
  status: 'active' | 'in_establishment';
  authorityId: string;
  authorityName: string;
  asOf: string | null;
  source: string;
};

/**
 * Both shipped formats: the programme's 2016 list (`seed_clusters_2016.csv`, with `cluster_slug`)
 * and the Ministry's current list (`clusters.csv`, optionally with `cluster_slug`, `as_of`, `cluster_status`).
 */
export const clusterRequiredColumns = [['cbs_code', 'authority_cbs_code'], ['authority_type'], ['cluster_name_he', 'cluster_slug'], ['source']];

export function readClusterRecord(record: CsvRecord, defaultAsOf: string | null): { row?: ClusterRow; issues: ProblemIssue[] } {
  const v = record.values;
  const line = record.line;
  const issues: ProblemIssue[] = [];
  const codeRaw = pick(v, 'cbs_code', 'authority_cbs_code');
  const code = Number(codeRaw);
  if (!/^\d{1,5}$/.test(codeRaw)) issues.push(issue('cbs_code', 'invalid_format', `"${codeRaw}" is not a CBS code`, { value: codeRaw }, line));
  const typeRaw = pick(v, 'authority_type');
  const type = authorityTypeByHebrew[typeRaw];
  if (!type) issues.push(issue('authority_type', 'unknown_value', `unknown authority type "${typeRaw}"`, { value: typeRaw }, line));
  const slug = pick(v, 'cluster_slug') || null;
  if (slug && !slugSchema.safeParse(slug).success) issues.push(issue('cluster_slug', 'invalid_format', `"${slug}" is not a valid identifier`, { value: slug }, line));
  const nameHe = pick(v, 'cluster_name_he') || null;
  const nameEn = pick(v, 'cluster_name_en') || null;
  if (!slug && !nameHe && !nameEn) issues.push(issue('cluster_name_he', 'no_cluster', 'the row names no cluster', undefined, line));
  const asOf = pick(v, 'as_of') || defaultAsOf;
  if (asOf && !asOfSchema.safeParse(asOf).success) issues.push(issue('as_of', 'invalid_format', `"${asOf}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, { value: asOf }, line));
  const statusRaw = pick(v, 'cluster_status') || 'active';
  if (statusRaw !== 'active' && statusRaw !== 'in_establishment') issues.push(issue('cluster_status', 'unknown_value', `unknown status "${statusRaw}"`, { value: statusRaw }, line));
  const source = pick(v, 'source');
  if (!source) issues.push(issue('source', 'no_source', 'every membership needs its source', undefined, line));
  if (issues.length > 0 || !type) return { issues };
  return {
    row: {
      line,
      clusterSlug: slug,
      clusterNameHe: nameHe,
      clusterNameEn: nameEn,
      status: statusRaw as ClusterRow['status'],
      authorityId: authorityIdFor(code, type),
      authorityName: pick(v, 'authority_name_he'),
      asOf,
      source,
    },
    issues: [],
  };
}
