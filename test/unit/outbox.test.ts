import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MAILTO_MAX_LENGTH, mailtoHref } from '../../src/outbox/mailto.js';
import { newMessage, OUTBOX_PREFIX } from '../../src/outbox/message.js';
import { backoffDelay, Outbox, parseRetryAfter } from '../../src/outbox/outbox.js';
import { newReference } from '../../src/internal/reference.js';
import { storeOver } from '../../src/storage/store.js';

describe('backoffDelay', () => {
  it('waits a random time up to an exponentially growing bound (full jitter)', () => {
    expect(backoffDelay(1, 0, () => 0.999)).to.be.closeTo(2000, 2);
    expect(backoffDelay(3, 0, () => 0.999)).to.be.closeTo(8000, 8);
    expect(backoffDelay(3, 0, () => 0)).to.equal(0);
  });
  it('never exceeds ten minutes, however many attempts', () => {
    expect(backoffDelay(40, 0, () => 0.999)).to.be.at.most(600_000);
  });
  it('never retries sooner than Retry-After', () => {
    expect(backoffDelay(1, 30_000, () => 0)).to.equal(30_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).to.equal(120_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:30 GMT', Date.parse('2026-11-24T12:00:00Z'))).to.equal(30_000);
    expect(parseRetryAfter(null)).to.equal(0);
    expect(parseRetryAfter('soon')).to.equal(0);
  });
});

describe('newReference', () => {
  it('is short, readable on the phone and different every time', () => {
    const references = new Set(Array.from({ length: 200 }, newReference));
    expect(references.size).to.equal(200);
    for (const reference of references) expect(reference).to.match(/^KW-[2-9A-HJ-NP-Z]{6}$/);
  });
});

describe('mailtoHref (RFC 6068)', () => {
  it('encodes subject and body, with CRLF line breaks', () => {
    expect(mailtoHref('service@example.nl', 'Vraag & antwoord', 'Regel 1\nRegel 2 = 100%?')).to.equal(
      'mailto:service@example.nl?subject=Vraag%20%26%20antwoord&body=Regel%201%0D%0ARegel%202%20%3D%20100%25%3F',
    );
  });
  it('gives no link when the message is too long to open reliably', () => {
    expect(mailtoHref('a@b.nl', '', 'x'.repeat(MAILTO_MAX_LENGTH))).to.equal(undefined);
  });
});

describe('Outbox: what happens to a message, by the endpoint\'s answer', () => {
  const ENDPOINT = 'https://example.nl/api/contact';
  const PAYLOAD = { email: 'sam@example.nl', message: 'Mijn meter geeft een vreemde stand aan.' };
  let fetchStub: sinon.SinonStub;
  afterEach(() => fetchStub.restore());

  /** The endpoint answers every POST with `status`, a JSON problem and `headers`. */
  function endpointAnswers(status: number, problem: string, headers: Record<string, string> = {}): void {
    fetchStub = sinon
      .stub(window, 'fetch')
      .callsFake(async () => new Response(JSON.stringify({ message: problem }), { status, headers: { 'Content-Type': 'application/json', ...headers } }));
  }

  for (const status of [500, 502, 408, 425]) {
    it(`${status}: keeps the message and queues it with a time to retry`, async () => {
      endpointAnswers(status, 'even niet');
      const outbox = new Outbox(storeOver(undefined));
      const before = Date.now();
      const outcome = await outbox.submit(ENDPOINT, PAYLOAD, 'KW-ABCDEF');
      expect(outcome).to.deep.include({ kind: 'queued', reason: `HTTP ${status}` });
      if (outcome.kind !== 'queued') return;
      expect(outcome.retryAt).to.be.at.least(before);
      const [kept, ...more] = await outbox.pending();
      expect(more).to.deep.equal([]);
      expect(kept).to.deep.include({ reference: 'KW-ABCDEF', attempts: 1, nextAttemptAt: outcome.retryAt, idempotencyKey: outcome.message.idempotencyKey });
      expect(kept?.payload).to.deep.equal({ ...PAYLOAD, reference: 'KW-ABCDEF' });
    });
  }

  it('429 with Retry-After: keeps the message and retries no sooner than the server asked', async () => {
    endpointAnswers(429, 'rustig aan', { 'Retry-After': '120' });
    const outbox = new Outbox(storeOver(undefined));
    const before = Date.now();
    const outcome = await outbox.submit(ENDPOINT, PAYLOAD, 'KW-ABCDEF');
    expect(outcome).to.deep.include({ kind: 'queued', reason: 'HTTP 429' });
    if (outcome.kind !== 'queued') return;
    expect(outcome.retryAt).to.be.at.least(before + 120_000);
    expect((await outbox.pending()).map((message) => message.nextAttemptAt)).to.deep.equal([outcome.retryAt]);
    // Not due yet: a flush now leaves it alone rather than asking again.
    expect(await outbox.flush()).to.deep.equal([]);
    expect(fetchStub.callCount).to.equal(1);
  });

  for (const [status, problem] of [
    [404, 'Dit adres bestaat niet'],
    [400, 'Dit e-mailadres accepteren we niet'],
  ] as const) {
    it(`${status}: removes the message and rejects it with the server's problem text`, async () => {
      endpointAnswers(status, problem);
      const outbox = new Outbox(storeOver(undefined));
      const outcome = await outbox.submit(ENDPOINT, PAYLOAD, 'KW-ABCDEF');
      expect(outcome).to.deep.include({ kind: 'rejected', status, problem });
      expect(await outbox.pending()).to.deep.equal([]);
    });
  }

  it('does not keep a message that forget() took away while its attempt was out (a logout in another tab)', async () => {
    const store = storeOver(undefined);
    const outbox = new Outbox(store);
    fetchStub = sinon.stub(window, 'fetch').callsFake(async () => {
      for (const [key] of await store.entries(OUTBOX_PREFIX)) await store.delete(key);
      return new Response('{}', { status: 503 });
    });
    await outbox.submit(ENDPOINT, PAYLOAD, 'KW-ABCDEF');
    expect(await outbox.pending()).to.deep.equal([]);
    expect(await outbox.flush(Number.MAX_SAFE_INTEGER)).to.deep.equal([]);
    expect(fetchStub.callCount).to.equal(1);
  });

  it('tries a message once per retry when a second flush listed it before the first one\'s attempt ended (a timer and a part arriving)', async () => {
    endpointAnswers(503, 'even niet');
    const outbox = new Outbox(storeOver(undefined));
    await outbox.submit(ENDPOINT, PAYLOAD, 'KW-ABCDEF');
    const listedEarlier = await outbox.pending();
    await outbox.flush(Number.MAX_SAFE_INTEGER);
    const late = listedEarlier[0] ? await outbox.attempt(listedEarlier[0]) : 'nothing listed';
    expect(late).to.equal(undefined);
    expect(fetchStub.callCount, 'the first attempt and one retry').to.equal(2);
    expect((await outbox.pending()).map((message) => message.attempts)).to.deep.equal([2]);
  });

  it('sends every attempt with the same Idempotency-Key, and delivers a queued message once the endpoint recovers', async () => {
    endpointAnswers(502, 'bad gateway');
    const outbox = new Outbox(storeOver(undefined));
    const queued = await outbox.submit(ENDPOINT, PAYLOAD, 'KW-ABCDEF');
    fetchStub.restore();
    endpointAnswers(200, 'ok');
    const [sent, ...more] = await outbox.flush(Number.MAX_SAFE_INTEGER);
    expect(more).to.deep.equal([]);
    expect(sent).to.deep.include({ kind: 'sent', reference: 'KW-ABCDEF' });
    expect(await outbox.pending()).to.deep.equal([]);
    const key = (fetchStub.firstCall.args[1] as RequestInit).headers as Record<string, string>;
    expect(key['Idempotency-Key']).to.equal(queued.message.idempotencyKey);
  });

  it('shows a message given up to its writer only: without an account, in the tab that wrote it, never to the next person on this computer', async () => {
    const store = storeOver(undefined);
    const given = (reference: string, account: string | null, createdAt: number) => {
      const message = newMessage(ENDPOINT, { message: `van ${reference}` }, reference, account, createdAt);
      return store.set(OUTBOX_PREFIX + message.idempotencyKey, { ...message, stopped: 'attempts' as const });
    };
    const now = Date.now();
    await given('KW-AAAAAA', null, now - 3_600_000);
    await given('KW-BBBBBB', null, now - 100 * 3_600_000);
    await given('KW-CCCCCC', 'klant-7', now - 3_600_000);
    const review = (reference: string, account: string | null) =>
      new Outbox(store, () => ({ endpoints: null, account, credentials: null, reference })).review();

    expect((await review('KW-AAAAAA', null)).notSent.map(({ message }) => message.reference)).to.deep.equal(['KW-AAAAAA']);
    const nextPerson = await review('KW-ZZZZZZ', null);
    expect(nextPerson.notSent, 'the next person at this computer').to.deep.equal([]);
    expect((await review('KW-ZZZZZZ', 'klant-7')).notSent.map(({ message }) => message.reference)).to.deep.equal(['KW-CCCCCC']);
    // Past its lifetime (72 hours) a message nobody may be shown is gone; the writer's tab keeps its own.
    const left = (await store.entries(OUTBOX_PREFIX)).map(([, message]) => (message as { reference: string }).reference).sort();
    expect(left).to.deep.equal(['KW-AAAAAA', 'KW-CCCCCC']);
  });
});
