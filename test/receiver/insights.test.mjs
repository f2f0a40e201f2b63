// Insights batches through the receiver, and the report computed in the database: it must equal
// the in-memory report (the NDJSON path) on the same events, on SQLite and on Postgres.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildReport, parseLog } from '../../lib/insights/report.js';
import { createReceiver, sqlReport } from '../../lib/server/index.js';
import { insightsEvents } from '../../scripts/generate-insights-events.mjs';
import { ORIGIN, STORES } from './helpers.mjs';

const EVENTS = [...insightsEvents(3000, { seed: 7, stepMs: 7 * 60_000 })];
const bin = fileURLToPath(new URL('../../bin/kanaalwijzer.js', import.meta.url));

/** A batch as the widget's beacon sends it: text/plain, so no preflight. */
const beacon = (events, headers = {}) =>
  new Request('http://127.0.0.1/api/insights', { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: ORIGIN, ...headers }, body: JSON.stringify({ events }) });

for (const [kind, open] of Object.entries(STORES)) {
  describe(`insights on ${kind}`, () => {
    let made;
    let receive;
    before(async () => {
      made = await open();
      receive = createReceiver({ store: made.store, allowOrigins: [ORIGIN], insightsRate: false });
      for (let start = 0; start < EVENTS.length; start += 100) {
        const response = await receive(beacon(EVENTS.slice(start, start + 100)));
        assert.equal(response.status, 204);
      }
    });
    after(() => made.close());

    it('computes the same report in SQL as in memory, for all of it and for a period', async () => {
      const ndjson = EVENTS.map((event) => JSON.stringify(event)).join('\n');
      assert.deepStrictEqual(await sqlReport(made.store.sql), buildReport(parseLog(ndjson)));
      const period = { from: '2026-11-05', to: '2026-11-09' };
      const expected = buildReport(parseLog(ndjson), period);
      assert.ok(expected.events > 0 && expected.events < EVENTS.length);
      assert.deepStrictEqual(await sqlReport(made.store.sql, period), expected);
    });

    it('masks what was typed again before storing it, whatever the sender did', async () => {
      const unmasked = [{ type: 'kw-faq-suggest', detail: { topic: 'factuur', source: 'search', query: 'mail jan@example.nl of bel 0612345678', results: [] }, at: '2026-12-01T10:00:00Z' }];
      assert.equal((await receive(beacon(unmasked))).status, 204);
      const report = await sqlReport(made.store.sql, { from: '2026-12-01', to: '2026-12-01' });
      assert.deepEqual(report.gaps.map((gap) => gap.query), ['mail [e-mail] of bel [phone]']);
    });

    it('refuses a body with no events, answers a probe without counting it', async () => {
      const before = (await sqlReport(made.store.sql)).events;
      const empty = await receive(new Request('http://127.0.0.1/api/insights', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"events": [1, "x"]}' }));
      assert.equal(empty.status, 400);
      assert.equal(empty.headers.get('Content-Type'), 'application/problem+json');
      assert.equal((await receive(beacon(EVENTS.slice(0, 3), { 'Kanaalwijzer-Test': '1' }))).status, 204);
      assert.equal((await sqlReport(made.store.sql)).events, before);
    });
  });
}

describe('kanaalwijzer insights --db', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kw-insights-db-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('prints the same report from the database as from the NDJSON log', async () => {
    const made = await STORES.sqlite();
    try {
      const receive = createReceiver({ store: made.store, allowOrigins: [ORIGIN], insightsRate: false });
      for (let start = 0; start < EVENTS.length; start += 100) await receive(beacon(EVENTS.slice(start, start + 100)));
      writeFileSync(join(folder, 'events.ndjson'), EVENTS.map((event) => JSON.stringify(event)).join('\n'));
      const run = (args) => spawnSync(process.execPath, [bin, 'insights', ...args], { cwd: folder, encoding: 'utf8' });
      const fromLog = run(['events.ndjson', '--from', '2026-11-03']);
      const fromDb = run(['--db', made.file, '--from', '2026-11-03']);
      assert.equal(fromDb.status, 0, fromDb.stderr);
      assert.equal(fromDb.stdout, fromLog.stdout);
      assert.match(fromDb.stdout, /^Kanaalwijzer insights: /);
      const missing = run(['--db', join(folder, 'nothing.sqlite')]);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /nothing\.sqlite/);
    } finally {
      await made.close();
    }
  });
});
