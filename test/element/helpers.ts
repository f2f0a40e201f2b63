/** Mounting <kanaal-wijzer> the way a page does, recording every kw- event from the first moment. */
import '../../src/define.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { clear, createStore } from 'idb-keyval';
import sinon from 'sinon';
import { waitFor } from '../wait.js';

export { waitFor };
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';

export const KW_EVENTS = [
  'kw-ready',
  'kw-policy-error',
  'kw-open',
  'kw-close',
  'kw-channel-select',
  'kw-chat-start',
  'kw-faq-suggest',
  'kw-faq-open',
  'kw-faq-deflect',
  'kw-feedback',
  'kw-email-sent',
  'kw-email-queued',
  'kw-email-expired',
] as const;

export interface Mounted {
  el: KanaalWijzer;
  events: CustomEvent[];
  /** Events of one name, in order. */
  of(name: (typeof KW_EVENTS)[number]): CustomEvent[];
  root: ShadowRoot;
}

const mounted: HTMLElement[] = [];

// Playwright (Chromium) gives every test file a fresh browser context; puppeteer (Firefox) and
// WebDriver (WebKit) keep one profile for the whole run, so a channel remembered or a message
// queued in one file would show up in the next. Every file starts with the widget's storage empty.
before(async () => {
  if (typeof indexedDB !== 'undefined' && indexedDB !== null) await clear(createStore('kanaalwijzer', 'data'));
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('kanaalwijzer:')) sessionStorage.removeItem(key);
});

/**
 * Creates the element, lets `setup` give it attributes, properties or children, then connects it
 * and waits until the policy is ready or fatally broken.
 */
export async function mount(setup: (el: KanaalWijzer) => unknown, parent: HTMLElement = document.body): Promise<Mounted> {
  const el = document.createElement('kanaal-wijzer');
  const events: CustomEvent[] = [];
  for (const name of KW_EVENTS) el.addEventListener(name, (event) => events.push(event as CustomEvent));
  const settled = new Promise<void>((resolve) => {
    el.addEventListener('kw-ready', () => resolve());
    el.addEventListener('kw-policy-error', (event) => {
      if ((event as CustomEvent).detail.fatal) resolve();
    });
  });
  await setup(el);
  parent.append(el);
  mounted.push(parent === document.body ? el : parent);
  await settled;
  await el.updateComplete;
  // In launcher mode the panel is only a frame until a sign of intent; the tests look inside it
  // as a customer does, after pointing at the launcher.
  const launcher = el.shadowRoot?.querySelector('[part="launcher"]');
  if (launcher) {
    launcher.dispatchEvent(new PointerEvent('pointerenter'));
    // Frames, not timers: some tests fake setTimeout.
    for (let frame = 0; frame < 600 && el.shadowRoot?.querySelector('[part="panel"].loading'); frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await el.updateComplete;
  }
  return { el, events, of: (name) => events.filter((e) => e.type === name), root: el.shadowRoot as ShadowRoot };
}

export function unmountAll(): void {
  for (const node of mounted.splice(0)) node.remove();
}

/**
 * Each test of the suite it is called in starts with the test server's records empty and console
 * warnings silenced (the widget's own advice to developers), and ends with every widget unmounted.
 */
export function withWidgets(): void {
  let consoleWarn: sinon.SinonStub | undefined;
  beforeEach(async () => {
    consoleWarn = sinon.stub(console, 'warn');
    await fetch('/test-api/reset');
  });
  afterEach(() => {
    consoleWarn?.restore();
    unmountAll();
  });
}

/** The channel ids in the order the customer sees them. */
export function channelIds(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('[part~="channel"]')].map((card) => card.dataset['channel'] ?? '');
}

export function channelCard(root: ShadowRoot, id: string): HTMLElement {
  const card = root.querySelector<HTMLElement>(`[data-channel="${id}"]`);
  if (!card) throw new Error(`no channel ${id}`);
  return card;
}

/** Visible text with whitespace folded, as a reader (or screen reader) gets it. */
export function readable(node: Element): string {
  return (node as HTMLElement).innerText.replace(/\s+/g, ' ').replace(/[\u00a0\u202f]/g, ' ').trim();
}

export async function withPath<T>(pathname: string, run: () => Promise<T>): Promise<T> {
  const original = location.href;
  history.replaceState(null, '', pathname);
  try {
    return await run();
  } finally {
    history.replaceState(null, '', original);
  }
}

/** Opens the panel and waits until the browser has shown it (the toggle event is asynchronous). */
export async function openPanel(el: KanaalWijzer): Promise<HTMLElement> {
  const opened = new Promise((resolve) => el.addEventListener('kw-open', resolve, { once: true }));
  el.show();
  await opened;
  await el.updateComplete;
  const panel = el.shadowRoot?.querySelector<HTMLElement>('[part="panel"]') as HTMLElement;
  // The open animation runs on the panel's contents (see the kw-rise rule), so wait for the subtree.
  await Promise.all(panel.getAnimations({ subtree: true }).map((animation) => animation.finished));
  return panel;
}

/** Types into a field the way a paste does: the value changes and an input event follows. */
export async function fill(root: ShadowRoot, selector: string, text: string): Promise<void> {
  const field = await waitFor(() => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector));
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Opens the panel (or uses the inline one) and picks the email channel, waiting for the form. */
export async function openEmail(el: KanaalWijzer, channelId: string): Promise<ShadowRoot> {
  const root = el.shadowRoot as ShadowRoot;
  if (el.mode !== 'inline') await openPanel(el);
  const channel = await waitFor(() => root.querySelector<HTMLElement>(`[data-channel="${channelId}"]`));
  channel.click();
  await waitFor(() => root.querySelector('[part="email-form"]'));
  return root;
}

/**
 * Resizes the viewport in every engine (the built-in setViewport cannot in WebKit over WebDriver).
 * False when the engine's window cannot be that small (MiniBrowser below about 450 px wide).
 */
export async function setViewport(size: { width: number; height: number }): Promise<boolean> {
  return (await executeServerCommand<boolean, { width: number; height: number }>('kw-set-viewport', size)) === true;
}
