import type { DefineComponent } from "vue";
import type { KanaalWijzer } from "kanaalwijzer";

type KanaalWijzerProps = {
  /** Address of the policy JSON (resolved against the page), or the policy object itself. */
  policy?: KanaalWijzer["policy"];
  /** Topic id; overrides matching the page's path. */
  topic?: KanaalWijzer["topic"];
  /** `nl`, `en`, `fr` or `de`; otherwise the page's nearest `lang`, otherwise the policy's `locale`, otherwise English. */
  lang?: KanaalWijzer["lang"];
  /** `launcher`: a floating button opens the panel. `inline`: the panel sits in the page. */
  mode?: KanaalWijzer["mode"];
  /** The colour scheme: `auto` follows the visitor's system; `light` or `dark` fixes it, for a site that is always light or always dark. */
  theme?: KanaalWijzer["theme"];
  /** Whether the panel is open (launcher mode). */
  open?: KanaalWijzer["open"];
  /** A CSS selector list, like `#contact-button, .contact-link`: clicking (or Enter or Space on) any element of the page that matches, now or added later, opens the panel beside it, and no launcher is shown. Ignored in inline mode. */
  trigger?: KanaalWijzer["trigger"];
  /** An ISO 8601 moment with offset, like `2026-11-29T11:00:00+01:00`: the widget shows what a visitor would see then (open or closed, notices, call-back times). For previews and screenshots; leave it out on a live site. */
  now?: KanaalWijzer["now"];
  /** Where an unsent email or call-back draft is kept. By default only in this browser tab: it
survives a reload, never reaches a new tab or the next person at this computer. `device` keeps
it on this device, for the policy's `drafts.deviceHours` (default 24) after its last change,
then deletes it unread. */
  drafts?: KanaalWijzer["drafts"];
  /** `off`: send no insights from this page, whatever the policy asks; set at any moment, it stops sending at once. */
  insights?: KanaalWijzer["insights"];
  /** Space-separated addresses (`https://api.example.nl`, `/api/`) that messages, call-back requests and insights may be sent to, checked before every send, retries included; an address with a path allows only what is under it. Without it, any address the policy names. */
  endpoints?: KanaalWijzer["endpoints"];
  /** A key for who is signed in on your site (a hash is enough), needed with `credentials="include"`: a message waiting to be sent goes only while the key is the one it was written under. */
  account?: KanaalWijzer["account"];
  /** `include`: your endpoints need the visitor's session cookie, also on other origins; give `account` too. Otherwise cookies go only with attempts from the page the message was written on, and only to this site's origin. */
  credentials?: KanaalWijzer["credentials"];
  /** Resolves once a policy is loaded and checked (with kw-ready); it never rejects, and waits while the policy cannot be used. */
  ready?: KanaalWijzer["ready"];
  /** The language the widget speaks, read-only: `lang` if the widget has its words (built in, or in
the policy's `words`), otherwise the nearest `lang` on the page, otherwise the policy's `locale`,
otherwise English. */
  language?: KanaalWijzer["language"];
  /** The policy is loaded and validated. `detail: {topic, channels}` with channel ids in shown order. */
  "onkw-ready"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-ready"]>) => void;
  /** The policy has problems. `detail: {topic, errors: [{path, message}], fatal}`. */
  "onkw-policy-error"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-policy-error"]>) => void;
  /** The panel opened. `detail: {topic}`. */
  "onkw-open"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-open"]>) => void;
  /** The panel closed. `detail: {topic}`. */
  "onkw-close"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-close"]>) => void;
  /** The customer picked a channel. `detail: {topic, channel, open, urgency}`: whether it was open then, and the urgency chosen ("now", "today", "no-rush") or null. */
  "onkw-channel-select"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-channel-select"]>) => void;
  /** A chat channel with `"start": "event"` was picked: open your own chat tool. `detail: {topic, channel, context}`. */
  "onkw-chat-start"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-chat-start"]>) => void;
  /** FAQ suggestions were shown for what the customer typed. `detail: {topic, query, results: [{id, score}], source, words}`, best first; `source` "search" (the search box) or "email" (the message being written); `words` the FAQ's own words the search box's query matched. */
  "onkw-faq-suggest"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-faq-suggest"]>) => void;
  /** The customer opened an FAQ answer. `detail: {topic, id, query, source}`. */
  "onkw-faq-open"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-faq-open"]>) => void;
  /** The customer said the answer solved it; nothing was sent. `detail: {topic, id, query, source}`. */
  "onkw-faq-deflect"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-faq-deflect"]>) => void;
  /** "Was this helpful?" was answered. `detail: {topic, target, helpful}`. */
  "onkw-feedback"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-feedback"]>) => void;
  /** The endpoint confirmed receipt of an email or call-back request. `detail: {topic, reference, kind}`, `kind` "email" or "callback". */
  "onkw-email-sent"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-email-sent"]>) => void;
  /** It could not be sent now; it is kept and retried. `detail: {topic, reference, reason, kind}`. */
  "onkw-email-queued"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-email-queued"]>) => void;
  /** A kept message was given up and will not be sent: its lifetime or its attempts ran out ("lifetime", "attempts"), or its endpoint is no longer the policy's or allowed ("endpoint"). The visitor is shown it as not sent, with the mailto: way. `detail: {topic, reference, reason, kind}`. */
  "onkw-email-expired"?: (e: CustomEvent<import("kanaalwijzer").KwEventMap["kw-email-expired"]>) => void;
};

