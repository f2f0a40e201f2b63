/**
 * What `el.forget()` loads: everything the widget keeps about this visitor goes, in every tab of
 * the site. Drafts, queued messages and the visit reference; open tabs also empty the forms they
 * show. For sites to call when someone logs out.
 */
import { OUTBOX_PREFIX } from '../outbox/message.js';
import { markPending } from '../outbox/pending.js';
import { browserStore } from './store.js';
import { DRAFT_PREFIX, FORGET_CHANNEL, FORGOTTEN_KEY, forgetTab, PREFERENCE_PREFIX } from './tab-keeping.js';

/** Resolves to true once this tab and this browser's store hold no draft and no queued message of this site. */
export async function forgetEverything(): Promise<true> {
  forgetTab();
  try {
    localStorage.setItem(FORGOTTEN_KEY, String(Date.now()));
  } catch {
    // Without localStorage, only the open tabs that hear the broadcast forget.
  }
  // Heard by the widgets of every tab, this one's too (they listen on channels of their own), before
  // the store is emptied, so that none saves again a draft it shows.
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(FORGET_CHANNEL);
    channel.postMessage('forget');
    channel.close();
  }
  const store = browserStore();
  // The channel picked last time says something of who sat here too.
  for (const prefix of [DRAFT_PREFIX, OUTBOX_PREFIX, PREFERENCE_PREFIX]) {
    for (const [key] of await store.entries(prefix)) await store.delete(key);
  }
  markPending(false);
  return true;
}
