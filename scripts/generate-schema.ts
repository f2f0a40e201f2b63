// Writes policy.schema.json from the valibot schema, the one source of the policy format.
// With --check, fails instead when the committed file is stale, or a field lacks the
// description a marketer sees as hover help.
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { PolicySchema } from '../src/policy/schema.js';

const FILE = new URL('../policy.schema.json', import.meta.url);

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

function undescribed(schema: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => undescribed(item, `${path}[${index}]`, out));
  } else if (schema && typeof schema === 'object') {
    const node = schema as JsonSchema;
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      const describedHere = typeof property.description === 'string';
      const describedInside = Array.isArray(property.anyOf) && property.anyOf.every((option) => typeof (option as JsonSchema).description === 'string');
      if (!describedHere && !describedInside) out.push(`${path}.${key}`);
    }
    for (const [key, value] of Object.entries(node)) undescribed(value, `${path}.${key}`, out);
  }
  return out;
}

const generated = {
  title: 'Kanaalwijzer channel policy',
  description: 'Which contact channels the <kanaal-wijzer> widget shows, with hours, wait times, costs, topics, FAQ and service notices. Validate with: npx kanaalwijzer validate <file>',
  ...toJsonSchema(PolicySchema, { errorMode: 'ignore' }),
};
const text = `${JSON.stringify(generated, null, 2)}\n`;

const missing = undescribed(generated, '$', []);
if (missing.length > 0) {
  console.error(`Fields without a description:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // A missing file is as stale as an old one.
  }
  if (committed !== text) {
    console.error('policy.schema.json is stale: run "npm run schema" and commit the result.');
    process.exit(1);
  }
  console.log('policy.schema.json is up to date.');
} else {
  writeFileSync(FILE, text);
  console.log('Wrote policy.schema.json.');
}
