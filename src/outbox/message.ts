/**
 * A message as the outbox keeps it, and where it keeps it: shared by the outbox (its own part)
 * and the panel, which must be able to keep a message when the outbox's code cannot be had, so
 * that the outbox finds it and sends it once it is in.
 */

export interface OutboxMessage {
  reference: string;
  idempotencyKey: string;
  /** Absolute URL the message is POSTed to. */
  endpoint: string;
  payload: Record<string, unknown>;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** The site's account key when it was written (`account`): it is sent only while that is still the key. */
  account?: string;
  /** The page load it was written on: only that page may send it with cookies of the default kind. */
  page?: string;
  /** Why the outbox gave it up; kept so that the visitor is shown it, unsent, with the mailto: way. */
  stopped?: StopReason;
}

/** Why a message was given up: its lifetime or its attempts ran out, or its endpoint may no longer be used. */
export type StopReason = 'lifetime' | 'attempts' | 'endpoint';

/** Store keys of queued messages start with this; nothing else in the store does. */
export const OUTBOX_PREFIX = 'outbox:';

/**
 * A key that names one message in every attempt to send it, so the endpoint can take it once.
 * `crypto.randomUUID` exists only in secure contexts (not on an http: page); random bytes do everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562 version 4: the version and variant bits, then the usual 8-4-4-4-12 spelling.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Names this page load in the messages written on it. */
export const THIS_PAGE = newIdempotencyKey();

/** A new message, not yet tried, written on this page under the site's `account` key (if any). */
export function newMessage(endpoint: string, payload: Record<string, unknown>, reference: string, account: string | null, now = Date.now()): OutboxMessage {
  return {
    reference,
    idempotencyKey: newIdempotencyKey(),
    endpoint,
    payload: { ...payload, reference },
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
    ...(account && { account }),
    page: THIS_PAGE,
  };
}
