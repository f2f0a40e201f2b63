// What `npm pack` would publish: everything a site or bundler needs, honestly described, and
// nothing else. Run after `npm run build`: it reads the built files that would ship.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const REQUIRED = [
  'dist/kanaalwijzer.js',
  'lib/index.js',
  'lib/index.d.ts',
  'lib/define.js',
  'lib/define.d.ts',
  'lib/cli/main.js',
  'bin/kanaalwijzer.js',
  'policy.schema.json',
  'openapi.yaml',
  'custom-elements.json',
  'types/react.d.ts',
  'types/custom-elements-jsx.d.ts',
  'types/custom-elements-vue.d.ts',
  'README.md',
  'LICENSE',
  'package.json',
];
const FORBIDDEN = [/^src\//, /^test\//, /^demo\//, /^scripts\//, /^node_modules\//, /\.test\./, /^\.ci\//];
// Scripts npm would run in a consumer's install (or, for prepare, in a git install).
const CONSUMER_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];
// Modules whose exported types are the public contract: each must be exported from the entry.
const PUBLIC_TYPE_MODULES = ['src/events.ts', 'src/policy/schema.ts', 'src/policy/validate.ts'];

const problems = [];
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((file) => file.path);
console.log(`${report.name}@${report.version}: ${files.length} files, ${(report.size / 1024).toFixed(1)} KB packed`);

const missing = REQUIRED.filter((path) => !files.includes(path));
if (missing.length) problems.push(`missing from the package: ${missing.join(', ')}`);
const unwanted = files.filter((path) => FORBIDDEN.some((pattern) => pattern.test(path)));
if (unwanted.length) problems.push(`should not be in the package: ${unwanted.join(', ')}`);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.license !== 'MIT' || !readFileSync('LICENSE', 'utf8').startsWith('MIT License')) problems.push('package.json says "license": "MIT" and LICENSE must be the MIT licence');
if (!pkg.repository?.url) problems.push('package.json lacks "repository"');
if (!pkg.homepage) problems.push('package.json lacks "homepage"');
if (!Array.isArray(pkg.keywords) || pkg.keywords.length === 0) problems.push('package.json lacks "keywords"');
const consumerScripts = CONSUMER_SCRIPTS.filter((name) => pkg.scripts?.[name]);
if (consumerScripts.length) problems.push(`scripts that would run in a consumer's install: ${consumerScripts.join(', ')}`);

// A source map is only useful with the sources it maps to: they must be inside it (sourcesContent).
for (const path of files.filter((file) => file.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(path, 'utf8'));
  const complete = Array.isArray(map.sourcesContent) && map.sourcesContent.length === map.sources.length && map.sourcesContent.every((text) => typeof text === 'string');
  if (!complete) problems.push(`${path} points at sources it does not contain (no sourcesContent)`);
}

const entry = readFileSync('lib/index.d.ts', 'utf8');
const exported = new Set([...entry.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((match) => match[1].split(',').map((name) => name.trim().split(/\s+as\s+/).at(-1))));
for (const module of PUBLIC_TYPE_MODULES) {
  for (const [, name] of readFileSync(module, 'utf8').matchAll(/^export (?:type|interface) (\w+)/gm)) {
    if (!exported.has(name)) problems.push(`${module} declares the public type ${name} but lib/index.d.ts does not export it`);
  }
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('package contents, licence, metadata, source maps and public types: all present');
