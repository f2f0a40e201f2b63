/**
 * The framework tests' host pages (test/server/framework-pages.mjs), each in a frame of its own, and
 * what every test checks there: nothing reaches the page's error handlers or console.error, and
 * the open state tells the truth after every step.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../wait.js';

export { waitFor };

export interface PageEvent {
  type: string;
  target: EventTarget;
  detail: { fatal?: boolean; errors?: { path: string; message: string }[]; topic?: string | null };
}

export interface HostWindow extends Window {
  kwErrors: string[];
  kwWarnings: string[];
  kwEvents: PageEvent[];
  /** Addresses the page started to fetch, in order. */
  kwFetches: string[];
  PointerEvent: typeof PointerEvent;
  InputEvent: typeof InputEvent;
  HTMLElement: typeof HTMLElement;
}

/** The element as a page script sees it (the built bundle's class is not imported here). */
export type Widget = HTMLElement & {
  open: boolean;
  policy?: string | object;
  topic: string | null;
  lang: string;
  mode: 'launcher' | 'inline';
  show(): void;
  hide(): void;
  updateComplete: Promise<boolean>;
};

/** Long enough for a policy fetch and two lazy chunks on a loaded CI machine. */
export const READY_TIMEOUT = 8000;
export const POLICY_URL = '/demo/contact-policy.json';

let slowPolicies = 0;

/**
 * The demo policy at an address of its own that the server answers only after two seconds
 * (test/server/framework-pages.mjs): the page can act while the widget's request is under way.
 */
export function slowPolicyUrl(): string {
  return `/test/frameworks/slow-policy.json?run=${++slowPolicies}-${Date.now()}`;
}

const frames: HTMLIFrameElement[] = [];

/** Opens a host page in a frame the size of a laptop's window and waits for its load event. */
export async function openHost(path: string): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 720px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as unknown as HostWindow;
}

/**
 * A test on host pages: besides its own checks, nothing may reach the pages' error handlers or
 * console.error. (Checked here rather than in an afterEach hook, whose failure would skip the
 * rest of the file.) The frames are removed afterwards, whatever happened.
 */
export function hostTest(title: string, body: () => Promise<void>, expected?: { consoleError: RegExp }): Mocha.Test {
  return it(title, async () => {
    let failure: unknown;
    try {
      await body();
    } catch (error) {
      failure = error;
    }
    const open = frames.splice(0);
    const reported = open.flatMap((frame) => (frame.contentWindow as unknown as HostWindow | null)?.kwErrors ?? []);
    // A console.error the widget owes the site's developer (a broken integration) is expected once.
    const owed = expected ? reported.filter((error) => error.startsWith('console.error') && expected.consoleError.test(error)) : [];
    if (expected) expect(owed, 'the console.error the developer is owed').to.have.length(1);
    const errors = reported.filter((error) => !owed.includes(error));
    for (const frame of open) frame.remove();
    if (failure instanceof Error && errors.length) failure.message += `\n  and on the host page:\n  ${errors.join('\n  ')}`;
    if (failure) throw failure;
    expect(errors, 'errors and console.error on the host page').to.deep.equal([]);
  });
}

/** Loads the built widget now: for pages opened with ?widget=late, as a lazy or async script tag does. */
export function defineLate(win: HostWindow): void {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/kanaalwijzer.js';
  win.document.head.append(script);
}

/** The demo policy as an object made in the host page's own realm, as a page script would have it. */
export async function policyObject(win: HostWindow): Promise<object> {
  const response = await win.fetch(POLICY_URL);
  return (await response.json()) as object;
}

/** The page's kw- events of one type, for one element or all. */
export function pageEvents(win: HostWindow, type: string, el?: Element): PageEvent[] {
  return win.kwEvents.filter((event) => event.type === type && (!el || event.target === el));
}

/** Waits for `kw-ready` from `el` (or from any widget) to reach the page; fails on a fatal policy error. */
export async function ready(win: HostWindow, el?: Element): Promise<PageEvent> {
  return waitFor(() => {
    const fatal = pageEvents(win, 'kw-policy-error', el).find((event) => event.detail.fatal);
    if (fatal) throw new Error(`fatal kw-policy-error instead of kw-ready: ${JSON.stringify(fatal.detail.errors)}`);
    return pageEvents(win, 'kw-ready', el)[0];
  }, READY_TIMEOUT);
}