export type CustomElements = {
  /**
   * The right contact channel for this page, with wait time, cost and opening hours.
   * ---
   *
   *
   * ### **Events:**
   *  - **kw-ready** - The policy is loaded and validated. `detail: {topic, channels}` with channel ids in shown order.
   * - **kw-policy-error** - The policy has problems. `detail: {topic, errors: [{path, message}], fatal}`.
   * - **kw-open** - The panel opened. `detail: {topic}`.
   * - **kw-close** - The panel closed. `detail: {topic}`.
   * - **kw-channel-select** - The customer picked a channel. `detail: {topic, channel, open, urgency}`: whether it was open then, and the urgency chosen ("now", "today", "no-rush") or null.
   * - **kw-chat-start** - A chat channel with `"start": "event"` was picked: open your own chat tool. `detail: {topic, channel, context}`.
   * - **kw-faq-suggest** - FAQ suggestions were shown for what the customer typed. `detail: {topic, query, results: [{id, score}], source, words}`, best first; `source` "search" (the search box) or "email" (the message being written); `words` the FAQ's own words the search box's query matched.
   * - **kw-faq-open** - The customer opened an FAQ answer. `detail: {topic, id, query, source}`.
   * - **kw-faq-deflect** - The customer said the answer solved it; nothing was sent. `detail: {topic, id, query, source}`.
   * - **kw-feedback** - "Was this helpful?" was answered. `detail: {topic, target, helpful}`.
   * - **kw-email-sent** - The endpoint confirmed receipt of an email or call-back request. `detail: {topic, reference, kind}`, `kind` "email" or "callback".
   * - **kw-email-queued** - It could not be sent now; it is kept and retried. `detail: {topic, reference, reason, kind}`.
   * - **kw-email-expired** - A kept message was given up and will not be sent: its lifetime or its attempts ran out ("lifetime", "attempts"), or its endpoint is no longer the policy's or allowed ("endpoint"). The visitor is shown it as not sent, with the mailto: way. `detail: {topic, reference, reason, kind}`.
   *
   * ### **Methods:**
   *  - **show(): _void_** - Opens the panel (launcher mode).
   * - **hide(): _void_** - Closes the panel (launcher mode).
   * - **forget(): _Promise<boolean>_** - Forgets this visitor, for sites to call on logout: drafts, queued messages and the visit
   * reference go, in every tab of the site, and open forms are emptied. Resolves to true once
   * done, false when the widget's code for it could not be loaded (offline, say).
   *
   * ### **Slots:**
   *  - _default_ - Fallback content (for example a link to your contact page), shown only when the policy cannot be used.
   *
   * ### **CSS Properties:**
   *  - **--kw-brand** - Brand colour: launcher, icons, links. _(default: #0b5cad)_
   * - **--kw-on-brand** - Text on the brand colour. _(default: #ffffff)_
   * - **--kw-on-brand-dark** - Text on the brand colour in dark mode (defaults to --kw-on-brand: set the two dark ones as a pair). _(default: undefined)_
   * - **--kw-brand-dark** - Brand colour in dark mode (defaults to --kw-brand on the launcher and buttons, and to --kw-brand lightened for links and icons on the dark panel). _(default: undefined)_
   * - **--kw-surface** - Panel background. _(default: #ffffff)_
   * - **--kw-surface-dark** - Panel background in dark mode. _(default: undefined)_
   * - **--kw-surface-alt** - Background of icons, notices and hovered items. _(default: #f3f5f8)_
   * - **--kw-surface-alt-dark** - Background of icons, notices and hovered items in dark mode. _(default: undefined)_
   * - **--kw-text** - Main text colour. _(default: #1a1f29)_
   * - **--kw-text-dark** - Main text colour in dark mode. _(default: undefined)_
   * - **--kw-muted** - Secondary text colour. _(default: #505a6b)_
   * - **--kw-muted-dark** - Secondary text colour in dark mode. _(default: undefined)_
   * - **--kw-border** - Border colour. _(default: #d6dbe3)_
   * - **--kw-border-dark** - Border colour in dark mode. _(default: undefined)_
   * - **--kw-open** - Colour of "open now". _(default: #0f7a3a)_
   * - **--kw-open-dark** - Colour of "open now" in dark mode. _(default: undefined)_
   * - **--kw-closed** - Colour of "closed". _(default: #8a3b12)_
   * - **--kw-closed-dark** - Colour of "closed" in dark mode. _(default: undefined)_
   * - **--kw-focus** - Focus ring colour. _(default: #1a73e8)_
   * - **--kw-focus-dark** - Focus ring colour in dark mode. _(default: undefined)_
   * - **--kw-radius** - Corner radius of the panel and cards. _(default: 12px)_
   * - **--kw-font** - Font family. _(default: system-ui, sans-serif)_
   * - **--kw-offset** - Distance of the launcher from the viewport's corner. _(default: 20px)_
   * - **--kw-z-index** - Stacking of the launcher in browsers without popovers (elsewhere the launcher and the open panel are in the top layer). _(default: 2147483000)_
   *
   * ### **CSS Parts:**
   *  - **launcher** - The floating button that opens the panel (not shown with `trigger`).
   * - **panel** - The panel with notices, tasks and channels.
   * - **close-button** - The panel's close button.
   * - **notice** - One service notice.
   * - **notice-info** - A notice of level "info", beside `notice`: `::part()` takes no attribute selectors, so the state is a part name of its own.
   * - **notice-warning** - A notice of level "warning", beside `notice`.
   * - **notice-critical** - A notice of level "critical", beside `notice`.
   * - **task** - One self-service task link.
   * - **urgency** - The "how urgent is it?" row above the channels.
   * - **channel** - One channel's link or button.
   * - **channel-open** - A channel that is open now, beside `channel`.
   * - **channel-closed** - A channel that is closed now, beside `channel`.
   * - **recommended** - The "recommended" badge on the channel to try first, with its reason.
   * - **channel-status** - A channel's open/closed status.
   * - **search** - The FAQ search field.
   * - **suggestion** - One suggested FAQ answer.
   * - **answer** - A full FAQ answer.
   * - **email-form** - The email form.
   * - **nudge** - The suggestion of a faster channel above the email form.
   * - **callback-form** - The call-back request form.
   * - **send-button** - The email form's send button.
   * - **receipt** - The confirmation after sending, with the reference.
   * - **reference** - The visit reference at the foot of the panel.
   * - **unavailable** - The way forward shown when part of the widget cannot load: the site's fallback or the policy's own links, and "Try again".
   * - **fallback** - The wrapper of the fallback content.
   */
  "kanaal-wijzer": DefineComponent<KanaalWijzerProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
