// A single-page app mounts and unmounts the widget as the customer navigates: nothing may pile up.
import { expect } from '@open-wc/testing';
import { designExample } from '../fixtures/policies.js';
import { mount, openPanel, unmountAll } from './helpers.js';

type Target = Window | Document;

/** Counts listeners still registered on window and document, by event type. */
function trackListeners() {
  const active = new Map<string, number>();
  const originals = new Map<Target, { add: Target['addEventListener']; remove: Target['removeEventListener'] }>();
  for (const target of [window, document] as Target[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    originals.set(target, { add, remove });
    const name = target === window ? 'window' : 'document';
    target.addEventListener = function (this: Target, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      const key = `${name}:${type}`;
      const once = typeof options === 'object' && options?.once;
      // A once-listener removes itself; counting it would report a leak that is not there.
      if (listener && !once) active.set(key, (active.get(key) ?? 0) + 1);
      return add.call(this, type, listener, options);
    } as Target['addEventListener'];
    target.removeEventListener = function (this: Target, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      const key = `${name}:${type}`;
      if (listener && (active.get(key) ?? 0) > 0) active.set(key, (active.get(key) ?? 0) - 1);
      return remove.call(this, type, listener, options);
    } as Target['removeEventListener'];
  }
  return {
    active,
    restore() {
      for (const [target, { add, remove }] of originals) {
        target.addEventListener = add;
        target.removeEventListener = remove;
      }
    },
  };
}

describe('mounting and unmounting', () => {
  it('leaves no listeners on window or document after 100 cycles, panel opened each time', async () => {
    const tracker = trackListeners();
    try {
      for (let cycle = 0; cycle < 100; cycle++) {
        const { el } = await mount((el) => (el.policy = designExample()));
        if (cycle % 10 === 0) await openPanel(el);
        unmountAll();
      }
      const left = [...tracker.active].filter(([, count]) => count > 0);
      expect(left).to.deep.equal([]);
    } finally {
      tracker.restore();
    }
  });
});
