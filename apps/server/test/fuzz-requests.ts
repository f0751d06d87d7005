import fc from 'fast-check';
import type { HTTPMethods } from 'fastify';

/**
 * Hostile requests made from the OpenAPI document: for each operation, a valid request built from
 * its schemas and then broken one way at a time (a wrong type, a figure out of range, a control
 * character, a nesting too deep, a body that is not JSON, a wrong content type). Every choice comes
 * from a seeded generator, so a run makes the same requests each time and a failure can be replayed.
 */

/** The part of JSON Schema that the document's schemas use. */
export type JsonSchema = {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  nullable?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
};

export type Parameter = { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema };

/** One operation of the document. */
export type Operation = { method: HTTPMethods; path: string; parameters: Parameter[]; body: JsonSchema | null };

/** The document as far as the fuzz reads it. */
export type OpenApiDocument = {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
};

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      // The document names each operation by an HTTP method in lower case.
      method: method.toUpperCase() as HTTPMethods,
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema ?? null,
    })),
  );
}

/** A request to send: the URL already encoded as it goes on the wire. */
export type FuzzRequest = {
  /** What was broken, for the report. */
  what: string;
  method: HTTPMethods;
  url: string;
  contentType?: string;
  payload?: string | Buffer;
  headers?: Record<string, string>;
};

/** A small seeded generator (mulberry32): the same seed gives the same requests. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('nothing to pick from');
    return items[this.int(items.length)]!;
  }
}

/** A seed of its own for each operation, so that adding a route changes no other route's requests. */
export function seedOf(base: number, key: string): number {
  let h = base >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Real values the valid request uses where a schema alone cannot name one that exists. */
export type Known = {
  /** A path, query or header parameter of the operation. */
  param: (op: Operation, name: string) => string | undefined;
  /** A body property, by its name. */
  property: (name: string) => unknown;
  /** Whole valid bodies, where their fields must agree with each other (a game's players and its coalitions). */
  body: (op: Operation) => unknown;
  /** Raw bodies of the routes that take bytes rather than JSON, with their content type. */
  raw: (op: Operation) => { contentType: string; payload: string | Buffer } | undefined;
};

/** Strings the valid request tries, in order, against a pattern before generating one. */
const patternCandidates = ['2026-01-01', '2026', 'negev-maaravi', 'loc-1', '1', 'a@example.com'];

/** A value the schema accepts, using `known` for names it knows. */
export function validValue(schema: JsonSchema, known: Known, name = '', random = new Random(1)): unknown {
  const k = name ? known.property(name) : undefined;
  if (k !== undefined) return k;
  const alternative = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (alternative) return validValue(alternative, known, name, random);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const props = schema.properties ?? {};
      const required = schema.required ?? [];
      // An update must change something: with nothing required, the first field is sent.
      const names = required.length > 0 ? required : Object.keys(props).slice(0, 1);
      return Object.fromEntries(names.map((n) => [n, validValue(props[n] ?? {}, known, n, random)]));
    }
    case 'array': {
      const items = schema.items ?? {};
      const count = Math.min(Math.max(schema.minItems ?? 1, 1), schema.maxItems ?? 1);
      // Items of an enum are told apart: a list of the same choice twice may be refused as such.
      if (items.enum) return items.enum.slice(0, count);
      return Array.from({ length: count }, () => validValue(items, known, '', random));
    }
    case 'string':
      return validString(schema, random);
    case 'number':
    case 'integer': {
      const low = schema.minimum ?? 0;
      const value = schema.exclusiveMinimum || low <= 0 ? Math.max(low, 0) + 1 : low;
      return Math.min(value, schema.maximum ?? value);
    }
    case 'boolean':
      return true;
    default:
      return null;
  }
}

function validString(schema: JsonSchema, random: Random): string {
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    const candidate = patternCandidates.find((c) => re.test(c));
    if (candidate) return candidate;
    return fc.sample(fc.stringMatching(re), { seed: random.int(2 ** 31), numRuns: 1 })[0]!;
  }
  return 'בדיקה'.padEnd(schema.minLength ?? 0, 'א').slice(0, schema.maxLength ?? Infinity);
}

// ---- Hostile values ----

const longText = (n: number) => 'א'.repeat(n);
/** `depth` levels of `[[…]]`, or of `{"a":{"a":…}}`, as JSON text. */
export const deepArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
export const deepObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);

