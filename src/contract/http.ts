/**
 * The names and limits of the message endpoints that the widget's outbox, the receiver, the
 * checker and openapi.yaml share, free of valibot so the outbox carries none of it.
 */

/** One key per message, the same on every retry: the receiver stores a message once per key. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * Marks a probe from `kanaalwijzer check-endpoint`: the receiver answers it as it would a real
 * message (stored once per key, same reference on a repeat) but never forwards it to anyone.
 */
export const TEST_HEADER = 'Kanaalwijzer-Test';

/**
 * Statuses the outbox keeps a message for and retries (with every 5xx), honouring Retry-After.
 * 409 is an earlier attempt with the same key still in flight at the endpoint: its answer is due.
 */
export const RETRYABLE_STATUSES = [408, 409, 425, 429] as const;

/**
 * The longest message the contract lets a receiver refuse as too long: well above any policy's
 * `maxChars` (the demo allows 20,000), since a message the form allowed must not bounce.
 */
export const MESSAGE_MAX_CHARS = 100_000;

/** What a reference (the visit's, or the receiver's own) may look like: safe to show and to quote. */
export const REFERENCE_PATTERN = /^[\w.-]{1,64}$/;
