import type { z } from 'zod';
import { problemSchema, type Problem } from '@eshkol/contracts/errors';
import { i18n } from '../i18n/setup';

/** An API failure: the server's problem+json when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, message?: string) {
    // For logs: the page words a failure from its code (see lib/problems), never from this.
    super(problem ? `${problem.code} (HTTP ${status})` : (message ?? `HTTP ${status}`));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string | null {
    return this.problem?.code ?? null;
  }
}

/** The response did not match its contract. */
export class ContractError extends Error {
  constructor(path: string, readonly issues: unknown) {
    super(`Unexpected response from ${path}`);
    this.name = 'ContractError';
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (a File for CSV uploads), with its content type. */
  raw?: { body: Blob; contentType: string };
  signal?: AbortSignal;
};

async function readProblem(response: Response): Promise<Problem | null> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    body = options.raw.body;
  }
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response), response.statusText);
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    console.error(`Response of ${path} does not match its contract`, parsed.error.issues);
    throw new ContractError(path, parsed.error.issues);
  }
  return parsed.data;
}
