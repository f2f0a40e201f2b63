// The handler's answers as a widget (or a stranger) gets them, on SQLite and on Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createReceiver } from '../../lib/server/index.js';
import { answer, callback, email, ORIGIN, post, STORES } from './helpers.mjs';

for (const [kind, open] of Object.entries(STORES)) {
  describe(`receiver on ${kind}`, () => {
    let made;
    let receive;
    const count = () => made.store.count();
    before(async () => {
      made = await open();
      receive = (request) => createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false })(request);
    });
    after(() => made.close());

    it('stores an email and answers 201 with a reference the widget accepts', async () => {
      const before = await count();
      const reply = await answer(await receive(post('/api/contact', email(1))));
      assert.equal(reply.status, 201);
      assert.match(reply.body.reference, /^[\w.-]{1,64}$/);
      assert.equal(reply.headers.get('Access-Control-Allow-Origin'), ORIGIN);
      assert.equal(await count(), before + 1);
      const [stored] = await made.store.list(1);
      assert.equal(stored.reference, reply.body.reference);
      assert.deepEqual(stored.body, email(1));
    });

    it('takes call-back requests at /api/callback and, by their kind, at /api/contact', async () => {
      for (const path of ['/api/callback', '/api/contact']) {
        const reply = await answer(await receive(post(path, callback(2))));
        assert.equal(reply.status, 201, path);
        const [stored] = await made.store.list(1);
        assert.equal(stored.kind, 'callback');
        assert.equal(stored.reference, reply.body.reference);
      }
    });

    it('answers a repeat of the same key and body with the same reference, storing nothing new', async () => {
      const key = crypto.randomUUID();
      const first = await answer(await receive(post('/api/contact', email(3), { key })));
      const stored = await count();
      const again = await answer(await receive(post('/api/contact', email(3), { key })));
      assert.equal(again.status, first.status);
      assert.deepEqual(again.body, first.body);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(await count(), stored);
    });

    it('refuses the same key with another body: 422 problem, the first message kept as it was', async () => {
      const key = crypto.randomUUID();
      const first = await answer(await receive(post('/api/contact', email(4), { key })));
      const reply = await answer(await receive(post('/api/contact', email(4, { message: 'Something else' }), { key })));
      assert.equal(reply.status, 422);
      assert.equal(reply.type, 'application/problem+json');
      assert.equal(reply.body.status, 422);
      const [stored] = await made.store.list(1);
      assert.equal(stored.reference, first.body.reference);
      assert.equal(stored.body.message, email(4).message);
    });

    it('answers 409 with Retry-After while a request with the same key is still being received', async () => {
      const key = crypto.randomUUID();
      const quick = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false, inFlightWaitMs: 20 });
      let finish;
      const slowBody = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(JSON.stringify(email(5)).slice(0, 10)));
          finish = () => (controller.enqueue(new TextEncoder().encode(JSON.stringify(email(5)).slice(10))), controller.close());
        },
      });
      const slow = quick(new Request('http://127.0.0.1/api/contact', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: slowBody, duplex: 'half' }));
      const second = await answer(await quick(post('/api/contact', email(5), { key })));
      assert.equal(second.status, 409);
      assert.equal(second.headers.get('Retry-After'), '1');
      finish();
      const first = await answer(await slow);
      assert.equal(first.status, 201);
      const third = await answer(await quick(post('/api/contact', email(5), { key })));
      assert.deepEqual(third.body, first.body);
    });

    it('marks a probe with Kanaalwijzer-Test: stored and answered as usual, never due for forwarding', async () => {
      const forwarding = { woken: 0, wake() { this.woken++; } };
      const probing = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false, forwarding });
      const reply = await answer(await probing(post('/api/contact', email(6), { headers: { 'Kanaalwijzer-Test': '1' } })));
      assert.equal(reply.status, 201);
      const [stored] = await made.store.list(1);
      assert.equal(stored.reference, reply.body.reference);
      assert.equal(stored.test, true);
      assert.equal(forwarding.woken, 0);
      assert.deepEqual((await made.store.claimDue(Date.now() + 1000, Date.now() + 2000)).map((m) => m.reference), []);
      const real = await answer(await probing(post('/api/contact', email(7))));
      assert.equal(forwarding.woken, 1);
      assert.deepEqual((await made.store.claimDue(Date.now() + 1000, Date.now() + 2000)).map((m) => m.reference), [real.body.reference]);
    });

    it('answers the CORS preflight for listed origins only, never with *', async () => {
      const preflight = (origin, method = 'POST') =>
        receive(new Request('http://127.0.0.1:8787/api/contact', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,idempotency-key' } }));
      const ok = await preflight(ORIGIN);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('Access-Control-Allow-Origin'), ORIGIN);
      assert.match(ok.headers.get('Access-Control-Allow-Headers'), /Idempotency-Key/);
      assert.match(ok.headers.get('Access-Control-Allow-Headers'), /Content-Type/);
      assert.match(ok.headers.get('Vary'), /Origin/);
      const stranger = await preflight('https://evil.example');
      assert.equal(stranger.status, 403);
      assert.equal(stranger.headers.get('Access-Control-Allow-Origin'), null);
      const before = await count();
      const post403 = await receive(post('/api/contact', email(8), { headers: { Origin: 'https://evil.example' } }));
      assert.equal(post403.status, 403);
      assert.equal(await count(), before);
      assert.throws(() => createReceiver({ store: made.store, allowOrigins: ['*'] }));
    });

    it('limits each client: 429 with Retry-After past the burst, other clients unaffected', async () => {
      const limited = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: { burst: 2, perMs: 60_000 } });
      const from = (address) => limited(post('/api/contact', email(9)), { clientAddress: address });
      assert.equal((await from('10.0.0.1')).status, 201);
      assert.equal((await from('10.0.0.1')).status, 201);
      const third = await answer(await from('10.0.0.1'));
      assert.equal(third.status, 429);
      assert.equal(third.type, 'application/problem+json');
      assert.ok(Number(third.headers.get('Retry-After')) >= 1);
      assert.equal((await from('10.0.0.2')).status, 201);
    });

    it('says it is healthy at GET /healthz', async () => {
      const reply = await answer(await receive(new Request('http://127.0.0.1/healthz')));
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, { ok: true });
    });

    it('deletes messages older than the retention, keeping those still to be forwarded', async () => {
      const { Courier } = await import('../../lib/server/index.js');
      let clock = Date.parse('2026-01-01T00:00:00Z');
      const now = () => clock;
      const old = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false, now });
      const kept = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false, now, forwarding: { wake() {} } });
      const gone = await answer(await old(post('/api/contact', email(10))));
      const waiting = await answer(await kept(post('/api/contact', email(11))));
      clock += 31 * 86_400_000;
      const fresh = await answer(await old(post('/api/contact', email(12))));
      await new Courier({ store: made.store, retentionDays: 30, now }).runOnce();
      const references = (await made.store.list(1000)).map((m) => m.reference);
      assert.ok(!references.includes(gone.body.reference));
      assert.ok(references.includes(waiting.body.reference));
      assert.ok(references.includes(fresh.body.reference));
    });
  });
}
