import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runCli } from './cli.js';
import type { InsightsIo } from './insights.js';

const io: InsightsIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  writeFile: (path, text) => writeFileSync(path, text),
  // The package's exports hide the browser build; it sits next to the CommonJS entry.
  chartScript: () => readFileSync(join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'), 'utf8'),
};

process.exitCode = runCli(process.argv.slice(2), io);
