// Writes policy.schema.json and docs/policy-reference.md from the valibot schema, the one source
// of the policy format. With --check, fails instead when a committed file is stale, or a field
// lacks the description a marketer sees as hover help and in the reference.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { policyJsonSchema } from './policy-json-schema.js';
import { policyReference } from './policy-reference.js';
import { UNSAID_RULES } from './unsaid-rules.js';

const SCHEMA_FILE = new URL('../policy.schema.json', import.meta.url);
const REFERENCE_FILE = new URL('../docs/policy-reference.md', import.meta.url);

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

function undescribed(schema: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => undescribed(item, `${path}[${index}]`, out));
  } else if (schema && typeof schema === 'object') {
    const node = schema as JsonSchema;
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      const describedHere = typeof property.description === 'string';
      // A top-level key is what a marketer hovers first: it says what it is for itself.
      const describedInside = path !== '$' && Array.isArray(property.anyOf) && property.anyOf.every((option) => typeof (option as JsonSchema).description === 'string');
      if (!describedHere && !describedInside) out.push(`${path}.${key}`);
    }
    // The conditions of if/then only restate keys described where they are defined.
    for (const [key, value] of Object.entries(node)) if (key !== 'allOf') undescribed(value, `${path}.${key}`, out);
  }
  return out;
}

const generated = {
  title: 'Kanaalwijzer channel policy',
  description: 'Which contact channels the <kanaal-wijzer> widget shows, with hours, wait times, costs, topics, FAQ and service notices. Validate with: npx kanaalwijzer validate <file>',
  ...policyJsonSchema(),
};
const files: [URL, string][] = [
  [SCHEMA_FILE, `${JSON.stringify(generated, null, 2)}\n`],
  [REFERENCE_FILE, policyReference(generated as Parameters<typeof policyReference>[0], UNSAID_RULES)],
];

const missing = undescribed(generated, '$', []);
if (missing.length > 0) {
  console.error(`Fields without a description:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const name = (file: URL) => file.pathname.split('/').slice(-2).join('/').replace(/^[^/]*kanaalwijzer[^/]*\//, '');
if (process.argv.includes('--check')) {
  const stale = files.filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      // A missing file is as stale as an old one.
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`Stale: ${stale.map(([file]) => name(file)).join(', ')}. Run "npm run schema" and commit the result.`);
    process.exit(1);
  }
  console.log('policy.schema.json and docs/policy-reference.md are up to date.');
} else {
  mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
  for (const [file, text] of files) writeFileSync(file, text);
  console.log('Wrote policy.schema.json and docs/policy-reference.md.');
}
