import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { newMessage, OUTBOX_PREFIX } from '../../src/outbox/message.js';
import { Outbox } from '../../src/outbox/outbox.js';
import { readDeviceDraft, readTabDraft, sweepDeviceDrafts, writeDeviceDraft, writeTabDraft } from '../../src/storage/drafts.js';
import { forgetTab } from '../../src/storage/tab-keeping.js';
import { storeOver } from '../../src/storage/store.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-06T09:00:00Z');
const DRAFT = { email: 'sam@example.nl', name: 'Sam', subject: '', message: 'Mijn IBAN is NL91ABNA0417164300' };

describe('device drafts', () => {
  it('are read until their expiry, and deleted unread from then on', async () => {
    const store = storeOver(undefined);
    await writeDeviceDraft(store, 'draft:a', DRAFT, 24, T0);
    expect(await readDeviceDraft(store, 'draft:a', T0 + 24 * HOUR - 1)).to.deep.equal(DRAFT);
    expect(await readDeviceDraft(store, 'draft:a', T0 + 24 * HOUR)).to.equal(undefined);
    expect(await store.get('draft:a')).to.equal(undefined);
  });

  it('stored by an earlier version, without an expiry, are deleted unread', async () => {
    const store = storeOver(undefined);
    await store.set('draft:old', DRAFT);
    expect(await readDeviceDraft(store, 'draft:old', T0)).to.equal(undefined);
    expect(await store.get('draft:old')).to.equal(undefined);
  });

  it('are swept when expired or without an expiry, and only those', async () => {
    const store = storeOver(undefined);
    await store.set('draft:old', DRAFT);
    await writeDeviceDraft(store, 'draft:expired', DRAFT, 1, T0 - 2 * HOUR);
    await writeDeviceDraft(store, 'draft:live', DRAFT, 1, T0);
    const message = newMessage('https://example.nl/api/contact', { message: 'in de wachtrij' }, 'KW-ABCDEF', null, T0);
    await store.set(OUTBOX_PREFIX + message.idempotencyKey, message);
    await sweepDeviceDrafts(store, T0 + HOUR / 2);
    expect((await store.entries('')).map(([key]) => key).sort()).to.deep.equal(['draft:live', OUTBOX_PREFIX + message.idempotencyKey]);
  });
});

describe('tab drafts', () => {
  afterEach(() => {
    localStorage.removeItem('kanaalwijzer:forgotten-at');
    sessionStorage.clear();
  });

  it('are kept in this tab\'s sessionStorage, not on the device', () => {
    writeTabDraft('draft:t', DRAFT);
    expect(readTabDraft('draft:t')).to.deep.equal(DRAFT);
    expect(Object.values(sessionStorage).join()).to.contain('NL91ABNA0417164300');
  });

  it('saved before a forget in any tab are not read again', () => {
    const clock = sinon.useFakeTimers({ now: T0, toFake: ['Date'] });
    try {
      writeTabDraft('draft:t', DRAFT);
      clock.tick(1000);
      // Another tab forgot: only the moment it did so reaches this one.
      localStorage.setItem('kanaalwijzer:forgotten-at', String(Date.now()));
      expect(readTabDraft('draft:t')).to.equal(undefined);
      clock.tick(1000);
      writeTabDraft('draft:t', DRAFT);
      expect(readTabDraft('draft:t')).to.deep.equal(DRAFT);
    } finally {
      clock.restore();
    }
  });

  it('are dropped with everything else the tab keeps by forgetTab', () => {
    writeTabDraft('draft:t', DRAFT);
    sessionStorage.setItem('kanaalwijzer:reference', 'KW-ABCDEF');
    sessionStorage.setItem('andere-site', 'blijft');
    forgetTab();
    expect(Object.keys(sessionStorage)).to.deep.equal(['andere-site']);
  });
});

describe('the outbox beside drafts', () => {
  it('a store holding drafts and queued messages together lists only the messages as pending', async () => {
    const store = storeOver(undefined);
    await writeDeviceDraft(store, 'draft:inline:factuur', DRAFT, 1, T0);
    await store.set('draft:legacy', DRAFT);
    await store.set('preference:inline', 'email');
    const message = newMessage('https://example.nl/api/contact', { message: 'in de wachtrij' }, 'KW-ABCDEF', null, T0);
    await store.set(OUTBOX_PREFIX + message.idempotencyKey, message);
    expect(await new Outbox(store).pending()).to.deep.equal([message]);
  });
});
