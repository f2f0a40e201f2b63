// What `npm pack` would publish: everything a site or bundler needs, and nothing else.
import { execFileSync } from 'node:child_process';

const REQUIRED = [
  'dist/kanaalwijzer.js',
  'lib/index.js',
  'lib/index.d.ts',
  'lib/define.js',
  'lib/define.d.ts',
  'lib/cli/main.js',
  'bin/kanaalwijzer.js',
  'policy.schema.json',
  'custom-elements.json',
  'README.md',
  'package.json',
];
const FORBIDDEN = [/^src\//, /^test\//, /^demo\//, /^scripts\//, /^node_modules\//, /\.test\./, /^\.ci\//];

const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = report.files.map((file) => file.path);
const missing = REQUIRED.filter((path) => !files.includes(path));
const unwanted = files.filter((path) => FORBIDDEN.some((pattern) => pattern.test(path)));
console.log(`${report.name}@${report.version}: ${files.length} files, ${(report.size / 1024).toFixed(1)} KB packed`);
if (missing.length || unwanted.length) {
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  if (unwanted.length) console.error(`should not be in the package: ${unwanted.join(', ')}`);
  process.exit(1);
}
