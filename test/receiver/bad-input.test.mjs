// What a stranger or a broken client sends: each gets a clear problem+json status, and nothing is stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createReceiver } from '../../lib/server/index.js';
import { answer, callback, email, ORIGIN, post, STORES } from './helpers.mjs';

for (const [kind, open] of Object.entries(STORES)) {
  describe(`bad input on ${kind}`, () => {
    let made;
    let receive;
    before(async () => {
      made = await open();
      receive = createReceiver({ store: made.store, allowOrigins: [ORIGIN], messageRate: false });
    });
    after(() => made.close());

    async function refused(request, status) {
      const reply = await answer(await receive(request));
      assert.equal(reply.status, status, JSON.stringify(reply.body));
      assert.equal(reply.type, 'application/problem+json');
      assert.equal(reply.body.status, status);
      assert.ok(reply.body.detail.length > 0);
      assert.equal(await made.store.count(), 0);
      return reply;
    }

    it('a fuzzed body: 400, nothing stored', { timeout: 120_000 }, async () => {
      const fields = Object.keys(email());
      const body = fc.oneof(
        fc.string(),
        fc.jsonValue().map((value) => JSON.stringify(value)),
        // Objects with the message's own field names and values of any type: the near misses.
        fc.dictionary(fc.constantFrom(...fields, 'kind', 'phone', 'extra'), fc.jsonValue()).map((value) => JSON.stringify(value)),
      );
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const reply = await receive(post('/api/contact', text));
          assert.equal(reply.status, 400, text);
          assert.equal(reply.headers.get('Content-Type'), 'application/problem+json');
        }),
        { numRuns: kind === 'sqlite' ? 300 : 100 },
      );
      assert.equal(await made.store.count(), 0);
    });

    it('an oversized body: 413', async () => {
      await refused(post('/api/contact', email(1, { message: 'x'.repeat(70 * 1024) })), 413);
    });

    it('a field longer than the contract allows: 400 naming the field', async () => {
      const reply = await refused(post('/api/contact', email(1, { subject: 's'.repeat(201) })), 400);
      assert.deepEqual(reply.body.issues.map((issue) => issue.path), ['subject']);
    });

    it('wrong types: 400 naming each field', async () => {
      const reply = await refused(post('/api/contact', email(1, { faqShown: 'factuur-hoger', topic: 7 })), 400);
      assert.deepEqual(reply.body.issues.map((issue) => issue.path).sort(), ['faqShown', 'topic']);
      await refused(post('/api/callback', callback(1, { phone: 31612345678 })), 400);
    });

    it('a missing Idempotency-Key: 400', async () => {
      const reply = await refused(post('/api/contact', email(1), { key: null }), 400);
      assert.match(reply.body.detail, /Idempotency-Key/);
    });

    it('a line break in the name, subject or address: 400, as it could inject a mail header', async () => {
      for (const field of ['name', 'subject', 'email']) {
        const reply = await refused(post('/api/contact', email(1, { [field]: 'Klant\r\nBcc: victim@example.org' })), 400);
        assert.deepEqual(reply.body.issues.map((issue) => issue.path), [field]);
      }
      await refused(post('/api/callback', callback(1, { name: 'Klant\nX-Evil: 1' })), 400);
    });

    it('a content type other than JSON: 415', async () => {
      await refused(post('/api/contact', JSON.stringify(email(1)), { headers: { 'Content-Type': 'text/plain' } }), 415);
      await refused(post('/api/contact', new URLSearchParams({ message: 'hi' }).toString(), { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415);
    });

    it('a GET of an endpoint that takes POST: 405 with Allow', async () => {
      const reply = await answer(await receive(new Request('http://127.0.0.1/api/contact', { headers: { Origin: ORIGIN } })));
      assert.equal(reply.status, 405);
      assert.match(reply.headers.get('Allow'), /POST/);
    });
  });
}
