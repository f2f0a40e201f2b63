/**
 * Key-value storage in this visitor's browser that can neither hang nor throw: IndexedDB (via
 * idb-keyval, in a store of our own) with every call bounded by a timeout, falling back to memory
 * when IndexedDB is missing, blocked, stuck or full. Nothing stored here leaves the browser.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

const DATABASE = 'kanaalwijzer';
const STORE = 'data';
/** Long enough for a slow disk, short enough that a customer never waits on a stuck database. */
const TIMEOUT_MS = 1500;

export interface SafeStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** All entries whose key starts with `prefix`. */
  entries<T>(prefix: string): Promise<[string, T][]>;
  /** False once we had to fall back to memory: what is stored will not survive a reload. */
  readonly persistent: boolean;
}

function withTimeout<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage timed out')), TIMEOUT_MS);
    let pending: Promise<T>;
    try {
      pending = work();
    } catch (error) {
      clearTimeout(timer);
      reject(error);
      return;
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

class FallbackStore implements SafeStore {
  persistent: boolean;
  readonly #memory = new Map<string, unknown>();
  #idb: UseStore | undefined;

  constructor(idb: UseStore | undefined) {
    this.#idb = idb;
    this.persistent = idb !== undefined;
  }

  #fallBack(error: unknown): void {
    if (this.#idb) console.warn(`<kanaal-wijzer>: browser storage is unavailable (${error instanceof Error ? error.message : String(error)}); drafts are kept in memory only.`);
    this.#idb = undefined;
    this.persistent = false;
  }

  async #attempt<T>(work: (idb: UseStore) => Promise<T>, inMemory: () => T): Promise<T> {
    const idb = this.#idb;
    if (idb) {
      try {
        return await withTimeout(() => work(idb));
      } catch (error) {
        this.#fallBack(error);
      }
    }
    return inMemory();
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.#attempt(
      (idb) => get<T>(key, idb),
      () => this.#memory.get(key) as T | undefined,
    );
  }

  async set(key: string, value: unknown): Promise<void> {
    // Memory always holds the latest value, so a database that fails later loses nothing already typed.
    this.#memory.set(key, value);
    await this.#attempt(
      (idb) => set(key, value, idb),
      () => undefined,
    );
  }

  async delete(key: string): Promise<void> {
    this.#memory.delete(key);
    await this.#attempt(
      (idb) => del(key, idb),
      () => undefined,
    );
  }

  entries<T>(prefix: string): Promise<[string, T][]> {
    const fromMemory = () => [...this.#memory].filter(([key]) => key.startsWith(prefix)) as [string, T][];
    return this.#attempt(
      async (idb) => {
        const stored = (await entries<IDBValidKey, T>(idb)).filter((entry): entry is [string, T] => typeof entry[0] === 'string' && entry[0].startsWith(prefix));
        const keys = new Set(stored.map(([key]) => key));
        return [...stored, ...fromMemory().filter(([key]) => !keys.has(key))];
      },
      fromMemory,
    );
  }
}

function openIndexedDb(): UseStore | undefined {
  try {
    return typeof indexedDB === 'undefined' || indexedDB === null ? undefined : createStore(DATABASE, STORE);
  } catch {
    return undefined;
  }
}

let shared: SafeStore | undefined;

/** The page's one store, shared by every widget on it. */
export function browserStore(): SafeStore {
  shared ??= new FallbackStore(openIndexedDb());
  return shared;
}

/** A store for tests and special cases: `undefined` gives memory only. */
export function storeOver(idb: UseStore | undefined): SafeStore {
  return new FallbackStore(idb);
}
