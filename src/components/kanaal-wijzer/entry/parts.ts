/**
 * The one door for the widget's late code. Every part that loads after the entry is named here and
 * loaded through `loadPart`, which never rejects: it answers with the module, or with why it is
 * not here. A part that failed is tried again with backoff, at once when the browser comes back
 * online, and on the next sign of intent (`retryParts`); whoever waits for it hears of its
 * arrival through `onPartArrival`.
 *
 * Once anything failed (or the browser says it is offline), the loader first asks the server for
 * the part's files with `fetch`, which leaves no trace in the page's module map, and imports only
 * when every file answers with JavaScript. That matters because engines keep a failed module fetch
 * for the page's lifetime (the module-map rule that whatwg/html#10327 drops; measured in
 * test/dist/import-retry.test.ts: Chromium 156 after a 404 or an HTML answer, Firefox ESR 153
 * after any failure, WebKitGTK 2.50 after an HTML answer): a part that failed under `import()` is
 * imported again under a new address (`?retry=n`).
 */
import { yieldToMain } from '../../../internal/yield-to-main.js';
import { FRAME_STRINGS } from '../../../i18n/frame-strings.js';
import type { PanelPartModules, PanelParts } from './panel-host.js';
import type { PartFailure, PartOutcome } from './part-outcome.js';

const PARTS = {
  'policy-loader': () => import('./policy-loader.js'),
  validate: () => import('../../../policy/validate.js'),
  panel: () => import('../panel/panel.js'),
  'self-service': () => import('../self-service/self-service.js'),
  'faq-search': () => import('../../../search/faq-search.js'),
  outbox: () => import('../../../outbox/outbox.js'),
  store: () => import('../../../storage/store.js'),
  'trigger-controller': () => import('../panel/trigger-controller.js'),
  // Named here so the bundler leaves the library's other middleware out of the chunk.
  'floating-ui.dom': () => import('@floating-ui/dom').then(({ autoUpdate, computePosition, flip, offset, shift, size }) => ({ autoUpdate, computePosition, flip, offset, shift, size })),
  insights: () => import('../../../insights/insights.js'),
  forget: () => import('../../../storage/forget.js'),
  // A language's words (i18n/late-words.ts): only a visitor in that language loads them.
  fr: () => import('../../../i18n/fr.js'),
  de: () => import('../../../i18n/de.js'),
};

export type PartName = keyof typeof PARTS;
export type PartModule<K extends PartName> = Awaited<ReturnType<(typeof PARTS)[K]>>;

/**
 * Each part's chunk and the chunks it imports, relative to the entry. The build writes them in
 * (scripts/part-files.ts); running from source there are none, and a failed part is retried
 * under its own address.
 */
const BUILT_FILES: Partial<Record<PartName, string[]>> = JSON.parse('{"__kw_part_files__":[]}');

const RETRY_BASE_MS = 1000;
const RETRY_CAP_MS = 60_000;
/** After these, only `online` and a sign of intent try again. */
const AUTOMATIC_RETRIES = 6;

interface PartState {
  module?: unknown;
  failure?: PartFailure;
  /** Failed under import(): this engine may have cached that, so the next import uses a new address. */
  poisoned: boolean;
  attempts: number;
  /** Until then, asking again answers with the last failure: the backoff holds for every caller. */
  nextTryAt: number;
  loading?: Promise<PartOutcome<unknown>>;
  timer?: ReturnType<typeof setTimeout>;
}

const states = new Map<PartName, PartState>();
const listeners = new Set<() => void>();
/** Set after any failure, or while offline: from then on, files are checked before they are imported. */
let careful = false;

function stateOf(name: PartName): PartState {
  let state = states.get(name);
  if (!state) states.set(name, (state = { poisoned: false, attempts: 0, nextTryAt: 0 }));
  return state;
}

function fileUrl(file: string): string {
  return new URL(file, import.meta.url).href;
}

/** What is wrong with these files, asked of the server without touching the module map; undefined when all are JavaScript. */
async function checkFiles(files: readonly string[]): Promise<PartFailure | undefined> {
  const problems = await Promise.all(
    files.map(async (file): Promise<PartFailure | undefined> => {
      let response: unknown;
      try {
        response = await fetch(fileUrl(file), { cache: 'no-cache' });
      } catch {
        return 'offline';
      }
      if (!(response instanceof Response)) return 'offline';
      if (!response.ok) return 'missing';
      return /javascript|ecmascript/i.test(response.headers.get('Content-Type') ?? '') ? undefined : 'not-javascript';
    }),
  );
  return problems.find((problem) => problem !== undefined);
}

