/**
 * The entry's own markup: the launcher, and the panel's frame until the panel's content (its own
 * part) renders inside it: a skeleton, or the way forward when that content cannot be had.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FrameStrings } from '../../../i18n/frame-strings.js';
import { CHAT, svgIcon } from './frame-icons.js';
import type { PartFailure } from './part-outcome.js';

export function launcher(words: FrameStrings, onIntent: () => void, onClick: () => void): TemplateResult {
  return html`<button
    class="launcher"
    part="launcher"
    popover="manual"
    popovertarget="panel"
    aria-haspopup="dialog"
    @pointerenter=${onIntent}
    @focus=${onIntent}
    @touchstart=${{ handleEvent: onIntent, passive: true }}
    @click=${onClick}
  >
    ${svgIcon(CHAT)}<span>${words.launcher}</span>
  </button>`;
}

export interface FrameProps {
  words: FrameStrings;
  floating: boolean;
  /** The panel's content, once its part is in and the policy with it. */
  content: TemplateResult | undefined;
  /** Why the content cannot be shown now, when it cannot. */
  way: PartFailure | 'slow' | undefined;
  /** The way forward itself: the site's fallback (slotted), or the policy's own links. */
  ways: unknown;
  onToggle: (event: Event) => void;
  onTryAgain: () => void;
}

export function frame(props: FrameProps): TemplateResult {
  const { words, floating, content, way } = props;
  return html`<section
    id="panel"
    part="panel"
    class=${`panel${floating ? '' : ' inline'}${content ? '' : ' loading'}`}
    popover=${floating ? 'auto' : nothing}
    role=${floating ? 'dialog' : 'region'}
    aria-label=${words.title}
    aria-busy=${content || way ? 'false' : 'true'}
    tabindex="-1"
    @toggle=${props.onToggle}
  >
    ${content ??
    (way
      ? html`<div class="way-forward" part="unavailable" role="status">
          <p>${way === 'slow' ? words.slow : words.unavailable}</p>
          ${props.ways}
          <button type="button" class="try-again" @click=${props.onTryAgain}>${words.tryAgain}</button>
        </div>`
      : html`<p class="message" role="status">${words.loading}</p>`)}
  </section>`;
}
