/** Set while the outbox holds a message, so a page load can tell without loading any storage code. */
const PENDING_KEY = 'kanaalwijzer:outbox-pending';

/** Whether an earlier page left a message to retry: a cheap check, no IndexedDB, no outbox chunk. */
export function hasPendingMessages(): boolean {
  try {
    return localStorage.getItem(PENDING_KEY) !== null;
  } catch {
    return false;
  }
}

export function markPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(PENDING_KEY, '1');
    else localStorage.removeItem(PENDING_KEY);
  } catch {
    // Without localStorage a queued message is retried when this page sends the next one.
  }
}
