/**
 * The widget's events: every one bubbles, crosses the shadow boundary and carries `topic`, so a
 * site can wire them into its analytics with one listener on `document`.
 */
import type { Urgency } from './policy/ranking.js';
import type { PolicyError } from './policy/validate.js';

export interface KwEventDetail {
  /** The topic the panel shows, or null when the page has none. */
  topic: string | null;
  /** The visit's reference ("KW-7F3Q9X"), shown to the customer; for email events, the message's. */
  reference: string;
}

/** Where the query came from: the FAQ search box, or the message being written in the email form. */
export type QuerySource = 'search' | 'email';

/** What a sent or queued message is: an email from the form, or a call-back request. */
export type MessageKind = 'email' | 'callback';

export interface KwEventMap {
  'kw-ready': KwEventDetail & { channels: string[] };
  'kw-policy-error': KwEventDetail & { errors: PolicyError[]; fatal: boolean };
  'kw-open': KwEventDetail;
  'kw-close': KwEventDetail;
  'kw-channel-select': KwEventDetail & { channel: string; open: boolean; urgency: Urgency | null };
  'kw-chat-start': KwEventDetail & { channel: string; context: ChatContext };
  'kw-faq-suggest': KwEventDetail & {
    query: string;
    results: { id: string; score: number }[];
    source: QuerySource;
    /** The FAQ's own words the query matched (empty for the email form): what insights send with `"queries": "faq-words"`. */
    words: string[];
  };
  'kw-faq-open': KwEventDetail & { id: string; query: string; source: QuerySource };
  'kw-faq-deflect': KwEventDetail & { id: string; query: string; source: QuerySource };
  'kw-feedback': KwEventDetail & { target: string; helpful: boolean };
  'kw-email-sent': KwEventDetail & { reference: string; kind: MessageKind };
  'kw-email-queued': KwEventDetail & { reference: string; reason: string; kind: MessageKind };
  'kw-email-expired': KwEventDetail & { reference: string; reason: 'lifetime' | 'attempts' | 'endpoint'; kind: MessageKind };
}

/** What a chat tool needs to pick up where the widget left off. */
export interface ChatContext {
  topic: string | null;
  pageUrl: string;
  lang: string;
  reference: string;
  /** What the customer typed in the FAQ search box. */
  searched: string;
  /** FAQ entries the customer was shown, so the agent does not repeat them. */
  faqShown: string[];
  /** The email the customer had started, if any. */
  draft: string;
}

export type KwEventName = keyof KwEventMap;

export function kwEvent<K extends KwEventName>(name: K, detail: KwEventMap[K]): CustomEvent<KwEventMap[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/** Every kw- event as the DOM delivers it. */
export type KwEvents = { [K in KwEventName]: CustomEvent<KwEventMap[K]> };

declare global {
  // Typed listeners for sites: el.addEventListener('kw-channel-select', (e) => e.detail.channel).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends KwEvents {}
}
