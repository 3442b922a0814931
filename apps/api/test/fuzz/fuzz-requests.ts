import fc from 'fast-check';
import { type IdPool, someOf, valid } from './arbitraries';
import { fuzzed } from './mutations';
import { HOSTILE_NUMBERS, hostileJson, hostileString, RAW_BODIES, type RawBody } from './hostile';
import type { Operation } from './operations';

export type FuzzBody =
  { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; raw: RawBody };

/** One request of the fuzz stream, with who sends it. */
export interface FuzzRequest {
  caller: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: FuzzBody;
}

/**
 * Percent-encodes every UTF-16 unit as UTF-8 would, lone surrogates included (as the
 * three bytes WTF-8 gives them), so a URL can carry text that is not valid UTF-8 at all.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const bytes =
      code >= 0xd800 && code <= 0xdfff
        ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        : [...Buffer.from(char, 'utf8')];
    out += /^[A-Za-z0-9_.~-]$/.test(char)
      ? char
      : bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** Path segments and query text no encoder would write. */
const MALFORMED_URL_PIECES = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%80',
  '%ED%A0%80',
  '%00',
  '..',
  '%2F',
  '.%2e',
];

/** A query parameter's value that is not what the schema allows, written as text. */
const hostileQueryValue = () =>
  fc.oneof(
    { weight: 3, arbitrary: hostileString().map(percentEncode) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS).map(String) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_URL_PIECES) },
  );

/**
 * The query: each parameter valid or absent (so the handler runs), then usually one of them
 * made hostile or given twice (the parser then hands the schema an array), sometimes with
 * parameters the route does not know.
 */
function queryString(operation: Operation, pool: IdPool): fc.Arbitrary<string> {
  const names = operation.query.map((param) => param.name);
  const valids = fc.tuple(
    ...operation.query.map((param) =>
      fc.option(
        valid(param.schema, pool).map((v) => percentEncode(String(v))),
        { freq: 2 },
      ),
    ),
  );
  const spoiler = fc.record({
    at: fc.nat(),
    value: hostileQueryValue(),
    twice: fc.boolean(),
  });
  const extra = fc.array(
    fc.tuple(
      fc.constantFrom('extra', '__proto__', 'constructor[prototype]', 'a[b]', '', 'q[]'),
      hostileQueryValue(),
    ),
    { maxLength: 2 },
  );
  return fc
    .tuple(valids, fc.option(spoiler, { freq: 3 }), fc.option(extra, { freq: 3 }))
    .map(([values, spoil, more]) => {
      const parts = values.flatMap((value, i) => (value === null ? [] : [`${names[i]}=${value}`]));
      if (spoil && names.length > 0) {
        const name = names[spoil.at % names.length] ?? '';
        parts.push(`${name}=${spoil.value}`);
        if (spoil.twice) parts.push(`${name}=${spoil.value}`);
      }
      for (const [key, value] of more ?? []) parts.push(`${key}=${value}`);
      return parts.length > 0 ? `?${parts.join('&')}` : '';
    });
}

/**
 * The ids a path's parameter most likely names, from the word before it: `/mentorships/{id}`
 * names a row of `mentorships`, `/requests/{id}` one of `match_requests`. People's pages
 * (mentors, mentees, users, profiles, waiting) name users. Every other id stays possible.
 */
function likelyIds(path: string, param: string, pool: IdPool): readonly string[] {
  const words = path.split('/');
  const word = words[words.indexOf(`{${param}}`) - 1] ?? '';
  const stem = word.replace(/s$/, '');
  const tables = Object.keys(pool.byTable).filter(
    (table) => table === word || table.endsWith(`_${word}`) || table.startsWith(`${stem}_`),
  );
  const ids = tables.flatMap((table) => pool.byTable[table] ?? []).map(String);
  return ids.length > 0 ? ids : pool.people;
}

function pathSegment(operation: Operation, param: Operation['pathParams'][number], pool: IdPool) {
  const isId = param.schema.format === 'uuid' || param.schema.type === 'integer';
  return fc.oneof(
    ...(isId
      ? [{ weight: 5, arbitrary: someOf(likelyIds(operation.path, param.name, pool)) }]
      : []),
    { weight: 3, arbitrary: valid(param.schema, pool).map((v) => percentEncode(String(v))) },
    { weight: 3, arbitrary: hostileString().map(percentEncode) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_URL_PIECES) },
  );
}

function body(operation: Operation, pool: IdPool): fc.Arbitrary<FuzzBody> {
  const raw = fc.constantFrom(...RAW_BODIES).map((r): FuzzBody => ({ kind: 'raw', raw: r }));
  const none = fc.constant<FuzzBody>({ kind: 'none' });
  if (operation.body) {
    const json = fuzzed(operation.body, pool).map((value): FuzzBody => ({ kind: 'json', value }));
    return fc.oneof({ weight: 8, arbitrary: json }, { weight: 2, arbitrary: raw }, none);
  }
  const stray = hostileJson().map((value): FuzzBody => ({ kind: 'json', value }));
  return fc.oneof({ weight: 4, arbitrary: none }, { weight: 1, arbitrary: raw }, stray);
}