/** Texts that a name, a note or an identifier must refuse or carry safely. */
const hostileStrings = [
  '\u0000',
  'a\u0000b',
  '\u001f',
  '\u001b[31m',
  '\u007f',
  '\ud800',
  '\udfff\ud800',
  '\u202eעברית',
  '',
  ' ',
  longText(100_000),
  "'; drop table users; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '9'.repeat(400),
  '0000-01-01',
  '2026-02-30',
  '9999-12-31',
];

/** Figures that no field can take as they are. */
const hostileNumbers = [1e308, -1e308, 1e20, -1e20, 2 ** 53 + 1, -(2 ** 53 + 1), 2 ** 31, -1, 0, -0, 0.5, 5e-324, 1e-7];

/** Texts written into the JSON where a value stands: not JSON at all, or JSON no schema wants. */
const rawValueTokens = ['NaN', 'Infinity', '-Infinity', '1e999', '-1e999', 'undefined', '0x10', '01', '.5', '+1', '1_000', "'x'", 'true false'];

/** Whatever a value may be replaced with: the other types, and the worst of its own. */
function hostileValues(schema: JsonSchema | undefined): unknown[] {
  const general: unknown[] = [null, true, {}, [], 'x', 12, [null], { a: 1 }, nested(200)];
  switch (schema?.type) {
    case 'string':
      return [...hostileStrings, ...hostileNumbers.slice(0, 3), ['x'], { toString: 'x' }];
    case 'number':
    case 'integer':
      return [...hostileNumbers, '12', '1e308', '', [1], { value: 1 }, null, false];
    case 'array':
      return [{}, '', 'x', 0, null, [[[]]], Array.from({ length: (schema.maxItems ?? 50) + 1 }, () => validValue(schema.items ?? {}, noKnown)), { 0: 'x', length: 1 }];
    case 'object':
      return [[], '', 0, null, nested(300), JSON.parse('{"__proto__":{"admin":true}}'), { constructor: { prototype: { admin: true } } }];
    case 'boolean':
      return ['true', 1, 0, null, 'false', []];
    default:
      return general;
  }
}

const noKnown: Known = { param: () => undefined, property: () => undefined, body: () => undefined, raw: () => undefined };

// ---- Places in a body ----

type Slot = { path: (string | number)[]; schema: JsonSchema | undefined };

/** Every place of the valid body a mutation can reach, with what the schema says of it; and the optional fields it lacks. */
function slotsOf(value: unknown, schema: JsonSchema | undefined, path: (string | number)[] = []): Slot[] {
  const own: Slot = { path, schema };
  const chosen = schema?.oneOf?.[0] ?? schema?.anyOf?.[0] ?? schema;
  if (Array.isArray(value)) return [own, ...value.flatMap((v, i) => slotsOf(v, chosen?.items, [...path, i]))];
  if (typeof value === 'object' && value !== null) {
    const props = chosen?.properties ?? {};
    const present = Object.entries(value).flatMap(([k, v]) => slotsOf(v, props[k], [...path, k]));
    const absent = Object.keys(props)
      .filter((k) => !(k in value))
      .map((k): Slot => ({ path: [...path, k], schema: props[k] }));
    return [own, ...present, ...absent];
  }
  return [own];
}

/** A copy of `value` with what is at `path` replaced (or, with `remove`, taken away). */
function replaced(value: unknown, path: readonly (string | number)[], next: unknown, remove = false): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    if (remove && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = replaced(copy[Number(head)], rest, next, remove);
    return copy;
  }
  const record: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  const key = String(head);
  if (remove && rest.length === 0) {
    const { [key]: _removed, ...others } = record;
    return others;
  }
  // A computed key makes an own property even of `__proto__`, where an assignment would set the prototype.
  return { ...record, [key]: replaced(Object.hasOwn(record, key) ? record[key] : undefined, rest, next, remove) };
}

/** The JSON of `value`, with the value at `path` written as raw text (`NaN`, `1e999`) that JSON.stringify would not write. */
function withRawToken(value: unknown, path: readonly (string | number)[], token: string): string {
  const marker = '\u2063raw\u2063';
  return JSON.stringify(replaced(value, path, marker)).replace(JSON.stringify(marker), token);
}

// ---- Whole requests ----

