/**
 * The reference a customer can quote on any channel ("KW-7F3Q9X"): one per browser tab visit,
 * shown in the panel and carried in every event and payload, so a phone agent can find the
 * email, the chat and the searches that belong together.
 */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const SESSION_KEY = 'kanaalwijzer:reference';

/** Readable on the phone: no 0/O or 1/I to confuse. */
export function newReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `KW-${[...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')}`;
}

let current: string | undefined;

/**
 * This tab's reference, kept across pages of the visit when sessionStorage allows. Read from there
 * each time, so that a `forget()` (which empties it) gives the visit a new one.
 */
export function visitReference(): string {
  try {
    let stored = sessionStorage.getItem(SESSION_KEY);
    if (!stored || !/^KW-[2-9A-Z]{6}$/.test(stored)) sessionStorage.setItem(SESSION_KEY, (stored = newReference()));
    return stored;
  } catch {
    return (current ??= newReference());
  }
}
