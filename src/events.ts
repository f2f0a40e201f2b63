/**
 * The widget's events: every one bubbles, crosses the shadow boundary and carries `topic`, so a
 * site can wire them into its analytics with one listener on `document`.
 */
import type { PolicyError } from './policy/validate.js';

export interface KwEventDetail {
  /** The topic the panel shows, or null when the page has none. */
  topic: string | null;
}

export interface KwEventMap {
  'kw-ready': KwEventDetail & { channels: string[] };
  'kw-policy-error': KwEventDetail & { errors: PolicyError[]; fatal: boolean };
  'kw-open': KwEventDetail;
  'kw-close': KwEventDetail;
  'kw-channel-select': KwEventDetail & { channel: string };
  'kw-chat-start': KwEventDetail & { channel: string; context: ChatContext };
  'kw-faq-suggest': KwEventDetail & { query: string; results: { id: string; score: number }[] };
  'kw-faq-open': KwEventDetail & { id: string; query: string };
  'kw-faq-deflect': KwEventDetail & { id: string; query: string };
  'kw-feedback': KwEventDetail & { target: string; helpful: boolean };
  'kw-email-sent': KwEventDetail & { reference: string };
  'kw-email-queued': KwEventDetail & { reference: string; reason: string };
}

export interface ChatContext {
  topic: string | null;
  pageUrl: string;
  lang: string;
}

export type KwEventName = keyof KwEventMap;

export function kwEvent<K extends KwEventName>(name: K, detail: KwEventMap[K]): CustomEvent<KwEventMap[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kw-ready': CustomEvent<KwEventMap['kw-ready']>;
    'kw-policy-error': CustomEvent<KwEventMap['kw-policy-error']>;
    'kw-open': CustomEvent<KwEventMap['kw-open']>;
    'kw-close': CustomEvent<KwEventMap['kw-close']>;
    'kw-channel-select': CustomEvent<KwEventMap['kw-channel-select']>;
    'kw-chat-start': CustomEvent<KwEventMap['kw-chat-start']>;
    'kw-faq-suggest': CustomEvent<KwEventMap['kw-faq-suggest']>;
    'kw-faq-open': CustomEvent<KwEventMap['kw-faq-open']>;
    'kw-faq-deflect': CustomEvent<KwEventMap['kw-faq-deflect']>;
    'kw-feedback': CustomEvent<KwEventMap['kw-feedback']>;
    'kw-email-sent': CustomEvent<KwEventMap['kw-email-sent']>;
    'kw-email-queued': CustomEvent<KwEventMap['kw-email-queued']>;
  }
}
