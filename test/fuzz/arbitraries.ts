/**
 * Generated bad input for the policy loader and the element: the demo policy with random parts
 * replaced by wrong types, huge or odd unicode strings, deep nesting, prototype keys, bad links
 * and markup; random JSON; and policy text cut or garbled.
 */
import fc from 'fast-check';

export const BAD_URLS = [
  'javascript:window.kwPwned=1',
  'JavaScript:window.kwPwned=1',
  ' javascript:window.kwPwned=1',
  'java\tscript:window.kwPwned=1',
  'java\nscript:window.kwPwned=1',
  '\u0000javascript:window.kwPwned=1',
  'data:text/html,<script>window.kwPwned=1</script>',
  'vbscript:msgbox(1)',
  'blob:https://example.nl/1',
  'file:///etc/passwd',
  '//evil.example/x',
  '/\\evil.example',
  'http://example.nl',
  'https://',
  'https://exa mple.nl',
  'tel:abc',
];

/** Strings that would run script or add elements if they ever became markup. */
export const MARKUP = [
  '<img src=x onerror="window.kwPwned=1">',
  '<b data-kw-injected>vet</b>',
  '"><svg data-kw-injected onload="window.kwPwned=1">',
  "'><script>window.kwPwned=1</script>",
  '${window.kwPwned=1}',
  '{{constructor.constructor("window.kwPwned=1")()}}',
];

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u202Eevil\u202C', 'a\u200Bb', '🤷🏽‍♀️', 'ﷺ', 'Ⅻ', '\uD800', 'null', 'undefined', 'NaN', '-0', '1e309'),
);

const hugeText = fc.integer({ min: 10_000, max: 300_000 }).map((length) => 'ä'.repeat(length));

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

const deepValue = fc.tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean()).map(([depth, asArray]) => nest(depth, 'diep', asArray));

/** Objects whose own keys try to reach Object.prototype; JSON.parse makes "__proto__" an own key. */
const prototypeKeys = fc.constantFrom(
  () => JSON.parse('{"__proto__": {"kwPolluted": true}, "id": "x"}'),
  () => JSON.parse('{"constructor": {"prototype": {"kwPolluted": true}}}'),
  () => JSON.parse('{"prototype": {"kwPolluted": true}}'),
).map((make) => make() as unknown);

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...BAD_URLS), weight: 4 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 4 },
  { arbitrary: oddText, weight: 3 },
  { arbitrary: hugeText, weight: 1 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: prototypeKeys, weight: 2 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
);

type Path = (string | number)[];

/** Every place in a JSON value where something can be replaced, removed or added. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number };

const LINK_KEYS = new Set(['href', 'endpoint', 'url']);

/** Random changes anywhere, and changes aimed where harm would show: links get bad URLs, texts markup. */
const mutation = (paths: Path[]): fc.Arbitrary<Mutation> => {
  const at = fc.nat(paths.length - 1);
  const indexesWhere = (test: (last: string | number | undefined, path: Path) => boolean) =>
    paths.flatMap((path, index) => (test(path[path.length - 1], path) ? [index] : []));
  const links = indexesWhere((last) => typeof last === 'string' && LINK_KEYS.has(last));
  const texts = indexesWhere((last, path) => path.some((step) => ['label', 'text', 'question', 'answer', 'description', 'address'].includes(String(step))) && typeof last === 'string');
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value: nastyValue }), weight: 6 },
    { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.constantFrom(...links), value: fc.constantFrom(...BAD_URLS) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.constantFrom(...texts), value: fc.constantFrom(...MARKUP) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('remove' as const), at }), weight: 2 },
    {
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        at,
        key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'href', 'id', 'hours', 'html'), fc.string({ maxLength: 12 })),
        value: nastyValue,
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at }), weight: 1 },
  );
};

function apply(root: unknown, paths: Path[], change: Mutation): unknown {
  const path = paths[change.at] ?? [];
  if (path.length === 0) return change.kind === 'replace' ? change.value : root;
  let parent = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) {
    const next = parent?.[step];
    if (!next || typeof next !== 'object') return root;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (!parent || typeof parent !== 'object' || !(last in parent)) return root;
  if (change.kind === 'replace') parent[last] = change.value;
  else if (change.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (change.kind === 'add') {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
  } else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
  return root;
}

/** The base policy with one to six random changes. Paths are taken before changing, so later ones may miss: fine. */
export function mutatedPolicy(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc.array(mutation(paths), { minLength: 1, maxLength: 6 }).map((changes) => {
    let policy = structuredClone(base);
    for (const change of changes) policy = apply(policy, paths, change);
    return policy;
  });
}

/** Policy text as a marketer might break it: cut short, a character lost or added, a stray comma. */
export function garbledText(base: unknown): fc.Arbitrary<string> {
  const text = JSON.stringify(base, null, 2);
  return fc.tuple(fc.nat(text.length - 1), fc.constantFrom('cut', 'drop', 'insert'), fc.constantFrom(',', '"', '}', ']', '{', ':', '\\', '\u0000', 'ü')).map(([at, kind, char]) => {
    if (kind === 'cut') return text.slice(0, at);
    if (kind === 'drop') return text.slice(0, at) + text.slice(at + 1);
    return text.slice(0, at) + char + text.slice(at);
  });
}

const ALLOWED_PROTOCOLS = new Set(['https:', 'tel:', 'mailto:', 'sms:']);

/** Judged by the browser's own URL parser, independently of the validator's rules. */
export function isAllowedLink(value: string, base = 'https://host.example/page/'): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

/** Every string under a key that becomes a link or a request address. */
export function linksIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) linksIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && ['href', 'endpoint', 'url'].includes(key)) found.push(item);
      else linksIn(item, found);
    }
  }
  return found;
}

/**
 * fc.assert, with a failure report a person can read: the assertion that failed, the seed and
 * path to replay it, and the start of the counterexample (a whole policy runs to pages).
 */
export async function checkProperty<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property as fc.IAsyncProperty<T>, { numRuns });
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const example = JSON.stringify(details.counterexample, (_key, value: unknown) => (typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value));
  throw new Error(
    `${cause}\nafter ${details.numRuns} runs; replay with { seed: ${details.seed}, path: "${details.counterexamplePath}" }\ncounterexample: ${example?.slice(0, 4000)}`,
  );
}
