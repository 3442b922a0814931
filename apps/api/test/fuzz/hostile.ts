import fc from 'fast-check';

/**
 * What an attacker, a broken client or a confused script sends: the values the fuzzer mixes
 * into every field, query parameter and path segment. Built once per file: the huge ones are
 * megabytes, and rebuilding them for every run would cost more than the requests.
 */

/** Just over the app's 256 kB body limit once wrapped in JSON, and well over it. */
const OVER_BODY_LIMIT = 'a'.repeat(256 * 1024 + 16);
const ONE_MEGABYTE = 'x'.repeat(1024 * 1024 + 1);
/** Under the body limit in characters, over it in UTF-8 bytes (two bytes each). */
const OVER_LIMIT_IN_BYTES = 'æ'.repeat(140_000);

export const HOSTILE_STRINGS: readonly string[] = [
  // Empty, blank and long
  '',
  ' ',
  '\t\n\r',
  'a'.repeat(2_001),
  'ø'.repeat(10_001),
  // SQL fragments: refused or stored as text, never run
  "' OR 1=1 --",
  "'; drop table users; --",
  '" OR ""="',
  '1; select pg_sleep(5)',
  "%' or '1'='1",
  '\\',
  "'",
  '$$; delete from users; $$',
  "E'\\x00'",
  // Script and template fragments: stored and shown as text, never run
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  // Control characters PostgreSQL cannot store (NUL) or a one-line field must not hold
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  // Direction overrides and invisible characters
  '\u202egnp.exe',
  '\u200b',
  '\u200b\u200c\u200d\ufeff',
  'e\u0301'.repeat(500),
  // Lone surrogates: valid in a JSON string escape, not in UTF-8
  '\ud800',
  'a\udfffb',
  '\udbff\udfff\ud800',
  // Other scripts and emoji
  'مرحبا بالعالم',
  '👩🏽‍💻👩‍👩‍👧',
  '\uffff\ufffe',
  // Paths and encodings
  '../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  // Almost valid: ids, dates, numbers written as text
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '{00000000-0000-4000-8000-000000000000}',
  '2024-02-30',
  '0000-00-00',
  '9999-12-31',
  '275760-09-13',
  '2024-13-01T25:61:61Z',
  '1970-01-01T00:00:00.000Z',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '9007199254740993',
  '-9223372036854775809',
  '99999999999999999999999999',
  '2147483648',
  '-2147483649',
  '0x1F',
  '1_000',
  ' 1',
  '1.5',
  'true',
  'null',
  // Keys that poison prototypes when used as property names
  '__proto__',
  'constructor',
];

/** Too big for the body limit: each alone in a JSON body must give 413, never a 5xx. */
export const HUGE_STRINGS: readonly string[] = [OVER_BODY_LIMIT, ONE_MEGABYTE, OVER_LIMIT_IN_BYTES];

/** Numbers at the limits of 32-bit, 53-bit and double arithmetic. */
export const HOSTILE_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53 - 1,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
];

/**
 * A value nested `depth` arrays deep, written out as JSON text only when sent: JSON.parse
 * takes any depth, but JSON.stringify and structuredClone overflow the stack past a few
 * thousand levels. A server that stores or logs such a value with them answers 500.
 */
export class Deep {
  constructor(
    readonly depth: number,
    readonly bottom: string,
  ) {}
}

/** JSON text of a fuzzed value, with every Deep written out in full. */
export function toJsonText(value: unknown): string {
  if (value instanceof Deep)
    return '['.repeat(value.depth) + value.bottom + ']'.repeat(value.depth);
  if (Array.isArray(value)) return `[${value.map((item) => toJsonText(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${fields.map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A hostile string for a query parameter or a path segment. */
export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS).map(String) },
    // Random text of any kind of code point, lone surrogates included.
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );

/** A hostile value for any place in a JSON body: wrong types, limits, nesting, size. */
export const hostileJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: hostileString() },
    { weight: 3, arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], ['']) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        Array.from({ length: 5_000 }, (_, i) => i),
        Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${i}`, i])),
        nested(200),
        JSON.parse('{"__proto__":{"role":"admin"}}') as unknown,
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        new Deep(10_000, '1'),
        new Deep(100_000, '"x"'),
        new Deep(10_000, '{"__proto__":{"role":"admin"}}'),
        new Deep(10_000, '{"constructor":{"prototype":{"role":"admin"}}}'),
      ),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

