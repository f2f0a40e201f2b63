// The schema an editor knows against the validator the widget runs, over mutated policies: the
// demo policy, the policy `kanaalwijzer init` writes and the design's example, each changed in one
// to four places, mostly with values that are nearly right. Every policy the schema refuses, the
// validator refuses; every policy only the validator refuses breaks a rule the schema cannot say.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { UNSAID_RULES } from '../../scripts/unsaid-rules.js';
import { starterPolicy } from '../../src/cli/init.js';
import { parsePolicyText } from '../../src/policy/validate.js';
import { designExample } from '../fixtures/policies.js';
import { mutatedPolicy, pathsOf } from '../fuzz/arbitraries.js';

const RUNS_PER_SEED = 2500;
const NASTY_RUNS = 1000;
const SEED = 25;

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const schema = read('policy.schema.json') as object;
const SEEDS: Record<string, unknown> = {
  'demo/contact-policy.json': read('demo/contact-policy.json'),
  'kanaalwijzer init': JSON.parse(JSON.stringify(starterPolicy('./node_modules/kanaalwijzer/policy.schema.json'))),
  'the design example': JSON.parse(JSON.stringify(designExample())),
};

/** Values a marketer might write where another belongs: nearly right, or right elsewhere. */
const NEAR_MISSES: unknown[] = [
  '', ' ', 'closed', '24/7', '25:00-26:00', '08:00-08:00', '24:00-08:00', '08:00-24:00', '08:00-24:30', '8:00-17:00', '22:00-02:00',
  '2026-02-30', '2028-02-29', '2026-02-29', '2100-02-29', '2000-02-29', '0050-01-01', '2026-13-01', '2026-12-25',
  'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'http://example.nl', 'https://', 'https://example.nl/contact',
  'HTTPS://example.nl', 'https:example.nl', 'https://example.nl:99999', 'https://[::1', '/contact', '//evil.example', 'contact',
  'tel:', 'tel:+31201234567', 'tel:12', 'TEL:+31201234567', 'tel:+31 20 123', 'mailto:', 'mailto:a@b.nl', 'sms:+31612345678',
  'x@example.nl', 'a@b', 'a@.b.c', 'a@b.', `${'a'.repeat(250)}@b.nl`,
  'Europe/Amsterdam', 'Europe/Amsterdm', 'Asia/Calcutta', 'UTC', 'EUR', 'eur', 'XYZ', 'EURO',
  'nl', 'en', 'en-GB', 'en-gb', 'english', 'mon', 'mon-fri', 'fri-mon', 'monday',
  'phone', 'email', 'chat', 'whatsapp', 'social', 'video', 'visit', 'callback', 'link', 'fax',
  'urgent', 'record', 'snel', 'info', 'warning', 'critical', 'urgentst', 'event',
  '2026-11-24T08:00:00+01:00', '2026-11-24T08:00Z', '2026-11-24T24:00+01:00', '2026-11-24T08:00', '2026-11-24T25:00Z', '2026-02-30T08:00Z', '2026-11-24T08:00+24:00',
  'free', 'standard', 'gratis', 'factuur', 'storing', 'Factuur hoger', '/factuur*', 'factuur*',
  0, -1, 0.5, 3, 5, 9, 10, 199, 200, 1.5, 2, true, false, null,
  [], {}, ['08:00-12:00', '13:00-17:00'], ['urgent', 'simple'], ['factuur'], ['chat', 'email'],
  { nl: '' }, { nl: 'Bellen', en: 'Call us' }, { english: 'Call' }, { perMinute: 0.1, currency: 'EUR' }, { perCall: 1 }, { text: 'Gratis' },
  { minutes: 3 }, { hours: 24 }, { endpoint: '/api/contact' }, { to: 'x@example.nl' }, { endpoint: 'http://x' },
  { 'mon-fri': '08:00-17:00', wed: 'closed' }, { 'mon-fri': '08:00-17:00', sat: '10:00-14:00' }, { '2026-12-25': 'closed' },
];
const KEYS = ['href', 'start', 'email', 'callback', 'address', 'hours', 'exceptions', 'timeZone', 'wait', 'reply', 'cost', 'suits', 'nudge', 'level', 'from', 'until', 'topics', 'channels', 'to', 'endpoint', 'maxChars', 'refreshSeconds', 'mon', 'wed', 'sat-sun', '2026-02-30', 'monday', 'en', 'EN', 'hourz'];

type Path = (string | number)[];
type Change = { kind: 'set' | 'rename' | 'add' | 'remove' | 'swap'; at: number; other: number; value: unknown; key: string };