function offline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

async function attempt(name: PartName, state: PartState): Promise<PartOutcome<unknown>> {
  state.attempts++;
  const files = BUILT_FILES[name];
  if (offline()) careful = true;
  const problem = offline() ? 'offline' : careful && files ? await checkFiles(files) : undefined;
  if (problem) return failed(name, state, problem);
  const loading = state.poisoned && files ? import(/* @vite-ignore */ `${fileUrl(files[0] ?? '')}?retry=${state.attempts}`) : PARTS[name]();
  // The chunks it imports start soon too, rather than one round trip after the part itself: each
  // in a task of its own, since starting a module's fetch costs a phone a few milliseconds.
  if (files && !careful) for (const file of files.slice(1)) void yieldToMain().then(() => import(/* @vite-ignore */ fileUrl(file))).catch(() => undefined);
  try {
    const module = await loading;
    state.module = module;
    state.failure = undefined;
    announceArrival();
    return { ok: true, module };
  } catch {
    state.poisoned = true;
    careful = true;
    const reason = offline() ? 'offline' : ((files && (await checkFiles(files))) ?? 'broken');
    return failed(name, state, reason);
  }
}

function failed(name: PartName, state: PartState, reason: PartFailure): PartOutcome<unknown> {
  state.failure = reason;
  clearTimeout(state.timer);
  const bound = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (state.attempts - 1));
  const delay = bound / 2 + Math.random() * (bound / 2);
  state.nextTryAt = Date.now() + delay;
  if (state.attempts <= AUTOMATIC_RETRIES) state.timer = setTimeout(() => void loadPart(name), delay);
  window.addEventListener('online', retryParts);
  return { ok: false, reason };
}

function announceArrival(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch {
      // One widget's listener must not keep the news from the others.
    }
  }
}

/** Loads a part, or answers why it cannot be had now. Never rejects. */
export function loadPart<K extends PartName>(name: K): Promise<PartOutcome<PartModule<K>>> {
  const state = stateOf(name);
  if (state.module) return Promise.resolve({ ok: true, module: state.module as PartModule<K> });
  if (state.failure && !state.loading && Date.now() < state.nextTryAt) return Promise.resolve({ ok: false, reason: state.failure });
  state.loading ??= attempt(name, state)
    .catch((): PartOutcome<unknown> => ({ ok: false, reason: 'broken' }))
    .finally(() => (state.loading = undefined));
  return state.loading as Promise<PartOutcome<PartModule<K>>>;
}

/** The parts that were asked for and are not here, with why. */
export function missingParts(): Partial<Record<PartName, PartFailure>> {
  const missing: Partial<Record<PartName, PartFailure>> = {};
  for (const [name, state] of states) if (state.failure && !state.module) missing[name] = state.failure;
  return missing;
}

/** Tries every missing part again now: the browser is back online, or the visitor shows intent. */
export function retryParts(): void {
  const missing = Object.keys(missingParts()) as PartName[];
  if (missing.length === 0) window.removeEventListener('online', retryParts);
  for (const name of missing) {
    const state = stateOf(name);
    clearTimeout(state.timer);
    state.nextTryAt = 0;
    void loadPart(name);
  }
}

/** Calls `listener` whenever a part arrives; returns the call that stops it. */
export function onPartArrival(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The loader as the panel's content uses it. Each name's module is the one PanelPartModules names
 * (PartsFit checks that, which TypeScript cannot for a generic function).
 */
export const PANEL_PARTS: PanelParts<PartModule<'self-service'>> = {
  load: loadPart as PanelParts<PartModule<'self-service'>>['load'],
  onArrival: onPartArrival,
  retry: retryParts,
};

type PanelModules = PanelPartModules<PartModule<'self-service'>>;
type AllFit<Fits extends Record<keyof PanelModules, true>> = Fits;
/** A compile error when a part's module is not what the panel takes it for. */
export type PanelPartsFit = AllFit<{ [K in keyof PanelModules]: PartModule<K> extends PanelModules[K] ? true : false }>;

/**
 * Starts the words of a language the entry does not carry (French, German) beside the panel, not
 * one round trip after it. Their frame words take the place of the English ones in FRAME_STRINGS,
 * so that the launcher's name, and a panel whose own part cannot load, speak the visitor's language.
 */
export function loadWords(lang: string, arrived: () => void): void {
  if (lang === 'fr' || lang === 'de')
    void loadPart(lang).then((part) => {
      if (!part.ok) return;
      FRAME_STRINGS[lang] = part.module.words.frame;
      arrived();
    });
}
