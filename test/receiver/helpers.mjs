// Shared by the receiver's tests: stores on SQLite and on Postgres (PGlite over the wire, through
// the same `pg` pool a site would use), valid messages, and requests as the widget sends them.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { MessageStore, openStore, postgresSql } from '../../lib/server/index.js';

export const ORIGIN = 'https://www.example.nl';

/** A fresh, empty store of each kind; `close` removes what it made. */
export const STORES = {
  async sqlite() {
    const folder = mkdtempSync(join(tmpdir(), 'kw-receiver-'));
    const file = join(folder, 'inbox.sqlite');
    const store = await openStore(file);
    return { store, file, close: async () => (await store.close(), rmSync(folder, { recursive: true, force: true })) };
  },
  async pglite() {
    const db = await PGlite.create();
    // PGlite is one backend: a second connection's statements would land inside the first's transaction.
    const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 1 });
    await server.start();
    const pool = new pg.Pool({ connectionString: `postgres://postgres@${server.getServerConn()}/postgres`, max: 1 });
    const store = await MessageStore.open(postgresSql(pool));
    return { store, close: async () => (await store.close(), await server.stop(), await db.close()) };
  },
};

export function email(n = 0, extra = {}) {
  return {
    channel: 'email',
    topic: 'factuur',
    pageUrl: 'https://www.example.nl/factuur/',
    locale: 'nl',
    reference: 'KW-7F3Q9X',
    email: `klant${n}@example.nl`,
    name: `Klant ${n}`,
    subject: `Vraag ${n}`,
    message: `Waarom is mijn factuur ${n} hoger?\nGroet.`,
    faqShown: ['factuur-hoger'],
    ...extra,
  };
}

export function callback(n = 0, extra = {}) {
  return {
    channel: 'bellen',
    topic: 'storing',
    pageUrl: 'https://www.example.nl/storing/',
    locale: 'nl',
    reference: 'KW-7F3Q9X',
    kind: 'callback',
    phone: `+31 6 1234 ${String(n).padStart(4, '0')}`,
    name: `Klant ${n}`,
    note: 'Na 16:00 graag.',
    slot: '2026-12-07T16:00:00+01:00',
    slotLabel: 'maandag 16:00–16:30',
    ...extra,
  };
}

/** A request as the outbox sends it. */
export function post(path, body, { key = crypto.randomUUID(), headers = {}, base = 'http://127.0.0.1:8787' } = {}) {
  const h = { 'Content-Type': 'application/json', Accept: 'application/json', Origin: ORIGIN, ...headers };
  if (key !== null) h['Idempotency-Key'] = key;
  return new Request(new URL(path, base), { method: 'POST', headers: h, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export async function answer(response) {
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, type: response.headers.get('Content-Type'), headers: response.headers, body };
}
