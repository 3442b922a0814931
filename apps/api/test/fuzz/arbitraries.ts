import fc from 'fast-check';

/** The part of JSON Schema the route schemas use, as @fastify/swagger writes them out. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  maxProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/**
 * What exists in the fixture. Valid-shaped requests that name it get past "not found" and
 * into the handlers' rules; random ids only ever test the 404.
 */
export interface IdPool {
  /** Every table's ids, for a path whose id names a row of that table. */
  byTable: Readonly<Record<string, readonly (string | number)[]>>;
  /** Members' ids: what an id in a body names (a mentor asked, a member reported). */
  people: readonly string[];
  uuids: readonly string[];
  integers: readonly number[];
  /** Strings that mean something here (emails with accounts, live refresh tokens, slugs). */
  strings: readonly string[];
}

/** Enough characters to be realistic (Danish, Arabic, Cyrillic, line breaks) and stay small. */
const TEXT_CHARACTERS = Array.from(
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-!?:()\'"æøåÆØÅéüمرحباПривет\n\t',
);

/** A leading lookahead ("something visible") fast-check cannot generate from: dropped. */
const LEADING_LOOKAHEAD = /^\^\(\?=[^()]*\)/;
/**
 * `^[class]*$`, `+` or `{m,n}`: text fields and tokens, generated character by character
 * within their length limits (filtering random matches for an exact length never ends).
 */
const CLASS_REPEAT = /^\^(\[(?:[^\]\\]|\\.)*\])(?:\*|(\+)|\{(\d+)(?:,(\d*))?\})\$$/;

function lengthOf(min: number, max: number): fc.Arbitrary<number> {
  const near = fc.integer({ min, max: Math.min(max, min + 60) });
  // The exact maximum is where off-by-one bugs live.
  return max <= 5_000 ? fc.oneof({ weight: 4, arbitrary: near }, fc.constant(max)) : near;
}

function validString(schema: JsonSchema, pool: IdPool): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, 80);
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        { weight: 3, arbitrary: someOf(pool.people) },
        { weight: 1, arbitrary: someOf(pool.uuids) },
        { weight: 1, arbitrary: fc.uuid() },
      );
    case 'email': {
      const emails = pool.strings.filter((text) => text.includes('@'));
      const random = fc.emailAddress().map((email) => email.slice(0, max));
      return emails.length > 0
        ? fc.oneof(
            { weight: 2, arbitrary: random },
            { weight: 1, arbitrary: fc.constantFrom(...emails) },
          )
        : random;
    }
    case 'date':
      return someDate().map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return someDate().map((date) => date.toISOString());
  }
  const known = pool.strings.filter(
    (text) =>
      text.length >= min &&
      text.length <= max &&
      (schema.pattern === undefined || new RegExp(schema.pattern).test(text)),
  );
  const generated = generatedString(schema, min, max);
  return known.length > 0
    ? fc.oneof(
        { weight: 3, arbitrary: generated },
        { weight: 1, arbitrary: fc.constantFrom(...known) },
      )
    : generated;
}

function generatedString(schema: JsonSchema, min: number, max: number): fc.Arbitrary<string> {
  if (schema.pattern === undefined) {
    return lengthOf(min, max).chain((length) =>
      fc.string({
        unit: fc.constantFrom(...TEXT_CHARACTERS),
        minLength: length,
        maxLength: length,
      }),
    );
  }
  // Best effort, never a filter: a pattern fast-check rarely meets would stall the run, and a
  // value that misses it is still a fine fuzz input.
  const cut = (text: string) => text.slice(0, max);
  const withoutLookahead = schema.pattern.replace(LEADING_LOOKAHEAD, '^');
  const repeat = CLASS_REPEAT.exec(withoutLookahead);
  if (repeat?.[1]) {
    const [, characterClass, plus, atLeast, atMost] = repeat;
    const character = new RegExp(`^${characterClass}$`);
    const allowed = TEXT_CHARACTERS.filter((c) => character.test(c));
    const unit = allowed.length > 0 ? fc.constantFrom(...allowed) : fc.stringMatching(character);
    const low = Math.max(min, plus ? 1 : Number(atLeast ?? 0));
    const high =
      atLeast === undefined || atMost === '' ? max : Math.min(max, Number(atMost ?? atLeast));
    return lengthOf(low, high).chain((length) =>
      fc.string({ unit, minLength: length, maxLength: length }),
    );
  }
  try {
    return fc.stringMatching(new RegExp(withoutLookahead)).map(cut);
  } catch {
    // A construct fast-check cannot generate from: plain text, which the route may refuse.
    return fc.string({ maxLength: max }).map(cut);
  }
}

/** One of the ids, or a fresh uuid when there are none. */
export const someOf = (ids: readonly string[]): fc.Arbitrary<string> =>
  ids.length > 0 ? fc.constantFrom(...ids) : fc.uuid();

const DAY_MS = 86_400_000;

/**
 * Mostly within two months of now (the test clock starts at the real time), where meeting
 * dates and planned ends are accepted; sometimes anywhere in decades, where they are not.
 */
const someDate = () => {
  const now = Date.now();
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.date({
        min: new Date(now - 60 * DAY_MS),
        max: new Date(now + 60 * DAY_MS),
        noInvalidDate: true,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.date({
        min: new Date('1990-01-01'),
        max: new Date('2035-12-31'),
        noInvalidDate: true,
      }),
    },
  );
};

function validInteger(schema: JsonSchema, pool: IdPool): fc.Arbitrary<number> {
  const min = schema.minimum ?? Number.MIN_SAFE_INTEGER;
  const max = schema.maximum ?? Number.MAX_SAFE_INTEGER;
  const [low, high] = [Math.max(min, -(2 ** 31)), Math.min(max, 2 ** 31 - 1)];
  const limits = fc.constantFrom(min, max);
  const known = pool.integers.filter((n) => n >= min && n <= max);
  return fc.oneof(
    { weight: 3, arbitrary: low <= high ? fc.integer({ min: low, max: high }) : limits },
    { weight: 1, arbitrary: limits },
    ...(known.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...known) }] : []),
  );
}

function validObject(schema: JsonSchema, pool: IdPool): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const named = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, valid(child, pool)])),
    { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
  );
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object') return named;
  const more = fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/), valid(extra, pool), {
    maxKeys: Math.min(schema.maxProperties ?? 5, 5),
  });
  return fc.tuple(named, more).map(([a, b]) => ({ ...b, ...a }));
}

/** A value the schema accepts (as far as the fixture's ids let it). */
export function valid(schema: JsonSchema, pool: IdPool): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((member) => valid(member, pool)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => valid({ ...schema, type }, pool)));
  }
  switch (schema.type) {
    case 'string':
      return validString(schema, pool);
    case 'integer':
      return validInteger(schema, pool);
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = valid(schema.items ?? {}, pool);
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 4, minLength + 4);
      return schema.uniqueItems
        ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(item, { minLength, maxLength });
    }
    case 'object':
      return validObject(schema, pool);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
