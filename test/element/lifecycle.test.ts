// A single-page app mounts and unmounts the widget as the customer navigates: nothing may pile up.
import { expect } from '@open-wc/testing';
import { designExample } from '../fixtures/policies.js';
import { fill, mount, openEmail, openPanel, unmountAll } from './helpers.js';

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

/** Code of the widget, as the test server names it in stack traces. */
const WIDGET_CODE = /\/src\/[\w/-]+\.ts/;

/** Where a timer or observer was made, when the widget made it. */
function widgetCaller(): string | undefined {
  return new Error().stack?.split('\n').find((line) => WIDGET_CODE.test(line))?.match(WIDGET_CODE)?.[0];
}

/** Timers (timeouts, intervals, animation frames) the widget set that have neither run nor been cleared. */
type SetTimer = (handler: TimerHandler, delay?: number, ...args: unknown[]) => number;
type ClearTimer = (id?: number) => void;

function trackTimers() {
  const pending = new Map<number, string>();
  const saved = {
    setTimeout: window.setTimeout as unknown as SetTimer,
    clearTimeout: window.clearTimeout as ClearTimer,
    setInterval: window.setInterval as unknown as SetTimer,
    clearInterval: window.clearInterval as ClearTimer,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  const replace = (name: 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval', fn: SetTimer | ClearTimer) =>
    Object.assign(window, { [name]: fn });
  replace('setTimeout', (handler, delay, ...args) => {
    const caller = widgetCaller();
    const id = saved.setTimeout.call(
      window,
      (...callArgs: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
      },
      delay,
      ...args,
    );
    if (caller) pending.set(id, `timeout ${delay ?? 0} ms from ${caller}`);
    return id;
  });
  replace('clearTimeout', (id?: number) => {
    if (id !== undefined) pending.delete(id);
    saved.clearTimeout.call(window, id);
  });
  replace('setInterval', (handler, delay, ...args) => {
    const caller = widgetCaller();
    const id = saved.setInterval.call(window, handler, delay, ...args);
    if (caller) pending.set(id, `interval ${delay ?? 0} ms from ${caller}`);
    return id;
  });
  replace('clearInterval', (id?: number) => {
    if (id !== undefined) pending.delete(id);
    saved.clearInterval.call(window, id);
  });
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const caller = widgetCaller();
    const id = saved.requestAnimationFrame.call(window, (time) => {
      pending.delete(-id);
      callback(time);
    });
    // Negative keys: frame ids and timer ids are separate sequences.
    if (caller) pending.set(-id, `animation frame from ${caller}`);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    pending.delete(-id);
    saved.cancelAnimationFrame.call(window, id);
  };
  return {
    pending,
    restore: () => Object.assign(window, saved),
  };
}

type ObserverClass = typeof ResizeObserver | typeof IntersectionObserver | typeof MutationObserver;

/**
 * Observers still observing something, whoever created them: the widget's own code and the
 * libraries it loads (a positioning library watches sizes), since the test itself creates none.
 */
function trackObservers() {
  const observing = new Map<object, { caller: string; targets: number }>();
  const patched: [ObserverClass['prototype'], Record<string, unknown>][] = [];
  for (const kind of [ResizeObserver, IntersectionObserver, MutationObserver] as ObserverClass[]) {
    const proto = kind.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const saved = { observe: proto.observe, unobserve: proto.unobserve, disconnect: proto.disconnect };
    patched.push([kind.prototype, saved]);
    proto.observe = function (this: object, ...args: unknown[]) {
      const entry = observing.get(this) ?? { caller: `${kind.name} from ${widgetCaller() ?? 'a library'}`, targets: 0 };
      entry.targets++;
      observing.set(this, entry);
      return saved.observe?.apply(this, args);
    };
    if (saved.unobserve) {
      proto.unobserve = function (this: object, ...args: unknown[]) {
        const entry = observing.get(this);
        if (entry && --entry.targets <= 0) observing.delete(this);
        return saved.unobserve?.apply(this, args);
      };
    }
    proto.disconnect = function (this: object, ...args: unknown[]) {
      observing.delete(this);
      return saved.disconnect?.apply(this, args);
    };
  }
  return {
    observing,
    restore: () => {
      for (const [proto, saved] of patched) Object.assign(proto, saved);
    },
  };
}

/** Every feature that keeps something running: the clock, live waits, search, drafts. */
function busyPolicy() {
  const policy = designExample();
  policy.live = { url: '/test-api/live?mode=good', refreshSeconds: 10 };
  return policy;
}

describe('mounting and unmounting', () => {
  it('leaves no listeners, timers or observers behind after 100 cycles', async function () {
    // 100 mounts with the panel open: WebKit, one file at a time on a shared two-core machine, needs longer.
    this.timeout(90_000);
    const listeners = trackListeners();
    const timers = trackTimers();
    const observers = trackObservers();
    try {
      // The tracker must see an observer left running, or its empty list below proves nothing.
      const probe = new ResizeObserver(() => undefined);
      probe.observe(document.body);
      expect(observers.observing.size).to.equal(1);
      probe.disconnect();
      expect(observers.observing.size).to.equal(0);
      for (let cycle = 0; cycle < 100; cycle++) {
        const { el } = await mount((el) => (el.policy = busyPolicy()));
        // Some cycles open the panel (live waits poll), some also start an email (search, draft saving).
        if (cycle % 10 === 0) await openPanel(el);
        if (cycle % 10 === 5) await fill(await openEmail(el, 'email'), '#message', 'Mijn factuur is te hoog');
        unmountAll();
      }
      // One-off timers (storage time-out, clean-ups) finish within two seconds; a poll or clock left running does not.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect([...listeners.active].filter(([, count]) => count > 0)).to.deep.equal([]);
      expect([...timers.pending.values()]).to.deep.equal([]);
      expect([...observers.observing.values()].map((entry) => entry.caller)).to.deep.equal([]);
    } finally {
      listeners.restore();
      timers.restore();
      observers.restore();
    }
  });
});
