import { decisionStatuses, type DecisionStatus } from '@eshkol/contracts/meetings';
import type { RegisterQuery } from '../api/decisions';

/** A register's filters as the page holds them (and its address keeps them). */
export type RegisterFilters = { status: DecisionStatus | null; body: number | null; q: string; overdue: boolean };

const statusOf = (value: string | null): DecisionStatus | null => decisionStatuses.find((s) => s === value) ?? null;

/** The filters an address gives: anything it does not know is no filter. */
export function filtersOf(params: URLSearchParams): RegisterFilters {
  const body = Number(params.get('body'));
  return { status: statusOf(params.get('status')), body: Number.isSafeInteger(body) && body > 0 ? body : null, q: params.get('q') ?? '', overdue: params.get('overdue') === 'true' };
}

/** The filters as the address keeps them (and the server reads them): an empty filter is left out. */
export function paramsOf(f: RegisterFilters): Record<string, string> {
  const q = f.q.trim();
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.body !== null ? { body: String(f.body) } : {}),
    ...(q ? { q: q.slice(0, 200) } : {}),
    ...(f.overdue ? { overdue: 'true' } : {}),
  };
}

/** The server's query for a scope (a cluster's slug, or `programme`) and the filters. */
export const registerQuery = (scope: string, f: RegisterFilters): RegisterQuery => ({ scope, ...paramsOf(f) });
