import { expect } from '@open-wc/testing';
import type { UseStore } from 'idb-keyval';
import { storeOver } from '../../src/storage/store.js';
import sinon from 'sinon';

describe('SafeStore', () => {
  let consoleWarn: sinon.SinonStub;
  beforeEach(() => (consoleWarn = sinon.stub(console, 'warn')));
  afterEach(() => consoleWarn.restore());

  it('keeps values in memory when there is no IndexedDB, and says it is not persistent', async () => {
    const store = storeOver(undefined);
    expect(store.persistent).to.equal(false);
    await store.set('draft:a', { message: 'hallo' });
    expect(await store.get('draft:a')).to.deep.equal({ message: 'hallo' });
    expect(await store.entries('draft:')).to.deep.equal([['draft:a', { message: 'hallo' }]]);
    await store.delete('draft:a');
    expect(await store.get('draft:a')).to.equal(undefined);
  });

  it('falls back to memory, within its timeout, when the database never answers', async () => {
    const neverSettles: UseStore = () => new Promise(() => undefined);
    const store = storeOver(neverSettles);
    const started = Date.now();
    await store.set('draft:b', 'text typed before the database hung');
    expect(Date.now() - started).to.be.below(2500);
    expect(store.persistent).to.equal(false);
    expect(await store.get('draft:b')).to.equal('text typed before the database hung');
    expect(consoleWarn.callCount).to.equal(1);
  });

  it('falls back to memory when the database throws (for example over quota)', async () => {
    const failing: UseStore = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    const store = storeOver(failing);
    await store.set('k', 1);
    expect(await store.get('k')).to.equal(1);
    expect(store.persistent).to.equal(false);
  });
});