const json = 'application/json';

/** Bodies sent as JSON's content type that are not JSON, or are JSON no route takes. */
const rawBodies: { what: string; payload: () => string | Buffer }[] = [
  { what: 'NaN as the body', payload: () => 'NaN' },
  { what: 'Infinity as the body', payload: () => 'Infinity' },
  { what: '-Infinity as the body', payload: () => '-Infinity' },
  { what: 'an empty body', payload: () => '' },
  { what: 'null as the body', payload: () => 'null' },
  { what: 'a string as the body', payload: () => '"x"' },
  { what: 'a number as the body', payload: () => '1e308' },
  { what: 'an array as the body', payload: () => '[]' },
  { what: '5,000 levels of arrays', payload: () => deepArrays(5000) },
  { what: '5,000 levels of objects', payload: () => deepObjects(5000) },
  { what: '100,000 levels of arrays', payload: () => deepArrays(100_000) },
  { what: 'a cut-off object', payload: () => '{"a": [1, 2, {"b":' },
  { what: 'a NUL byte between tokens', payload: () => '{\u0000}' },
  { what: 'invalid UTF-8', payload: () => Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]) },
  { what: 'an object of 50,000 keys', payload: () => JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]))) },
  { what: 'a body over the size limit', payload: () => JSON.stringify({ a: 'x'.repeat(2 * 1024 * 1024) }) },
];

/** Printable ASCII with no pattern, and no comma or quote to break a CSV line. */
const noise = (random: Random, length: number) => Array.from({ length }, () => String.fromCharCode(0x23 + random.int(0x7e - 0x23))).join('').replaceAll(',', ';');

/** Files that no upload or import takes, sent with the content type the route expects. */
const rawFiles: { what: string; payload: (valid: Buffer, random: Random) => Buffer }[] = [
  { what: 'an empty file', payload: () => Buffer.alloc(0) },
  { what: 'bytes of nothing', payload: () => Buffer.from([0, 1, 2, 3, 255, 254, 253, 0]) },
  { what: 'a PDF cut after its signature', payload: () => Buffer.from('%PDF-') },
  { what: 'a zip where a CSV or a PDF belongs', payload: () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]) },
  { what: 'NUL bytes in every line', payload: (v) => Buffer.from(v.toString('latin1').replaceAll('\n', '\u0000\n'), 'latin1') },
  { what: 'control characters in every field', payload: (v) => Buffer.from(v.toString().replaceAll(',', '\u001b,\u007f')) },
  { what: 'a line of 200,000 columns', payload: (v) => Buffer.concat([v, Buffer.from(','.repeat(200_000))]) },
  { what: 'a quote never closed', payload: (v) => Buffer.concat([v, Buffer.from(`"${'x'.repeat(10_000)}`)]) },
  { what: 'the file cut in half', payload: (v) => v.subarray(0, Math.floor(v.length / 2)) },
  { what: 'the file twice', payload: (v) => Buffer.concat([v, v]) },
  { what: 'a file over the size limit', payload: () => Buffer.alloc(11 * 1024 * 1024, 'a') },
  { what: 'a huge figure in every field', payload: (v) => Buffer.from(v.toString().replace(/\d+/g, '1e308')) },
  {
    // Random, so that PostgreSQL cannot compress it below the size of an index entry.
    what: 'text fields of 3,000 random characters',
    payload: (_, random) => Buffer.from(`cbs_code,name_he,name_en,type,district,source\n9990,${noise(random, 3000)},${noise(random, 3000)},מועצה מקומית,${noise(random, 3000)},${noise(random, 3000)}\n`),
  },
];