function applyChange(root: Record<string, unknown>, paths: Path[], change: Change): void {
  const path = paths[change.at] ?? [];
  if (path.length === 0) return;
  let parent = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) {
    const next = parent[step];
    if (!next || typeof next !== 'object') return;
    parent = next as Record<string | number, unknown>;
  }
  const last = path.at(-1) as string | number;
  if (!(last in parent)) return;
  const target = parent[last];
  if (change.kind === 'set') parent[last] = structuredClone(change.value);
  else if (change.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (change.kind === 'rename' && !Array.isArray(parent)) {
    delete parent[last];
    parent[change.key] = target;
  } else if (change.kind === 'add' && target && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, unknown>)[change.key] = structuredClone(change.value);
  } else if (change.kind === 'swap') {
    let source: unknown = root;
    for (const step of paths[change.other] ?? []) source = (source as Record<string | number, unknown> | undefined)?.[step];
    if (source !== undefined) parent[last] = structuredClone(source);
  }
}

function nearlyRight(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const change = fc.record({
    kind: fc.constantFrom<Change['kind']>('set', 'set', 'set', 'rename', 'add', 'remove', 'swap'),
    at: fc.nat(paths.length - 1),
    other: fc.nat(paths.length - 1),
    value: fc.constantFrom(...NEAR_MISSES),
    key: fc.constantFrom(...KEYS),
  });
  return fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
    const policy = structuredClone(base) as Record<string, unknown>;
    for (const each of changes) applyChange(policy, paths, each);
    return policy;
  });
}

const ajv = new Ajv({ strict: true, allErrors: false });
// VS Code's own keywords for editor help, which validation ignores.
ajv.addKeyword('enumDescriptions').addKeyword('defaultSnippets');
const schemaAccepts = ajv.compile(schema);

interface Counts {
  bothAccept: number;
  bothRefuse: number;
  onlySchemaRefuses: number;
  onlyValidatorRefusesListed: number;
  onlyValidatorRefusesUnlisted: number;
}

function classify(policies: unknown[]): { counts: Counts; unlisted: string[]; schemaOnly: string[] } {
  const counts: Counts = { bothAccept: 0, bothRefuse: 0, onlySchemaRefuses: 0, onlyValidatorRefusesListed: 0, onlyValidatorRefusesUnlisted: 0 };
  const unlisted: string[] = [];
  const schemaOnly: string[] = [];
  for (const policy of policies) {
    let text: string;
    try {
      text = JSON.stringify(policy);
    } catch {
      continue;
    }
    if (text === undefined) continue;
    const data: unknown = JSON.parse(text);
    const byValidator = parsePolicyText(text);
    const validatorAccepts = byValidator.errors.length === 0 && !byValidator.fatal;
    const bySchema = schemaAccepts(data);
    if (validatorAccepts && bySchema) counts.bothAccept++;
    else if (!validatorAccepts && !bySchema) counts.bothRefuse++;
    else if (validatorAccepts) {
      counts.onlySchemaRefuses++;
      schemaOnly.push(`${JSON.stringify(schemaAccepts.errors?.[0])}`);
    } else {
      const mistakes = byValidator.errors.filter((error) => !error.consequence);
      const outside = mistakes.filter((error) => !UNSAID_RULES.some((rule) => rule.message.test(error.message)));
      if (outside.length === 0) counts.onlyValidatorRefusesListed++;
      else {
        counts.onlyValidatorRefusesUnlisted++;
        unlisted.push(...outside.map((error) => `${error.path}: ${error.message}`));
      }
    }
  }
  return { counts, unlisted, schemaOnly };
}

const few = (list: string[]) => [...new Set(list)].slice(0, 12).join('\n  ');

for (const [name, base] of Object.entries(SEEDS)) {
  test(`schema and validator agree on ${RUNS_PER_SEED} nearly right changes of ${name}`, (t) => {
    const { counts, unlisted, schemaOnly } = classify(fc.sample(nearlyRight(base), { numRuns: RUNS_PER_SEED, seed: SEED }));
    t.diagnostic(`${name}: ${JSON.stringify(counts)}`);
    assert.equal(counts.onlySchemaRefuses, 0, `the schema refuses what the validator accepts:\n  ${few(schemaOnly)}`);
    assert.equal(counts.onlyValidatorRefusesUnlisted, 0, `the schema accepts what the validator refuses, for a rule it could say:\n  ${few(unlisted)}`);
  });
}

test(`schema and validator agree on ${NASTY_RUNS} hostile changes of the demo policy`, (t) => {
  const { counts, unlisted, schemaOnly } = classify(fc.sample(mutatedPolicy(SEEDS['demo/contact-policy.json']), { numRuns: NASTY_RUNS, seed: SEED }));
  t.diagnostic(`hostile: ${JSON.stringify(counts)}`);
  assert.equal(counts.onlySchemaRefuses, 0, `the schema refuses what the validator accepts:\n  ${few(schemaOnly)}`);
  assert.equal(counts.onlyValidatorRefusesUnlisted, 0, `the schema accepts what the validator refuses, for a rule it could say:\n  ${few(unlisted)}`);
});
