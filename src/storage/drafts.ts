/**
 * Where a draft is kept, and for how long: for the visit by default, for the next person never.
 *
 * - In the tab (the default): its sessionStorage, or memory where that is missing or refused. A
 *   draft survives a reload of the tab, not a new tab, and not a `forget()` in any tab.
 * - On the device (the site's explicit choice, `drafts="device"`): the browser store, with an
 *   expiry after which the draft is deleted unread. Drafts stored without one (by earlier
 *   versions) are deleted unread too.
 *
 * Open tabs hear a `forget()` on a BroadcastChannel; a tab that was not listening finds the moment
 * of the last one in localStorage and drops any draft it kept from before then.
 */
import type { SafeStore } from './store.js';
import { DRAFT_PREFIX, FORGET_CHANNEL, FORGOTTEN_KEY, forgetTab, TAB_PREFIX } from './tab-keeping.js';

/** How long a device draft is kept after its last change, unless the policy says otherwise. */
export const DEFAULT_DEVICE_HOURS = 24;
const TAB_DRAFT_PREFIX = TAB_PREFIX + DRAFT_PREFIX;

/** A draft as kept: a tab's with when it was saved, the device's with when it expires. */
interface Kept {
  value: unknown;
  at: number;
}

/** The tab's drafts when sessionStorage cannot keep them: gone with the page. */
const memory = new Map<string, Kept>();
let tabPersistent = true;

function isKept(record: unknown): record is Kept {
  return typeof record === 'object' && record !== null && 'value' in record && typeof (record as Kept).at === 'number';
}

/** Whether tab drafts survive a reload: false once sessionStorage refused one. */
export function tabDraftsPersistent(): boolean {
  return tabPersistent;
}

export function readTabDraft<T>(key: string): T | undefined {
  let record: unknown = memory.get(key);
  try {
    record = JSON.parse(sessionStorage.getItem(TAB_DRAFT_PREFIX + key) ?? 'null') ?? record;
    if (isKept(record) && record.at > Number(localStorage.getItem(FORGOTTEN_KEY))) return record.value as T;
  } catch {
    if (isKept(record)) return record.value as T;
  }
  deleteTabDraft(key);
  return undefined;
}

export function writeTabDraft(key: string, value: unknown): void {
  const record: Kept = { value, at: Date.now() };
  memory.set(key, record);
  try {
    sessionStorage.setItem(TAB_DRAFT_PREFIX + key, JSON.stringify(record));
  } catch {
    // Full or refused: memory holds it while the page lives.
    tabPersistent = false;
  }
}

export function deleteTabDraft(key: string): void {
  memory.delete(key);
  try {
    sessionStorage.removeItem(TAB_DRAFT_PREFIX + key);
  } catch {
    // Nothing was kept there.
  }
}

/** A device draft that has not expired; an expired one, or one without an expiry, is deleted unread. */
export async function readDeviceDraft<T>(store: SafeStore, key: string, now = Date.now()): Promise<T | undefined> {
  const record = await store.get<unknown>(key);
  if (isKept(record) && record.at > now) return record.value as T;
  if (record !== undefined) await store.delete(key);
  return undefined;
}

export function writeDeviceDraft(store: SafeStore, key: string, value: unknown, hours: number, now = Date.now()): Promise<void> {
  return store.set(key, { value, at: now + hours * 3_600_000 } satisfies Kept);
}

/** Deletes, unread, every device draft that has expired or never had an expiry. */
export async function sweepDeviceDrafts(store: SafeStore, now = Date.now()): Promise<void> {
  for (const [key, record] of await store.entries<unknown>(DRAFT_PREFIX)) {
    if (!isKept(record) || record.at <= now) await store.delete(key);
  }
}

const listeners = new Set<() => void>();
let channel: BroadcastChannel | undefined;

/**
 * Calls `listener` when any tab of this site forgets, this one included, after this tab's own
 * keeping is emptied; returns the call that stops it.
 */
export function onForgotten(listener: () => void): () => void {
  if (!channel && typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(FORGET_CHANNEL);
    channel.onmessage = () => {
      memory.clear();
      forgetTab();
      for (const each of listeners) each();
    };
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    // A tab without a widget to tell leaves the next one it shows to the moment of the last forget.
    if (listeners.size === 0) {
      channel?.close();
      channel = undefined;
    }
  };
}