/** Content types other than JSON's, each with a body of its kind. */
const foreignContent: { contentType: string | undefined; payload: (validJson: string) => string | Buffer }[] = [
  { contentType: 'text/plain', payload: (v) => v },
  { contentType: 'application/xml', payload: () => '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "x">]><a>&x;</a>' },
  { contentType: 'multipart/form-data; boundary=fuzz', payload: () => '--fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n\u0000\u0001garbage\r\n--fuzz--' },
  { contentType: 'multipart/form-data', payload: () => 'garbage without a boundary' },
  { contentType: 'application/x-www-form-urlencoded', payload: () => 'a=1&b[c]=%00' },
  { contentType: undefined, payload: (v) => v },
  { contentType: 'text/csv', payload: (v) => v },
  { contentType: 'application/octet-stream', payload: () => Buffer.from([0, 1, 2, 255, 254]) },
  { contentType: 'application/json; charset=utf-16le', payload: (v) => Buffer.from(v, 'utf16le') },
  { contentType: 'application/json; charset=iso-8859-8', payload: (v) => v },
  { contentType: 'APPLICATION/JSON', payload: (v) => v },
  { contentType: 'application/jsonx', payload: (v) => v },
  { contentType: 'application/json, text/plain', payload: (v) => v },
  { contentType: '*/*', payload: (v) => v },
  { contentType: 'image/png', payload: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) },
  { contentType: json, payload: (v) => `\ufeff${v}` },
];

/** What a path or query value is replaced with, written as it goes on the wire. */
const hostileUrlValues = [
  '%00',
  'a%00b',
  '%1F',
  '%7F',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%2F',
  '..',
  '-1',
  '0',
  '1.5',
  '1e3',
  '1e308',
  '2147483648',
  '9007199254740991',
  '9007199254740993',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '%EF%BC%91',
  '%20',
  'null',
  '%5B%5D',
  'x'.repeat(5000),
  '%D7%90',
  '%27%3B--',
  '0000-01-01',
  '0000',
];

/** The URL of `op` with these path values (encoded already) and query pairs (raw `k=v` strings). */
function urlOf(op: Operation, path: Record<string, string>, query: string[]): string {
  const base = op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? 'x');
  return query.length > 0 ? `${base}?${query.join('&')}` : base;
}

/** The valid request's path values and query, from `known` or the parameter's schema. */
function validParams(op: Operation, known: Known, random: Random) {
  const valueOf = (p: Parameter) => known.param(op, p.name) ?? String(validValue(p.schema, noKnown, p.name, random));
  const path = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, encodeURIComponent(valueOf(p))]));
  const query = Object.fromEntries(
    op.parameters.filter((p) => p.in === 'query' && (p.required || known.param(op, p.name) !== undefined)).map((p) => [p.name, encodeURIComponent(valueOf(p))]),
  );
  return { path, query };
}

const pairs = (query: Record<string, string>) => Object.entries(query).map(([k, v]) => `${k}=${v}`);

/**
 * The valid request of `op` and `count` broken ones, from `seed`. Each broken request changes one
 * thing of the valid one: a path value, a query value, a value inside the body, the body as a
 * whole, its content type, an uploaded file, a header, or the site it names as its origin.
 */
