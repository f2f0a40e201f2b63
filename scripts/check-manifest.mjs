// custom-elements.json against the Custom Elements Manifest schema 2.1.0 (the custom-elements-manifest
// package), plus what that schema leaves optional and tools need: a type for every event and a
// default for every custom property. Usage: node scripts/check-manifest.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));

const problems = [];
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
if (!validate(manifest)) problems.push(...validate.errors.map((error) => `${error.instancePath || '/'}: ${error.message}`));
for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  for (const event of declaration.events ?? []) if (!event.type?.text) problems.push(`${declaration.name}: event ${event.name} has no type`);
  for (const property of declaration.cssProperties ?? []) if (property.default === undefined) problems.push(`${declaration.name}: ${property.name} has no default`);
}
for (const module of manifest.modules) if (!/^lib\/.*\.js$/.test(module.path)) problems.push(`${module.path} is not a module the package ships`);

if (problems.length > 0) {
  console.error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json is valid against CEM ${version}, with a type for every event and a default for every custom property.`);
