import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import type { InsightsIo } from './insights.js';
import type { ReceiveIo } from './receive.js';

// Under `npm run`, the command runs at the package root; INIT_CWD is where the person typed it.
const base = process.env['INIT_CWD'] ?? process.cwd();
// Two folders up from src/cli/ (tsx) and lib/cli/ (installed) alike: the package root.
const schemaFile = fileURLToPath(new URL('../../policy.schema.json', import.meta.url));

const io: InsightsIo & ReceiveIo = {
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
  env: process.env,
  // Loaded only by this command: the server modules and their database drivers.
  insightsFromDb: async (location, options) => {
    const postgres = /^postgres(ql)?:/.test(location);
    // Opening a SQLite file that is not there would make an empty one and report nothing.
    if (!postgres && !existsSync(resolve(base, location))) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    const { openStore, sqlReport } = await import('../server/index.js');
    const store = await openStore(postgres ? location : resolve(base, location));
    try {
      return await sqlReport(store.sql, options);
    } finally {
      await store.close();
    }
  },
  receive: async (config) => (await import('./serve.js')).serve({ ...config, store: /^postgres(ql)?:/.test(config.store) ? config.store : resolve(base, config.store) }, (line) => console.log(line)),
};

process.exitCode = await runCli(process.argv.slice(2), io);
