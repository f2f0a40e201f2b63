/**
 * The synchronous fallback for when the IndexedDB code (the store part) cannot be had: memory,
 * mirrored into this tab's sessionStorage, so a draft or a queued message still survives a reload
 * of the tab. The outbox and the next page's store pick up what it holds.
 */
import type { SafeStore } from '../../../storage/store.js';

const PREFIX = 'kanaalwijzer:kept:';

class SessionStore implements SafeStore {
  readonly #memory = new Map<string, unknown>();
  persistent = true;

  constructor() {
    try {
      for (let index = 0; index < sessionStorage.length; index++) {
        const key = sessionStorage.key(index);
        if (key?.startsWith(PREFIX)) this.#memory.set(key.slice(PREFIX.length), JSON.parse(sessionStorage.getItem(key) ?? 'null'));
      }
    } catch {
      this.persistent = false;
    }
  }

  #mirror(key: string, value?: unknown): void {
    try {
      if (value === undefined) sessionStorage.removeItem(PREFIX + key);
      else sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Full or refused: memory still holds it for as long as the page lives.
      this.persistent = false;
    }
  }

  get<T>(key: string): Promise<T | undefined> {
    return Promise.resolve(this.#memory.get(key) as T | undefined);
  }

  set(key: string, value: unknown): Promise<void> {
    this.#memory.set(key, value);
    this.#mirror(key, value);
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.#memory.delete(key);
    this.#mirror(key);
    return Promise.resolve();
  }

  entries<T>(prefix: string): Promise<[string, T][]> {
    return Promise.resolve([...this.#memory].filter(([key]) => key.startsWith(prefix)) as [string, T][]);
  }
}

let shared: SessionStore | undefined;

/** The page's one fallback store. */
export function sessionStore(): SafeStore {
  shared ??= new SessionStore();
  return shared;
}

/** Moves what the fallback kept into the real store, once that can be had: queued messages first of all. */
export async function moveKept(into: SafeStore): Promise<void> {
  const kept = sessionStore();
  for (const [key, value] of await kept.entries<unknown>('')) {
    await into.set(key, value);
    await kept.delete(key);
  }
}

/** Drops what the fallback kept: the visitor's site asked to forget it. */
export async function clearKept(): Promise<void> {
  const kept = sessionStore();
  for (const [key] of await kept.entries<unknown>('')) await kept.delete(key);
}
