import type { Locale } from '@eshkol/contracts/common';
import { errorCatalog, issueCodes, type ErrorCode, type IssueCode, type IssueParams, type Problem, type ProblemIssue } from '@eshkol/contracts/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The problem a body beyond the route's limit is answered with, when it has a better one than PAYLOAD_TOO_LARGE. */
    tooLarge?: ErrorCode;
  }
}
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** An expected failure with a stable code; everything else is a 500 whose details never leave the server. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: ProblemIssue[],
    readonly detailOverride?: string,
    readonly params?: IssueParams,
  ) {
    super(code);
  }
}

/** One field's or row's problem: its code and figures for the reader's page, English for the log. */
export function issue(path: string, code: IssueCode, message: string, params?: IssueParams, line?: number): ProblemIssue {
  return { path, ...(line !== undefined ? { line } : {}), code, ...(params ? { params } : {}), message };
}

const knownIssueCodes: ReadonlySet<string> = new Set(issueCodes);

/** The figures of a schema failure that a message can use (bounds, the expected type or format), as plain values. */
function schemaIssueParams(raw: unknown): IssueParams | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const params: IssueParams = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) params[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) params[key] = value;
    else if (typeof value === 'bigint') params[key] = Number(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) params[key] = value.join(', ');
  }
  return Object.keys(params).length > 0 ? params : undefined;
}

export function requestLocale(req: FastifyRequest): Locale {
  const header = req.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'he';
}

export function toProblem(code: ErrorCode, locale: Locale, issues?: ProblemIssue[], detail?: string, params?: IssueParams): Problem {
  const entry = errorCatalog[code];
  return {
    type: `https://eshkol.gov.il/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: entry.en,
    status: entry.status,
    code,
    detail: detail ?? entry[locale],
    ...(params ? { params } : {}),
    ...(issues && issues.length > 0 ? { issues } : {}),
  };
}

export function sendProblem(reply: FastifyReply, req: FastifyRequest, code: ErrorCode, issues?: ProblemIssue[], detail?: string, params?: IssueParams) {
  const problem = toProblem(code, requestLocale(req), issues, detail, params);
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

/** Network failures and PostgreSQL's "connection" and "shutting down" states: the database, not the request, is at fault. */
const connectionErrorCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03']);
const connectionMessages = /connection terminated|connection timeout|timeout exceeded when trying to connect|client has encountered a connection error|not queryable/i;

/** Whether an error (or what caused it: the query builder wraps the driver's) is a lost or refused database connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && (connectionErrorCodes.has(code) || code.startsWith('08'))) return true;
  if (typeof message === 'string' && connectionMessages.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** How Node reports a client that hung up (mid-body, or before the answer was written). */
const disconnectCodes: ReadonlySet<string> = new Set(['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

/** The client went away: nothing is wrong with the server, and nobody is left to read an answer. */
const clientGone = (error: FastifyError, req: FastifyRequest) => disconnectCodes.has(error.code ?? '') && (req.raw.destroyed || req.raw.socket.destroyed);

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (clientGone(error, req)) {
      req.log.info({ code: error.code, url: req.url }, 'client closed the connection before the answer');
      return;
    }
    if (error instanceof AppError) {
      // A known fault of the server itself (not of the request, nor a passing overload) is still one its operators should see.
      if (errorCatalog[error.code].status === 500) req.log.error({ code: error.code, params: error.params }, 'internal failure');
      return sendProblem(reply, req, error.code, error.issues, error.detailOverride, error.params);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) =>
        issue(
          [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
          knownIssueCodes.has(v.keyword) ? (v.keyword as IssueCode) : 'custom',
          v.message ?? 'invalid',
          schemaIssueParams(v.params),
        ),
      );
      return sendProblem(reply, req, 'VALIDATION_FAILED', issues);
    }
    if (error.code === 'FST_ERR_VALIDATION') return sendProblem(reply, req, 'VALIDATION_FAILED', [issue('', 'custom', error.message)]);
    if (error.statusCode === 429) return sendProblem(reply, req, 'RATE_LIMITED');
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    // A route may say what a body beyond its limit should be instead.
    if (mapped === 'PAYLOAD_TOO_LARGE' && req.routeOptions.config.tooLarge) return sendProblem(reply, req, req.routeOptions.config.tooLarge);
    if (mapped) return sendProblem(reply, req, mapped);
    if (error instanceof SyntaxError) return sendProblem(reply, req, 'MALFORMED_JSON');
    if (isDatabaseUnavailable(error)) {
      req.log.warn({ err: error }, 'database unavailable');
      return sendProblem(reply, req, 'DATABASE_UNAVAILABLE');
    }
    if (isResponseSerializationError(error)) req.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
    else req.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, req, 'INTERNAL');
  });
}
