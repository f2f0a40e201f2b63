import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import type { InsightsIo } from './insights.js';

// Under `npm run`, the command runs at the package root; INIT_CWD is where the person typed it.
const base = process.env['INIT_CWD'] ?? process.cwd();
// Two folders up from src/cli/ (tsx) and lib/cli/ (installed) alike: the package root.
const schemaFile = fileURLToPath(new URL('../../policy.schema.json', import.meta.url));

const io: InsightsIo = {
  resolve: (path) => resolve(base, path),
  readFile: (path) => readFileSync(path, 'utf8'),
  createFile: (path, text) => writeFileSync(path, text, { flag: 'wx' }),
  schemaReference: (path) => {
    const link = relative(dirname(path), schemaFile).split(sep).join('/');
    return link.startsWith('.') ? link : `./${link}`;
  },
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  writeFile: (path, text) => writeFileSync(path, text),
  // The package's exports hide the browser build; it sits next to the CommonJS entry.
  chartScript: () => readFileSync(join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'), 'utf8'),
};

process.exitCode = await runCli(process.argv.slice(2), io);
