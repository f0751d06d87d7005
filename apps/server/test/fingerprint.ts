import { problemSchema } from '@eshkol/contracts/errors';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { select, type TestApp } from './test-app';

/**
 * Proof that a request changed nothing: a hash of the tables it could have touched, taken before
 * and after. A table is named alone (every column) or with the columns that matter,
 * `services(id, state)`, and outside the public schema with its schema, `drizzle.__drizzle_migrations`.
 */

/** The registry: authorities, clusters and their history, accounts, and the audit log. */
export const registryTables = ['authorities', 'clusters', 'memberships', 'membership_observations', 'authority_domains', 'stated_figures', 'users', 'audit_events'];

/** What a submission, a decision or a budget change touches. */
export const reviewTables = [
  'submissions', 'decisions', 'decision_conditions', 'ledger_entries', 'budget_accounts', 'incentive_programmes', 'milestones', 'milestone_progress_reports',
  'feasibility_studies', 'notifications', 'audit_events', 'services(id, state)',
];

/** Every business table. */
export const allTables = [
  ...registryTables,
  'services', 'service_participants', 'service_participation_events', 'documents', 'feasibility_studies', 'notifications',
  'submissions', 'decisions', 'decision_conditions', 'incentive_programmes', 'budget_accounts', 'ledger_entries', 'milestones', 'milestone_progress_reports',
  'governance_bodies', 'governance_body_rules', 'governance_seats', 'governance_meetings', 'governance_agenda_items', 'governance_invitations',
  'governance_attendance', 'governance_ballots', 'governance_decisions', 'governance_minutes', 'governance_cluster_settings', 'mail_outbox',
  'compliance_rules', 'compliance_feeds', 'compliance_notices',
  'staffing_positions', 'staffing_requests', 'staffing_request_versions', 'staffing_people',
  'financial_reports', 'financial_report_versions',
  'standing_legal_forms', 'standing_orders', 'standing_powers', 'standing_delegations',
  'measurement_indicators', 'measurement_values', 'measurement_value_versions', 'measurement_notices',
];

/** Row count and hash of each table, in one query: equal fingerprints mean nothing changed. */
export async function fingerprint(t: Pick<TestApp, 'database'>, tables: readonly string[]): Promise<string> {
  const parts = tables.map((spec, i) => {
    const m = /^([\w.]+)(?:\(([\w, ]+)\))?$/.exec(spec);
    if (!m) throw new Error(`not a table: ${spec}`);
    const from = `(select ${m[2] ?? '*'} from ${m[1]}) x`;
    return `select ${i} as i, count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${from}`;
  });
  const rows = await select<{ i: number; n: number; h: string }>(t, sql.raw(parts.join(' union all ')));
  return rows
    .sort((a, b) => a.i - b.i)
    .map((r) => `${tables[r.i]}:${r.n}:${r.h}`)
    .join(' ');
}

/** A problem+json answer with this status and stable code. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json().code).toBe(code);
  // Every field issue carries a code the web can word, and the whole problem keeps its contract.
  expect(problemSchema.safeParse(res.json()).error?.issues ?? []).toEqual([]);
}

/** Expects the refusal, and that none of `tables` has changed. */
export async function expectRefused(t: TestApp, tables: readonly string[], call: () => Promise<LightMyRequestResponse>, status: number, code: string) {
  const before = await fingerprint(t, tables);
  const res = await call();
  expectProblem(res, status, code);
  expect(await fingerprint(t, tables), `${code} changed data`).toBe(before);
  return res;
}
