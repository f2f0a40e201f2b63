// The receiver's benchmark (not a test): messages stored per second and request latency through
// the Node adapter on SQLite and on PGlite, then insights events per second and peak memory for
// 1 and 10 million generated events on SQLite. Everything stays on 127.0.0.1 and in a temp folder.
// Usage: npm run bench:receiver [-- --sizes 1000000,10000000 --messages 2000 --concurrency 32]
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createReceiver, MessageStore, nodeServer, openStore, postgresSql, sqlReport } from '../lib/server/index.js';
import { eventRow } from '../lib/server/insights-events.js';
import { buildReport, parseLog } from '../lib/insights/report.js';
import { insightsEvents } from './generate-insights-events.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000,10000000' },
    messages: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '32' },
    'insights-child': { type: 'string' },
    'in-memory-child': { type: 'string' },
  },
});
const BATCH = 5000;

function table(header, rows) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`).join('\n').replace(/\n/, `\n|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|\n`);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (kb) => `${Math.round(kb / 1024)} MB`;

async function pgliteStore() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const { default: pg } = await import('pg');
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  const pool = new pg.Pool({ connectionString: `postgres://postgres@${server.getServerConn()}/postgres`, max: 1 });
  const store = await MessageStore.open(postgresSql(pool));
  return { store, close: async () => (await store.close(), await server.stop(), await db.close()) };
}

function message(n) {
  return JSON.stringify({ channel: 'email', topic: 'factuur', pageUrl: 'https://www.example.nl/factuur/', locale: 'nl', reference: 'KW-7F3Q9X', email: `klant${n}@example.nl`, name: `Klant ${n}`, subject: `Vraag ${n}`, message: `Waarom is mijn factuur ${n} hoger dan vorige maand?`, faqShown: [] });
}

async function benchMessages(name, made, count, concurrency) {
  const server = nodeServer(createReceiver({ store: made.store, allowOrigins: ['https://www.example.nl'], messageRate: false }));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${server.address().port}/api/contact`;
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next++;
        const t = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: message(n) });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`HTTP ${response.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  server.close();
  if ((await made.store.count()) !== count) throw new Error('not every message was stored');
  await made.close();
  latencies.sort((a, b) => a - b);
  return [name, count, concurrency, Math.round(count / seconds), `${percentile(latencies, 50).toFixed(1)} ms`, `${percentile(latencies, 99).toFixed(1)} ms`];
}

/** In a child process of its own, so that its peak memory is its own. */
async function insightsChild(count) {
  const folder = mkdtempSync(join(tmpdir(), 'kw-bench-insights-'));
  const file = join(folder, 'inbox.sqlite');
  try {
    const store = await openStore(file);
    const stepMs = Math.max(1, Math.floor((30 * 86_400_000) / count));
    let batch = [];
    const t0 = performance.now();
    for (const event of insightsEvents(count, { stepMs })) {
      batch.push(eventRow({ ...event, at: new Date(Date.parse(event.at)).toISOString() }));
      if (batch.length === BATCH) {
        await store.putEvents(batch, Date.now());
        batch = [];
      }
    }
    if (batch.length) await store.putEvents(batch, Date.now());
    const ingest = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const report = await sqlReport(store.sql);
    const reportSeconds = (performance.now() - t1) / 1000;
    await store.close();
    if (report.events !== count) throw new Error(`the report counted ${report.events} events`);
    console.log(JSON.stringify({ count, ingest, reportSeconds, maxRss: process.resourceUsage().maxRSS, bytes: statSync(file).size }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Today's path for comparison: the NDJSON log read into memory and reported there. */
function inMemoryChild(count) {
  const stepMs = Math.max(1, Math.floor((30 * 86_400_000) / count));
  const lines = [];
  for (const event of insightsEvents(count, { stepMs })) lines.push(JSON.stringify(event));
  const text = lines.join('\n');
  lines.length = 0;
  const t = performance.now();
  const report = buildReport(parseLog(text));
  const seconds = (performance.now() - t) / 1000;
  if (report.events !== count) throw new Error(`the report counted ${report.events} events`);
  console.log(JSON.stringify({ count, reportSeconds: seconds, maxRss: process.resourceUsage().maxRSS }));
}

function child(flag, count) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), `--${flag}`, String(count)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`${flag} ${count} failed`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

if (args['insights-child']) await insightsChild(Number(args['insights-child']));
else if (args['in-memory-child']) inMemoryChild(Number(args['in-memory-child']));
else {
  const count = Number(args.messages);
  const concurrency = Number(args.concurrency);
  const sqliteFolder = mkdtempSync(join(tmpdir(), 'kw-bench-messages-'));
  const rows = [];
  try {
    const store = await openStore(join(sqliteFolder, 'inbox.sqlite'));
    rows.push(await benchMessages('SQLite (WAL, synchronous=FULL)', { store, close: () => store.close() }, count, concurrency));
  } finally {
    rmSync(sqliteFolder, { recursive: true, force: true });
  }
  rows.push(await benchMessages('Postgres: PGlite over pg', await pgliteStore(), count, concurrency));
  console.log(`Messages through the Node adapter (POST /api/contact, each stored before its 201), node ${process.version}\n`);
  console.log(table(['store', 'messages', 'concurrent', 'stored/s', 'p50', 'p99'], rows));

  const insightRows = [];
  const sizes = args.sizes.split(',').map(Number);
  for (const size of sizes) {
    const r = child('insights-child', size);
    insightRows.push([`SQLite, SQL report`, size.toLocaleString('en'), `${Math.round(size / r.ingest).toLocaleString('en')}/s (${r.ingest.toFixed(1)} s)`, `${Math.round(size / r.reportSeconds).toLocaleString('en')}/s (${r.reportSeconds.toFixed(1)} s)`, mb(r.maxRss), mb(r.bytes / 1024)]);
  }
  const smallest = Math.min(...sizes);
  const memory = child('in-memory-child', smallest);
  insightRows.push([`in memory (NDJSON path), for comparison`, smallest.toLocaleString('en'), '–', `${Math.round(smallest / memory.reportSeconds).toLocaleString('en')}/s (${memory.reportSeconds.toFixed(1)} s)`, mb(memory.maxRss), '–']);
  console.log(`\nInsights: generated events stored in batches of ${BATCH}, then the whole report; peak memory is the process's maximum RSS\n`);
  console.log(table(['path', 'events', 'ingest', 'report', 'peak memory', 'database'], insightRows));
}