/** An array nested `depth` levels deep with a value at the bottom. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/**
 * Whole bodies that are not what a JSON parser expects: sent as they are, with the content
 * type given, so the parser and its limits are fuzzed and not only the handlers.
 */
export interface RawBody {
  name: string;
  contentType: string | undefined;
  payload: string | Buffer;
}

const deepArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

export const RAW_BODIES: readonly RawBody[] = [
  { name: 'empty JSON body', contentType: 'application/json', payload: '' },
  { name: 'JSON null', contentType: 'application/json', payload: 'null' },
  { name: 'JSON string', contentType: 'application/json', payload: '"hello"' },
  { name: 'JSON number', contentType: 'application/json', payload: '1e999' },
  { name: 'truncated JSON', contentType: 'application/json', payload: '{"a":' },
  { name: 'JSON with a comment', contentType: 'application/json', payload: '{/* x */}' },
  { name: 'two JSON values', contentType: 'application/json', payload: '{}{}' },
  { name: '10 000 nested arrays', contentType: 'application/json', payload: deepArrays(10_000) },
  { name: '100 000 nested arrays', contentType: 'application/json', payload: deepArrays(100_000) },
  { name: '10 000 nested objects', contentType: 'application/json', payload: deepObjects(10_000) },
  {
    name: 'a proto-poisoning key 10 000 levels down',
    contentType: 'application/json',
    payload: `{"a":${deepArrays(10_000).slice(0, 10_000)}{"__proto__":{"role":"admin"}}${']'.repeat(10_000)}}`,
  },
  {
    name: 'a proto-poisoning key',
    contentType: 'application/json',
    payload: '{"__proto__":{"role":"admin"}}',
  },
  {
    name: 'a constructor-poisoning key',
    contentType: 'application/json',
    payload: '{"constructor":{"prototype":{"role":"admin"}}}',
  },
  {
    name: 'a lone surrogate escape',
    contentType: 'application/json',
    payload: '{"reason":"\\ud800\\udc00\\ud800","message":"\\udfff"}',
  },
  {
    name: 'invalid UTF-8 bytes',
    contentType: 'application/json',
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]),
  },
  {
    name: 'an overlong UTF-8 NUL',
    contentType: 'application/json; charset=utf-8',
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0x80, 0x22, 0x7d]),
  },
  {
    name: 'a UTF-16 body',
    contentType: 'application/json; charset=utf-16',
    payload: Buffer.from('{"a":"b"}', 'utf16le'),
  },
  { name: 'a BOM before JSON', contentType: 'application/json', payload: '\ufeff{}' },
  {
    name: 'JSON over the body limit',
    contentType: 'application/json',
    payload: JSON.stringify({ a: OVER_BODY_LIMIT }),
  },
  {
    name: 'a megabyte of JSON',
    contentType: 'application/json',
    payload: JSON.stringify([ONE_MEGABYTE]),
  },
  { name: 'plain text', contentType: 'text/plain', payload: "' OR 1=1 --" },
  { name: 'a form', contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=%00' },
  {
    name: 'multipart',
    contentType: 'multipart/form-data; boundary=x',
    payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
  },
  {
    name: 'XML',
    contentType: 'application/xml',
    payload: '<!DOCTYPE a [<!ENTITY b SYSTEM "file:///etc/passwd">]><a>&b;</a>',
  },
  { name: 'a body without a content type', contentType: undefined, payload: '{"a":1}' },
  { name: 'a made-up content type', contentType: 'application/json-but-not', payload: '{}' },
  { name: 'a content type with junk', contentType: 'application/json; charset=";', payload: '{}' },
];
