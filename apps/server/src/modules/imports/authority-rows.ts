import { issue } from '../../platform/errors';
import { authorityTypeByHebrew, authorityTypeSchema, type AuthorityType } from '@eshkol/contracts/authorities';
import type { ProblemIssue } from '@eshkol/contracts/errors';
import { authorityIdFor } from '../authorities/authority-id';
import { pick, type CsvRecord } from './csv';

/** The fields an authorities file can set; a field absent from the file is left as it is. */
export type AuthorityPatch = {
  id: string;
  cbsCode: number;
  type: AuthorityType;
  nameHe: string;
  fields: Partial<{
    nameEn: string | null;
    moiCode: string | null;
    district: string | null;
    population: number | null;
    populationYear: number | null;
    socioEconomicCluster: number | null;
    socioEconomicYear: number | null;
    peripheralityCluster: number | null;
    peripheralityYear: number | null;
    areaKm2: number | null;
    lat: number | null;
    lon: number | null;
    locationDerived: boolean;
    source: string | null;
  }>;
};

/** Both shipped formats: the CBS profile (`authorities.csv`) and the extended file (`authorities_extended.csv`). */
export const authorityRequiredColumns = [['cbs_code'], ['name_he'], ['type']];

/** CBS tables write ".." for "not available" and "-" for "none"; both are unknown here. */
const cbsUnknown = new Set(['..', '-', '—']);

type Reader = { issues: ProblemIssue[]; line: number; values: Record<string, string> };

function num(r: Reader, column: string, opts: { int?: boolean; min?: number; max?: number } = {}): number | null | undefined {
  if (!(column in r.values)) return undefined;
  const raw = r.values[column]!.replaceAll(',', '');
  if (raw === '' || cbsUnknown.has(raw)) return null;
  const n = Number(raw);
  const bad =
    !Number.isFinite(n) ||
    (opts.int && !Number.isInteger(n)) ||
    (opts.min !== undefined && n < opts.min) ||
    (opts.max !== undefined && n > opts.max);
  if (bad) {
    const range = opts.min !== undefined ? ` between ${opts.min} and ${opts.max}` : '';
    const params = { value: r.values[column]!, whole: opts.int ?? false, ...(opts.min !== undefined ? { min: opts.min, max: opts.max ?? null } : {}) };
    r.issues.push(issue(column, 'not_a_number', `"${r.values[column]}" is not a valid ${opts.int ? 'whole number' : 'number'}${range}`, params, r.line));
    return undefined;
  }
  return n;
}

/**
 * A name, a code or a district is at most this long, as names are in the API. The district is
 * indexed, and PostgreSQL refuses an index entry of more than about 2,700 bytes.
 */
const maxNameLength = 200;

function tooLong(r: Reader, column: string, value: string): boolean {
  if (value.length <= maxNameLength) return false;
  const params = { origin: 'string', maximum: maxNameLength, inclusive: true };
  r.issues.push(issue(column, 'too_big', `at most ${maxNameLength} characters`, params, r.line));
  return true;
}

function str(r: Reader, column: string, opts: { name?: boolean } = {}): string | null | undefined {
  if (!(column in r.values)) return undefined;
  const raw = r.values[column]!;
  if (opts.name && tooLong(r, column, raw)) return undefined;
  return raw === '' || cbsUnknown.has(raw) ? null : raw;
}

export function readAuthorityRecord(record: CsvRecord): { patch?: AuthorityPatch; issues: ProblemIssue[] } {
  const r: Reader = { issues: [], line: record.line, values: record.values };
  const cbsCode = num(r, 'cbs_code', { int: true, min: 1, max: 99999 });
  const nameHe = pick(record.values, 'name_he');
  if (!nameHe) r.issues.push(issue('name_he', 'empty', 'the Hebrew name is empty', undefined, r.line));
  else tooLong(r, 'name_he', nameHe);
  const typeRaw = pick(record.values, 'type');
  const type = authorityTypeByHebrew[typeRaw] ?? authorityTypeSchema.safeParse(typeRaw).data;
  if (!type) r.issues.push(issue('type', 'unknown_value', `unknown authority type "${typeRaw}"`, { value: typeRaw }, r.line));
  if (cbsCode === null) r.issues.push(issue('cbs_code', 'empty', 'the CBS code is empty', undefined, r.line));

  const year = { int: true, min: 1948, max: 2100 };
  const index = { int: true, min: 1, max: 10 };
  const derivedLat = num(r, 'rc_polygon_centroid_lat_derived', { min: 29, max: 34 });
  const derivedLon = num(r, 'rc_polygon_centroid_lon_derived', { min: 34, max: 36 });
  const fields: AuthorityPatch['fields'] = {
    nameEn: str(r, 'name_en', { name: true }),
    moiCode: str(r, 'moi_code', { name: true }),
    district: str(r, 'district', { name: true }),
    population: num(r, 'population', { int: true, min: 0, max: 2_000_000 }),
    populationYear: num(r, 'population_year', year),
    socioEconomicCluster: num(r, 'socioeconomic_cluster', index),
    socioEconomicYear: num(r, 'socioeconomic_year', year),
    peripheralityCluster: num(r, 'peripherality_cluster', index),
    peripheralityYear: num(r, 'peripherality_year', year),
    areaKm2: num(r, 'area_km2_2021', { min: 0, max: 10000 }) ?? num(r, 'area_km2', { min: 0, max: 10000 }),
    lat: num(r, 'lat', { min: 29, max: 34 }),
    lon: num(r, 'lon', { min: 34, max: 36 }),
    source: str(r, 'source'),
  };
  // The extended file only offers a computed polygon centre; it is marked as derived.
  if (fields.lat === undefined && derivedLat != null && derivedLon != null) {
    Object.assign(fields, { lat: derivedLat, lon: derivedLon, locationDerived: true });
  } else if (fields.lat !== undefined) {
    fields.locationDerived = false;
  }
  if ((fields.lat == null) !== (fields.lon == null) && fields.lat !== undefined) {
    r.issues.push(issue('lat', 'lat_lon_together', 'lat and lon must be given together', undefined, r.line));
  }
  for (const k of Object.keys(fields) as (keyof typeof fields)[]) if (fields[k] === undefined) delete fields[k];
  if (r.issues.length > 0 || cbsCode == null || !type) return { issues: r.issues };
  return { patch: { id: authorityIdFor(cbsCode, type), cbsCode, type, nameHe, fields }, issues: [] };
}
