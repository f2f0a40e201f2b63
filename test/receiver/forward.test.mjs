// Forwarding from the store: once per message to a local SMTP server, and to a webhook that fails
// at first, with a signature the receiving end can check.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { Courier, createReceiver, smtpForwarder, webhookForwarder } from '../../lib/server/index.js';
import { answer, callback, email, ORIGIN, post, STORES } from './helpers.mjs';

/** A mail server on 127.0.0.1 that keeps every message it is given, raw. */
async function smtpServer() {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let raw = '';
      stream.on('data', (chunk) => (raw += chunk));
      stream.on('end', () => (mails.push(raw), done()));
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return { mails, url: `smtp://127.0.0.1:${server.server.address().port}?ignoreTLS=true`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const header = (raw, name) => new RegExp(`^${name}: (.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(raw)?.[1];

for (const [kind, open] of Object.entries(STORES)) {
  describe(`forwarding on ${kind}`, () => {
    let made;
    before(async () => (made = await open()));
    after(() => made.close());

    it('mails each message once, as plain text, after confirming it to the widget', async () => {
      const smtp = await smtpServer();
      try {
        const courier = new Courier({ store: made.store, forwarder: await smtpForwarder({ url: smtp.url, to: 'service@example.nl' }), pollMs: 60_000 });
        const receive = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false, forwarding: courier });
        const key = crypto.randomUUID();
        const sent = await answer(await receive(post('/api/contact', email(1, { subject: 'Factuur te hoog', message: '<b>Hallo</b>\nMijn factuur klopt niet.' }), { key })));
        await answer(await receive(post('/api/contact', email(1, { subject: 'Factuur te hoog', message: '<b>Hallo</b>\nMijn factuur klopt niet.' }), { key })));
        const call = await answer(await receive(post('/api/contact', callback(2))));
        await receive(post('/api/contact', email(3), { headers: { 'Kanaalwijzer-Test': '1' } }));
        assert.equal(sent.status, 201);
        await courier.runOnce();
        await courier.runOnce();
        assert.equal(smtp.mails.length, 2);
        const [mail, callMail] = [...smtp.mails].sort((a, b) => a.includes('Call-back') - b.includes('Call-back'));
        assert.equal(header(mail, 'Subject'), `Factuur te hoog [${sent.body.reference}]`);
        assert.match(header(mail, 'Content-Type'), /^text\/plain/);
        assert.match(header(mail, 'Reply-To'), /klant1@example\.nl/);
        assert.match(mail, /<b>Hallo<\/b>/);
        assert.match(header(callMail, 'Subject'), new RegExp(call.body.reference));
        const stored = await made.store.list(10);
        assert.ok(stored.filter((m) => !m.test).every((m) => m.forwardedAt !== null && m.attempts === 1));
      } finally {
        await smtp.close();
      }
    });

    it('retries a failing webhook from the store with backoff, signing each delivery', async () => {
      const secret = 'webhook-secret';
      const deliveries = [];
      let failures = 1;
      const hook = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          deliveries.push({ headers: request.headers, body });
          response.statusCode = failures-- > 0 ? 503 : 204;
          response.end();
        });
      });
      hook.listen(0, '127.0.0.1');
      await once(hook, 'listening');
      let clock = Date.parse('2026-12-07T09:00:00Z');
      try {
        const courier = new Courier({ store: made.store, forwarder: webhookForwarder({ url: `http://127.0.0.1:${hook.address().port}/hook`, secret }), retryBaseMs: 30_000, now: () => clock });
        const receive = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false, forwarding: { wake() {} }, now: () => clock });
        const sent = await answer(await receive(post('/api/contact', email(4))));
        await courier.runOnce();
        assert.equal(deliveries.length, 1);
        const [failed] = (await made.store.list(100)).filter((m) => m.reference === sent.body.reference);
        assert.equal(failed.forwardedAt, null);
        assert.match(failed.lastError, /503/);
        clock += 10_000;
        await courier.runOnce();
        assert.equal(deliveries.length, 1, 'not retried before the backoff has passed');
        clock += 30_000;
        await courier.runOnce();
        assert.equal(deliveries.length, 2);
        for (const delivery of deliveries) {
          const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(delivery.headers['kanaalwijzer-signature']);
          assert.equal(v1, createHmac('sha256', secret).update(`${t}.${delivery.body}`).digest('hex'));
          assert.equal(delivery.headers['idempotency-key'], sent.body.reference);
          assert.equal(JSON.parse(delivery.body).message.email, email(4).email);
        }
        const [done] = (await made.store.list(100)).filter((m) => m.reference === sent.body.reference);
        assert.notEqual(done.forwardedAt, null);
        await courier.runOnce();
        assert.equal(deliveries.length, 2);
      } finally {
        hook.close();
      }
    });
  });
}
