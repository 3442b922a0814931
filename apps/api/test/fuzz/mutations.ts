import fc from 'fast-check';
import { type IdPool, type JsonSchema, valid } from './arbitraries';
import { hostileJson } from './hostile';

type Path = (string | number)[];

/** Every place in a value a mutation can hit, the value itself first. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const here: Path[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, i) => here.push(...pathsOf(item, [...path, i])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) here.push(...pathsOf(item, [...path, key]));
  }
  return here;
}

type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'remove'; path: Path }
  | { kind: 'add'; path: Path; key: string; value: unknown };

function apply(root: unknown, mutation: Mutation): unknown {
  const { path } = mutation;
  if (path.length === 0) {
    if (mutation.kind === 'replace') return mutation.value;
    if (mutation.kind === 'remove') return undefined;
  }
  const copy = structuredClone(root);
  let parent: unknown = copy;
  for (const step of path.slice(0, mutation.kind === 'add' ? path.length : -1)) {
    parent = (parent as Record<string | number, unknown>)[step];
  }
  const last = path[path.length - 1];
  if (mutation.kind === 'add') {
    if (typeof parent === 'object' && parent !== null && !Array.isArray(parent)) {
      // Defined, not assigned: assigning `__proto__` would swap the prototype, not add a key.
      Object.defineProperty(parent, mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  } else if (last !== undefined) {
    const container = parent as Record<string | number, unknown>;
    if (mutation.kind === 'replace') container[last] = mutation.value;
    else if (Array.isArray(container)) container.splice(Number(last), 1);
    else container[last] = undefined;
  }
  // `undefined` leaves JSON as a missing field, exactly what a client that forgot it sends.
  return copy;
}

/** One change to a valid value: a field of the wrong type or hostile, missing, or extra. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value);
  const path = fc.constantFrom(...paths);
  return fc
    .oneof(
      {
        weight: 4,
        arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: hostileJson() }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), path }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('add' as const),
          path,
          key: fc.constantFrom('extra', '__proto__', 'constructor', 'role', 'id', 'userId', ''),
          value: hostileJson(),
        }),
      },
    )
    .map((mutation: Mutation) => apply(value, mutation));
}

/**
 * What the fuzzer sends where the schema describes a value: valid ones (so handlers run),
 * valid ones with one change (so each field's check is hit alone), and pure hostility.
 */
export function fuzzed(schema: JsonSchema, pool: IdPool): fc.Arbitrary<unknown> {
  const base = valid(schema, pool);
  return fc.oneof(
    { weight: 3, arbitrary: base },
    { weight: 5, arbitrary: base.chain(mutated) },
    { weight: 1, arbitrary: hostileJson() },
  );
}
