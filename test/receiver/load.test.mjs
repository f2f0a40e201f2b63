// The receiver over HTTP (the Node adapter) under load and under kill -9, on 127.0.0.1 only.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createReceiver, nodeServer, openStore } from '../../lib/server/index.js';
import { email, ORIGIN, post, STORES } from './helpers.mjs';

async function listen(server) {
  // A thousand connections at once: past the default backlog of 511, the kernel drops SYNs and
  // the client sees a connect timeout instead of an answer.
  server.listen({ port: 0, host: '127.0.0.1', backlog: 2048 });
  await once(server, 'listening');
  return `http://127.0.0.1:${server.address().port}`;
}

async function send(base, n, key) {
  const request = post('/api/contact', email(n), { key, base });
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: await request.text() });
  return { status: response.status, body: await response.json() };
}

for (const [kind, open] of Object.entries(STORES)) {
  describe(`idempotency under load on ${kind}`, () => {
    it('500 messages, each POSTed twice at once: 500 rows, each reference given to both requests', async () => {
      const made = await open();
      const server = nodeServer(createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false }));
      try {
        const base = await listen(server);
        const keys = Array.from({ length: 500 }, () => crypto.randomUUID());
        const replies = await Promise.all(keys.flatMap((key, n) => [send(base, n, key), send(base, n, key)]));
        assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([201]));
        for (let n = 0; n < 500; n++) assert.equal(replies[2 * n].body.reference, replies[2 * n + 1].body.reference, `message ${n}`);
        assert.equal(new Set(replies.map((r) => r.body.reference)).size, 500);
        const stored = await made.store.list(10_000);
        assert.equal(stored.length, 500);
        assert.deepEqual(new Set(stored.map((m) => m.reference)), new Set(replies.map((r) => r.body.reference)));
      } finally {
        server.close();
        await made.close();
      }
    });
  });
}

describe('durability', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kw-durability-'));
  const file = join(folder, 'inbox.sqlite');
  const script = fileURLToPath(new URL('./serve.mjs', import.meta.url));
  after(() => rmSync(folder, { recursive: true, force: true }));

  async function start() {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = once(child, 'exit');
    let output = '';
    for await (const chunk of child.stdout) {
      output += chunk;
      const port = /listening (\d+)/.exec(output)?.[1];
      if (port) return { child, exited, base: `http://127.0.0.1:${port}` };
    }
    throw new Error('the receiver did not start');
  }

  it('kill -9 during 1,000 messages: every 2xx is on disk, and resending the rest lands each once', async () => {
    const keys = Array.from({ length: 1000 }, () => crypto.randomUUID());
    const confirmed = new Map();
    const first = await start();
    let next = 0;
    let killed = false;
    // 50 senders at a time, as many browsers would; the process dies a third of the way in.
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < keys.length) {
          const n = next++;
          try {
            const reply = await send(first.base, n, keys[n]);
            if (reply.status === 201) confirmed.set(keys[n], reply.body.reference);
          } catch {
            // The connection died with the process: not confirmed, so the widget would retry.
          }
          if (!killed && confirmed.size >= 300) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      }),
    );
    await first.exited;
    assert.ok(killed && confirmed.size >= 300 && confirmed.size < 1000, `confirmed ${confirmed.size}`);

    const store = await openStore(file);
    const afterCrash = new Map((await store.list(10_000)).map((m) => [m.body.email, m.reference]));
    await store.close();
    keys.forEach((key, n) => {
      if (confirmed.has(key)) assert.equal(afterCrash.get(email(n).email), confirmed.get(key), `confirmed message ${n} is stored`);
    });

    const second = await start();
    try {
      for (let n = 0; n < keys.length; n++) {
        const reply = await send(second.base, n, keys[n]);
        assert.equal(reply.status, 201);
        if (confirmed.has(keys[n])) assert.equal(reply.body.reference, confirmed.get(keys[n]));
      }
    } finally {
      second.child.kill('SIGKILL');
      await second.exited;
    }
    const final = await openStore(file);
    const rows = await final.list(10_000);
    await final.close();
    assert.equal(rows.length, 1000);
    assert.equal(new Set(rows.map((m) => m.body.email)).size, 1000);
  });
});