export function requestsFor(op: Operation, known: Known, seed: number, count: number): FuzzRequest[] {
  const random = new Random(seed);
  const { path, query } = validParams(op, known, random);
  const raw = known.raw(op);
  const body = raw ? undefined : (known.body(op) ?? (op.body ? validValue(op.body, known, '', random) : undefined));
  const bodyText = body === undefined ? undefined : JSON.stringify(body);
  const validUrl = urlOf(op, path, pairs(query));
  const headerParams = op.parameters.filter((p) => p.in === 'header').map((p) => p.name);
  const validHeaders = Object.fromEntries(headerParams.flatMap((name) => (known.param(op, name) === undefined ? [] : [[name, known.param(op, name)!]])));
  const sameHeaders = headerParams.length > 0 ? { headers: validHeaders } : {};
  const asRequest = (r: Omit<FuzzRequest, 'method'>): FuzzRequest => ({ method: op.method, ...r });
  const validRequest = asRequest({
    what: 'the valid request',
    url: validUrl,
    ...sameHeaders,
    ...(raw ? { contentType: raw.contentType, payload: raw.payload } : bodyText !== undefined ? { contentType: json, payload: bodyText } : {}),
  });
  /** The valid request's body, as each mutation of the URL keeps it. */
  const sameBody = { contentType: validRequest.contentType, payload: validRequest.payload, ...sameHeaders };

  const pathNames = Object.keys(path);
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const slots = body === undefined ? [] : slotsOf(body, op.body ?? undefined);

  const mutations: (() => FuzzRequest)[] = [];
  if (pathNames.length > 0) {
    mutations.push(() => {
      const name = random.pick(pathNames);
      const value = random.pick(hostileUrlValues);
      return asRequest({ what: `path ${name} = ${value.slice(0, 40)}`, url: urlOf(op, { ...path, [name]: value }, pairs(query)), ...sameBody });
    });
    mutations.push(() => {
      const name = random.pick(pathNames);
      const value = `${path[name]}${random.pick(['%00', '%0A', '%20', '.json', '%2F..', '%09'])}`;
      return asRequest({ what: `path ${name} = ${value.slice(0, 40)}`, url: urlOf(op, { ...path, [name]: value }, pairs(query)), ...sameBody });
    });
  }
  mutations.push(() => {
    const param = queryParams.length > 0 && random.next() < 0.8 ? random.pick(queryParams).name : random.pick(['unknown', '%00', 'q[a]', '__proto__']);
    const value = random.pick(hostileUrlValues);
    return asRequest({ what: `query ${param} = ${value.slice(0, 40)}`, url: urlOf(op, path, pairs({ ...query, [param]: value })), ...sameBody });
  });
  if (queryParams.length > 0) {
    mutations.push(() => {
      const param = random.pick(queryParams).name;
      const value = query[param] ?? '1';
      const shape = random.pick([`${param}=${value}&${param}=${value}`, `${param}[]=${value}`, `${param}[a]=${value}`, param, `${param}=`]);
      return asRequest({ what: `query as ${shape.slice(0, 40)}`, url: urlOf(op, path, [...pairs(query).filter((p) => !p.startsWith(`${param}=`)), shape]), ...sameBody });
    });
  }
  if (slots.length > 0) {
    mutations.push(() => {
      const slot = random.pick(slots);
      const value = random.pick(hostileValues(slot.schema));
      return asRequest({ what: `body ${slot.path.join('.') || '(root)'} = ${excerpt(value)}`, url: validUrl, contentType: json, payload: JSON.stringify(replaced(body, slot.path, value)) });
    });
    mutations.push(() => {
      const slot = random.pick(slots);
      const token = random.pick(rawValueTokens);
      return asRequest({ what: `body ${slot.path.join('.') || '(root)'} = raw ${token}`, url: validUrl, contentType: json, payload: withRawToken(body, slot.path, token) });
    });
    mutations.push(() => {
      const slot = random.pick(slots.filter((s) => s.path.length > 0).concat(slots.slice(0, 1)));
      const remove = slot.path.length > 0 && random.next() < 0.5;
      const next = remove ? undefined : replaced(body, [...slot.path, random.pick(['unknown', '__proto__', 'constructor', 'a\u0000', ''])], 1);
      return asRequest({
        what: remove ? `body without ${slot.path.join('.')}` : `body with an unknown field under ${slot.path.join('.') || '(root)'}`,
        url: validUrl,
        contentType: json,
        payload: remove ? JSON.stringify(replaced(body, slot.path, undefined, true)) : JSON.stringify(next),
      });
    });
  }
  mutations.push(() => {
    const b = random.pick(rawBodies);
    return asRequest({ what: b.what, url: validUrl, contentType: json, payload: b.payload() });
  });
  const textBody = raw ? raw.payload.toString() : (bodyText ?? '{}');
  mutations.push(() => {
    const c = random.pick(foreignContent);
    return asRequest({ what: `content type ${c.contentType ?? '(none)'}`, url: validUrl, ...sameHeaders, ...(c.contentType ? { contentType: c.contentType } : {}), payload: c.payload(textBody) });
  });
  if (raw) {
    const file = Buffer.isBuffer(raw.payload) ? raw.payload : Buffer.from(raw.payload);
    mutations.push(() => {
      const f = random.pick(rawFiles);
      return asRequest({ what: f.what, url: validUrl, ...sameHeaders, contentType: raw.contentType, payload: f.payload(file, random) });
    });
  }
  if (op.method !== 'GET') {
    mutations.push(() => asRequest({ what: 'a write from another site', url: validUrl, ...sameBody, headers: { ...validHeaders, origin: 'https://elsewhere.example' } }));
  }
  for (const header of headerParams) {
    mutations.push(() => {
      const value = random.pick(hostileUrlValues);
      return asRequest({ what: `header ${header} = ${value.slice(0, 40)}`, url: validUrl, ...sameBody, headers: { ...validHeaders, [header]: value } });
    });
  }

  return [validRequest, ...Array.from({ length: count }, () => random.pick(mutations)())];
}

/** A short description of a value for the report. */
function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
}
