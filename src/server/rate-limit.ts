/** A token bucket per client: a burst of `burst` requests, then one every `perMs / burst`. */
export interface RateLimit {
  burst: number;
  perMs: number;
}

/** Buckets kept before idle ones are swept, so many clients cannot grow memory without bound. */
const SWEEP_AT = 10_000;

export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(limit: RateLimit) {
    this.#limit = limit;
  }

  /** 0 when the request may go ahead, else the milliseconds until it may. */
  take(client: string, now: number): number {
    const { burst, perMs } = this.#limit;
    const refill = burst / perMs;
    if (this.#buckets.size >= SWEEP_AT) this.#sweep(now, refill);
    const bucket = this.#buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * refill);
    bucket.at = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / refill);
  }

  #sweep(now: number, refill: number): void {
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * refill >= this.#limit.burst) this.#buckets.delete(client);
    }
  }
}
