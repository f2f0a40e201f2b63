import { ReactiveElement, type PropertyDeclarations } from '@lit/reactive-element';

/**
 * What a site sets on `<kanaal-wijzer>`: its attributes and properties, with their defaults. The
 * element (kanaal-wijzer.ts) is what it does with them.
 */
export class KanaalWijzerSettings extends ReactiveElement {
  // Declared here rather than with decorators: their runtime would ship in the entry to every visitor.
  static override properties: PropertyDeclarations = {
    policy: {},
    topic: {},
    lang: {},
    // The default is not written to the attribute: server-rendered markup has none, and a
    // hydrating framework would report the difference.
    mode: { reflect: true, useDefault: true },
    // Reflected: the styles read the attribute, and React 19 sets the property.
    theme: { reflect: true, useDefault: true },
    open: { type: Boolean, reflect: true },
    trigger: {},
    now: {},
    drafts: {},
    insights: {},
    endpoints: {},
    account: {},
    credentials: {},
  };

  /** Address of the policy JSON (resolved against the page), or the policy object itself. */
  policy?: string | object;

  /** Topic id; overrides matching the page's path. */
  topic: string | null = null;

  /** `nl`, `en`, `fr` or `de`; otherwise the page's nearest `lang`, otherwise the policy's `locale`, otherwise English. */
  override lang = '';

  /** `launcher`: a floating button opens the panel. `inline`: the panel sits in the page. */
  mode: 'launcher' | 'inline' = 'launcher';

  /** The colour scheme: `auto` follows the visitor's system; `light` or `dark` fixes it, for a site that is always light or always dark. */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Whether the panel is open (launcher mode). */
  open = false;

  /** A CSS selector list, like `#contact-button, .contact-link`: clicking (or Enter or Space on) any element of the page that matches, now or added later, opens the panel beside it, and no launcher is shown. Ignored in inline mode. */
  trigger: string | null = null;

  /** An ISO 8601 moment with offset, like `2026-11-29T11:00:00+01:00`: the widget shows what a visitor would see then (open or closed, notices, call-back times). For previews and screenshots; leave it out on a live site. */
  now: string | null = null;

  /**
   * Where an unsent email or call-back draft is kept. By default only in this browser tab: it
   * survives a reload, never reaches a new tab or the next person at this computer. `device` keeps
   * it on this device, for the policy's `drafts.deviceHours` (default 24) after its last change,
   * then deletes it unread.
   */
  drafts: 'device' | null = null;
  /** `off`: send no insights from this page, whatever the policy asks; set at any moment, it stops sending at once. */
  insights: string | null = null;

  /** Space-separated addresses (`https://api.example.nl`, `/api/`) that messages, call-back requests and insights may be sent to, checked before every send, retries included; an address with a path allows only what is under it. Without it, any address the policy names. */
  endpoints?: string | null;

  /** A key for who is signed in on your site (a hash is enough), needed with `credentials="include"`: a message waiting to be sent goes only while the key is the one it was written under. */
  account?: string | null;

  /** `include`: your endpoints need the visitor's session cookie, also on other origins; give `account` too. Otherwise cookies go only with attempts from the page the message was written on, and only to this site's origin. */
  credentials?: 'include' | null;
}