/** Every widget on the page. */
export function widgets(win: HostWindow): Widget[] {
  return [...win.document.querySelectorAll<Widget>('kanaal-wijzer')];
}

const counted = new WeakMap<Element, { opens: number; closes: number }>();

/**
 * Counts `kw-open` and `kw-close` on the element itself, so that one fired while it is out of the
 * page counts too. Call it before the element can first open.
 */
export function track<T extends Element>(el: T): T {
  if (!counted.has(el)) {
    const counts = { opens: 0, closes: 0 };
    counted.set(el, counts);
    el.addEventListener('kw-open', () => counts.opens++);
    el.addEventListener('kw-close', () => counts.closes++);
  }
  return el;
}

export function panelOf(el: Widget): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part="panel"]') ?? null;
}

/** What the element says about being open, what the screen shows, and what its events said. */
export function openState(el: Widget) {
  const counts = counted.get(el);
  if (!counts) throw new Error('track(el) before it can open');
  const panel = panelOf(el);
  return {
    open: el.open,
    attribute: el.hasAttribute('open'),
    // Inline, the panel sits in the page whether or not `open` is set: only a floating panel tells.
    onScreen: el.mode === 'inline' ? 'inline' : Boolean(panel?.isConnected && panel.matches(':popover-open')),
    openedMinusClosed: counts.opens - counts.closes,
  };
}

/**
 * The invariant after every step: `open`, `[open]`, the floating panel on screen and the kw-open /
 * kw-close count all agree. A toggle event is delivered a task after the change, so this waits (briefly)
 * for them to agree, then fails with what each said.
 */
export async function expectTruthful(el: Widget, step: string): Promise<ReturnType<typeof openState>> {
  const agrees = () => {
    const state = openState(el);
    const open = state.open;
    return state.attribute === open && (state.onScreen === 'inline' || state.onScreen === open) && state.openedMinusClosed === (open ? 1 : 0) ? state : undefined;
  };
  try {
    return await waitFor(agrees, 1500);
  } catch {
    throw new Error(`after "${step}" the open state disagrees with itself: ${JSON.stringify(openState(el))}`);
  }
}

/** The visitor clicks the launcher; waits for the panel on screen with its content (not the loading skeleton). */
export async function openByLauncher(win: HostWindow, el: Widget): Promise<void> {
  track(el);
  const launcher = await waitFor(() => el.shadowRoot?.querySelector<HTMLElement>('[part="launcher"]'), READY_TIMEOUT);
  launcher.dispatchEvent(new win.PointerEvent('pointerenter'));
  launcher.click();
  await waitFor(() => panelOf(el)?.matches(':popover-open'));
  await waitFor(() => panelOf(el)?.getAttribute('aria-busy') === 'false', READY_TIMEOUT);
  expect((await expectTruthful(el, 'open by the launcher')).open).to.equal(true);
}

/** Waits until the panel lists channels (not the loading skeleton); returns their ids in order. */
export async function channelsShown(el: Widget): Promise<string[]> {
  const list = await waitFor(() => {
    const ids = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[data-channel]') ?? [])].map((item) => item.dataset.channel ?? '');
    return ids.length ? ids : undefined;
  }, READY_TIMEOUT);
  return list;
}

/** Types into a field as a visitor does. */
export function type(win: HostWindow, field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
}

/** The visitor picks the email channel and writes `text`; returns the message field. */
export async function writeEmail(win: HostWindow, el: Widget, text: string): Promise<HTMLTextAreaElement> {
  const root = el.shadowRoot as ShadowRoot;
  (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="email"]'))).click();
  const message = await waitFor(() => root.querySelector<HTMLTextAreaElement>('#message'), READY_TIMEOUT);
  type(win, message, text);
  return message;
}

/** A task later: what a host page's setTimeout(…, ms) does; never used before a negative check. */
export function after(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
