/**
 * What the drafts kept in the panel's code and `forget()`'s own part both need to know of each
 * other: the keys, the channel between tabs, and how a tab drops what it keeps.
 */

/** Keys of drafts in every store start with this. */
export const DRAFT_PREFIX = 'draft:';
/** Keys of the channel a visitor picked last time ("your choice of last time is on top"). */
export const PREFERENCE_PREFIX = 'preference:';
/** Everything the widget keeps in a tab's sessionStorage starts with this: drafts, kept messages, the visit reference. */
export const TAB_PREFIX = 'kanaalwijzer:';
/** In localStorage: when some tab last forgot, so a tab that was not listening can tell older drafts. */
export const FORGOTTEN_KEY = `${TAB_PREFIX}forgotten-at`;
/** The BroadcastChannel on which a forget reaches every tab of the site, the one that forgot included. */
export const FORGET_CHANNEL = 'kanaalwijzer:forget';

/** Drops everything the widget keeps in this tab's sessionStorage. */
export function forgetTab(): void {
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index));
    for (const key of keys) if (key?.startsWith(TAB_PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Missing or refused: nothing could have been kept there either.
  }
}
