/**
 * Forwarding what was stored: by mail to the support inbox (SMTP via nodemailer) or to a webhook
 * with an HMAC signature. Each message is tried from the store until it succeeds, with backoff,
 * so a receiver that restarts carries on where it stopped. The widget was answered already.
 */
import type { MessageStore, StoredMessage } from './store.js';

export interface Forwarder {
  /** Delivers one message; throws when it was not delivered. */
  forward(message: StoredMessage): Promise<void>;
}

/** Text for one line of a header: no line breaks or other control characters, whatever was stored. */
export function oneLine(text: unknown, max = 200): string {
  return String(text ?? '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .slice(0, max);
}

const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');

/** The mail's subject and plain-text body. */
export function mailText(message: StoredMessage): { subject: string; text: string } {
  const b = message.body;
  const received = new Date(message.receivedAt).toISOString();
  const context = [`Page: ${field(b, 'pageUrl')}`, `Topic: ${field(b, 'topic') || '(none)'}`, `Channel: ${field(b, 'channel')}`, `Language: ${field(b, 'locale')}`, `Visit reference: ${field(b, 'reference')}`, `Received: ${received}`, `Reference: ${message.reference}`];
  if (message.kind === 'callback') {
    return {
      subject: oneLine(`Call-back request ${message.reference}: ${field(b, 'slotLabel')}`),
      text: [`Call back: ${field(b, 'phone')}`, `Name: ${field(b, 'name') || '(not given)'}`, `When: ${field(b, 'slotLabel')} (${field(b, 'slot')})`, '', field(b, 'note'), '', ...context].join('\n'),
    };
  }
  const faq = Array.isArray(b['faqShown']) && b['faqShown'].length ? [`Answers suggested while writing: ${(b['faqShown'] as string[]).join(', ')}`] : [];
  return {
    subject: oneLine(`${field(b, 'subject') || 'Message'} [${message.reference}]`),
    text: [`From: ${field(b, 'name') || '(no name)'} <${field(b, 'email')}>`, '', field(b, 'message'), '', ...faq, ...context].join('\n'),
  };
}

export interface SmtpOptions {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  to: string;
  /** The sender address; the support inbox itself by default. */
  from?: string;
}

/** Mail to the support inbox, plain text only; the customer's address becomes Reply-To. */
export async function smtpForwarder(options: SmtpOptions): Promise<Forwarder> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(options.url);
  const simpleAddress = /^[^\s@<>",;:()\\[\]]+@[^\s@<>",;:()\\[\]]+$/;
  return {
    async forward(message) {
      const { subject, text } = mailText(message);
      const email = field(message.body, 'email');
      const name = oneLine(field(message.body, 'name'));
      await transport.sendMail({
        from: options.from ?? options.to,
        to: options.to,
        ...(simpleAddress.test(email) && { replyTo: { name, address: email } }),
        subject,
        text,
        headers: { 'X-Kanaalwijzer-Reference': message.reference },
      });
    },
  };
}

export interface WebhookOptions {
  url: string;
  /** Shared secret for the Kanaalwijzer-Signature header. */
  secret: string;
  timeoutMs?: number;
}

export const SIGNATURE_HEADER = 'Kanaalwijzer-Signature';

async function hmacHex(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
  return [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, as Stripe signs its webhooks: the time
 * inside the signature lets the receiving end refuse replays of old deliveries.
 */
export async function webhookSignature(secret: string, body: string, seconds: number): Promise<string> {
  return `t=${seconds},v1=${await hmacHex(secret, `${seconds}.${body}`)}`;
}

/** POSTs each message as JSON; the message's reference is its Idempotency-Key, so a repeat can be recognised. */
export function webhookForwarder(options: WebhookOptions): Forwarder {
  return {
    async forward(message) {
      const body = JSON.stringify({ reference: message.reference, kind: message.kind, receivedAt: new Date(message.receivedAt).toISOString(), message: message.body });
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': message.reference,
          [SIGNATURE_HEADER]: await webhookSignature(options.secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`the webhook answered HTTP ${response.status}`);
    },
  };
}

export interface CourierOptions {
  store: MessageStore;
  forwarder?: Forwarder;
  /** Deletes messages and insights events received this many days ago; kept for good when unset. */
  retentionDays?: number;
  /** First retry after this long, doubling up to an hour. */
  retryBaseMs?: number;
  /** How often the store is looked at for messages due again, and for retention. */
  pollMs?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

const DAY_MS = 86_400_000;
const RETRY_CAP_MS = 3_600_000;
/** Time a forwarding attempt holds its message before another receiver may try it. */
const LEASE_MS = 120_000;

/** Runs the forwarding and the retention in the background, from the store. */
export class Courier {
  readonly #options: CourierOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(options: CourierOptions) {
    this.#options = options;
  }

  get forwards(): boolean {
    return this.#options.forwarder !== undefined;
  }

  start(): void {
    this.#stopped = false;
    this.wake();
  }

  /** Looks at the store now, for instance because a message was just stored. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.runOnce()
      .catch((error: unknown) => this.#options.onError?.(error))
      .finally(() => {
        this.#running = undefined;
        if (this.#stopped) return;
        if (this.#again) {
          this.#again = false;
          this.wake();
        } else {
          this.#timer = setTimeout(() => this.wake(), this.#options.pollMs ?? 5_000);
          this.#timer.unref?.();
        }
      });
  }

  /** Deletes what retention allows, then forwards every message that is due; returns when done. */
  async runOnce(): Promise<void> {
    const { store, forwarder, retentionDays } = this.#options;
    const now = this.#options.now ?? Date.now;
    if (retentionDays !== undefined) await store.deleteReceivedBefore(now() - retentionDays * DAY_MS);
    if (!forwarder) return;
    for (;;) {
      const due = await store.claimDue(now(), now() + LEASE_MS);
      if (due.length === 0) return;
      await Promise.all(
        due.map(async (message) => {
          try {
            await forwarder.forward(message);
            await store.markForwarded(message.reference, now());
          } catch (error) {
            const delay = Math.min(RETRY_CAP_MS, (this.#options.retryBaseMs ?? 5_000) * 2 ** message.attempts);
            await store.markFailed(message.reference, now() + delay, error instanceof Error ? error.message : String(error));
            this.#options.onError?.(error);
          }
        }),
      );
    }
  }

  /** Stops looking; resolves once a pass under way has finished. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }
}