/**
 * Headers the app reads besides the token: the request id it logs and echoes, the proxy's
 * client address (rate limits key on it), the origin CORS judges. Percent-encoded, since a
 * header cannot carry every character.
 */
function otherHeaders(): fc.Arbitrary<Record<string, string>> {
  const text = fc.oneof(
    hostileString().map(percentEncode),
    fc.constantFrom('a'.repeat(10_000), '999.999.999.999', '::ffff:127.0.0.1', 'null', 'unknown'),
  );
  return fc.record(
    {
      'x-request-id': text,
      'x-forwarded-for': fc.oneof(text, fc.constant('1.2.3.4, 5.6.7.8, 127.0.0.1')),
      origin: fc.oneof(text, fc.constantFrom('https://evil.example', 'null', 'file://')),
      'accept-language': text,
      accept: fc.oneof(text, fc.constantFrom('application/xml', 'text/html', '*/*;q=0')),
    },
    { requiredKeys: [] },
  );
}

/** The request as JSON with long strings cut, for a failure message. */
function shortened(request: FuzzRequest): string {
  const cut = (value: unknown): unknown =>
    typeof value === 'string' && value.length > 2_000
      ? `${value.slice(0, 60)}…(${value.length} characters)`
      : Buffer.isBuffer(value)
        ? `<${value.length} bytes: ${value.subarray(0, 40).toString('hex')}>`
        : value;
  const body =
    request.body.kind === 'raw' ? { kind: 'raw', name: request.body.raw.name } : request.body;
  return JSON.stringify({ ...request, body }, (_key, value: unknown) => cut(value));
}

/** Authorization headers of callers who are nobody, or pretend to be somebody. */
export interface Forgeries {
  /** A token signed with another secret, for a fixture member. */
  wrongSecret: string;
  /** A token without a signature ("alg": "none"), for a fixture member. */
  unsigned: string;
  /** A well-signed token for an account that does not exist (any more). */
  vanished: string;
}

/**
 * Who sends it: mostly a signed-in member, so the handlers run; a coordinator more often on
 * coordinators' routes (under /api/admin), where everyone else stops at the guard's 403.
 */
function caller(operation: Operation, callers: readonly string[], forged: Forgeries) {
  const pretenders = fc.constantFrom(
    { caller: 'anonymous', authorization: undefined },
    { caller: 'forged', authorization: 'Bearer ' },
    { caller: 'forged', authorization: 'Bearer a.b.c' },
    { caller: 'forged', authorization: "Bearer ' OR 1=1 --" },
    { caller: 'forged', authorization: 'Basic YWRtaW46YWRtaW4=' },
    { caller: 'forged', authorization: `Bearer ${forged.wrongSecret}` },
    { caller: 'forged', authorization: `Bearer ${forged.unsigned}` },
    { caller: 'forged', authorization: `Bearer ${forged.vanished}` },
  );
  const member = (name: string) => ({ caller: name, authorization: name });
  const coordinators = callers.filter((name) => name === 'coordinator');
  const forCoordinators = operation.path.startsWith('/api/admin/') && coordinators.length > 0;
  return fc.oneof(
    { weight: 2, arbitrary: pretenders },
    { weight: 8, arbitrary: fc.constantFrom(...callers).map(member) },
    ...(forCoordinators
      ? [{ weight: 12, arbitrary: fc.constantFrom(...coordinators).map(member) }]
      : []),
  );
}

/** One time in four: extras that would drown the route's own fields if always there. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/**
 * Requests for one route: its path, query and body from its schema mixed with hostile values,
 * sent by a signed-in member of each kind or by someone who is not one. `authorization` is
 * the caller's name here; the sender swaps in her token, so the printed counterexample stays
 * readable and short.
 */
export function fuzzRequests(
  operation: Operation,
  pool: IdPool,
  callers: readonly string[],
  forged: Forgeries,
): fc.Arbitrary<FuzzRequest> {
  const segments = fc.tuple(...operation.pathParams.map((p) => pathSegment(operation, p, pool)));
  return fc
    .record({
      who: caller(operation, callers, forged),
      segments,
      query: queryString(operation, pool),
      body: body(operation, pool),
      cookie: sometimes(hostileString().map(percentEncode)),
      more: sometimes(otherHeaders()),
    })
    .map(({ who, segments: values, query, body: payload, cookie, more }) => {
      let path = operation.path;
      operation.pathParams.forEach((param, i) => {
        path = path.replace(`{${param.name}}`, () => values[i] ?? '');
      });
      const headers: Record<string, string> = {};
      if (who.authorization !== undefined) headers.authorization = who.authorization;
      // The refresh cookie is the one cookie the API reads; a forged one must not matter.
      if (cookie !== null) headers.cookie = `mb_refresh=${cookie}`;
      Object.assign(headers, more);
      const request = {
        caller: who.caller,
        method: operation.method,
        url: path + query,
        headers,
        body: payload,
      };
      // A counterexample with a megabyte string in it must still be readable.
      return Object.defineProperty(request, fc.toStringMethod, { value: () => shortened(request) });
    });
}
