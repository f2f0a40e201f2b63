/**
 * What loading a late part of the widget can come to. The words of the loader (parts.ts), kept
 * apart from it so that the rooms it loads can speak them without importing the loader itself.
 */

/**
 * Why a part is not here:
 * - `offline`: the browser is offline, or the request never got an answer;
 * - `missing`: the server answered with an error (a 404 after a redeploy, a 5xx);
 * - `not-javascript`: the server answered with something else, such as a CDN's HTML "not found" page;
 * - `broken`: the file arrived, but the module or one it imports did not run.
 */
export type PartFailure = 'offline' | 'missing' | 'not-javascript' | 'broken';

export type PartOutcome<T> = { ok: true; module: T } | { ok: false; reason: PartFailure };

/** Loads one part; never rejects. */
export type PartLoad<T> = () => Promise<PartOutcome<T>>;
