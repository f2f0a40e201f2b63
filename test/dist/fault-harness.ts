/**
 * The built widget on a host page (test/pages/fault-host.html) whose chunks fail on demand
 * (test/server/chunk-faults.mjs). Each page gets a token of its own, so its faults and request
 * counts are its own. `useFaultHosts()` fails any test after which something reached the host
 * page's `error` or `unhandledrejection` listeners: whatever fails, the site must not hear of it.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { clear, createStore } from 'idb-keyval';
import { waitFor } from '../wait.js';

/** How a file fails: see test/server/chunk-faults.mjs. */
export type Fault = '404' | 'html' | 'offline' | { kind: 'slow'; ms: number };

export interface KwRecord {
  type: string;
  detail: Record<string, unknown>;
}

interface HostWindow extends Window {
  kwErrors: string[];
  kwEvents: KwRecord[];
  Event: typeof Event;
  InputEvent: typeof InputEvent;
  PointerEvent: typeof PointerEvent;
}

export interface FaultHostOptions {
  /** Faults from the first request on, by chunk name ("panel") or file name ("fault-policy.json"). */
  faults?: Record<string, Fault>;
  mode?: 'launcher' | 'inline';
  /** `contact`: the site puts `<a href="/contact">Contact</a>` inside the element. */
  fallback?: 'contact' | 'none';
  /** The policy's address; by default the fault fixture, under this page's prefix. */
  policy?: string;
  /** Another page of the same site: an earlier page's token, with its faults and its policy address. */
  token?: string;
  /** The element's own attributes for where and as whom messages go. */
  attributes?: Partial<Record<'lang' | 'endpoints' | 'account' | 'credentials', string>>;
}

export interface FaultHost {
  token: string;
  win: HostWindow;
  el: HTMLElement;
  /** The element's shadow root, once it is upgraded. */
  root(): Promise<ShadowRoot>;
  /** The widget's events of one type, in order. */
  events(type: string): KwRecord[];
  /** What reached the page's error and unhandledrejection listeners. */
  errors(): string[];
  /** Makes `target` fail from now on, or (null) load again. */
  fault(target: string, fault: Fault | null): Promise<void>;
  /** How often each file was asked for under this page's prefix. */
  requests(): Promise<Record<string, number>>;
  /** Tells the page it is online again, as the browser does when the connection is back. */
  online(): void;
  type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void;
}

export const setFault = async (token: string, target: string, fault: Fault | null): Promise<void> => {
  const { kind, ms } = fault === null ? { kind: null, ms: 0 } : typeof fault === 'string' ? { kind: fault, ms: 0 } : fault;
  await executeServerCommand('kw-fault', { token, target, kind, ms });
};

export const requestsOf = (token: string): Promise<Record<string, number>> => executeServerCommand('kw-fault-requests', { token });

/** A token no other test, file or engine uses. */
export const newToken = (): string => `t-${crypto.randomUUID()}`;

/** How often files named after `chunk` (panel-Ab12cd34.js, not panel-view-…) were asked for. */
export function countOf(requests: Record<string, number>, chunk: string): number {
  const pattern = new RegExp(`^${chunk.replace(/[.]/g, '\\.')}-[\\w-]{6}\\.js$`);
  return Object.entries(requests).reduce((sum, [file, count]) => sum + (pattern.test(file) || file === chunk ? count : 0), 0);
}

const opened: { frame: HTMLIFrameElement; token: string; win: HostWindow }[] = [];

export async function openFaultHost(options: FaultHostOptions = {}): Promise<FaultHost> {
  const token = options.token ?? newToken();
  for (const [target, fault] of Object.entries(options.faults ?? {})) await setFault(token, target, fault);
  const query = new URLSearchParams({ token, mode: options.mode ?? 'launcher', fallback: options.fallback ?? 'none' });
  if (options.policy) query.set('policy', options.policy);
  for (const [name, value] of Object.entries(options.attributes ?? {})) query.set(name, value);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 720px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/fault-host.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as HostWindow;
  opened.push({ frame, token, win });
  const el = await waitFor(() => win.document.querySelector<HTMLElement>('kanaal-wijzer'));
  return {
    token,
    win,
    el,
    root: () => waitFor(() => el.shadowRoot, 8000),
    events: (type) => win.kwEvents.filter((event) => event.type === type),
    errors: () => [...win.kwErrors],
    fault: (target, fault) => setFault(token, target, fault),
    requests: () => requestsOf(token),
    online: () => win.dispatchEvent(new win.Event('online')),
    type(field, text) {
      field.value = text;
      field.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    },
  };
}

/**
 * For a describe block of fault tests: each test starts with an empty contact endpoint and empty
 * widget storage (Firefox and WebKit keep one profile for the whole run), and fails afterwards if
 * anything reached a host page's error or unhandledrejection listeners.
 */
export function useFaultHosts(): void {
  beforeEach(async () => {
    await fetch('/test-api/reset');
    await clear(createStore('kanaalwijzer', 'data'));
    for (const key of Object.keys(localStorage)) if (key.startsWith('kanaalwijzer')) localStorage.removeItem(key);
    // The host pages are frames of this tab: its sessionStorage holds their drafts.
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('kanaalwijzer')) sessionStorage.removeItem(key);
  });

  afterEach(async function () {
    // A rejection is reported after the microtasks of the task that left it unhandled: give the
    // pages a task and a frame before reading their record.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const reached = opened.flatMap(({ win }) => win.kwErrors ?? []);
    for (const { frame, token } of opened.splice(0)) {
      frame.remove();
      await executeServerCommand('kw-fault-forget', { token });
    }
    await executeServerCommand('set-offline', { offline: false });
    // Through the hook's error rather than a throw: a throwing afterEach would stop the rest of
    // the file, while this fails the test that just ran and goes on with the next.
    if (reached.length > 0) (this.test as Mocha.Hook).error(new Error(`reached the host page: ${reached.join(' | ')}`));
  });
}
