import { css, sheet } from '../../../internal/css.js';

/**
 * The panel's frame once its content is in: anchored to the launcher, a bottom sheet on phones,
 * its header and close button. Loads with the panel; until then the entry's styles show a plain
 * card (kanaal-wijzer.styles.ts) with the skeleton or the way forward.
 */
export const frameStyles = sheet(css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /*
   * With it: above the launcher wherever the site put it, below when there is no room above, and
   * always inside the viewport, even when a host's layout pushes the launcher half off screen.
   */
  @supports (anchor-name: --kw-launcher) {
    .launcher {
      anchor-name: --kw-launcher;
    }
    .panel[popover] {
      position-anchor: --kw-launcher;
      inset: auto;
      right: clamp(8px, anchor(right), 100% - min(400px, 100vw - 16px) - 8px);
      bottom: max(8px, anchor(top) + 12px);
      position-try-fallbacks: flip-block;
    }
    /* Right to left, the launcher sits in the bottom left corner: the panel lines up with its left edge. */
    :host(:dir(rtl)) .panel[popover] {
      right: auto;
      left: clamp(8px, anchor(left), 100% - min(400px, 100vw - 16px) - 8px);
    }
  }

  /* The contents rise, not the panel itself: WebKit (WebKitGTK 2.50; Safari 26 has the same WebKit
     generation, not tried) freezes the whole page when an element placed by anchor positioning
     with position-try-fallbacks runs a CSS animation. No upstream link could be looked up here;
     minimal reproduction: test/repro/webkit-anchor-flip-transform-freeze.html. */
  @media (prefers-reduced-motion: no-preference) {
    .panel[popover]:popover-open > * {
      animation: kw-rise 160ms ease-out;
    }
    @keyframes kw-rise {
      from {
        opacity: 0;
        transform: translateY(8px);
      }
    }
  }

  /* Narrow screens: a full-width sheet from the bottom instead of a floating card (right to left too, over the anchored placement above). */
  @media (max-width: 480px) {
    .panel[popover],
    :host(:dir(rtl)) .panel[popover] {
      position-try-fallbacks: none;
      /* --_keyboard: the height an on-screen keyboard covers (set while the panel is open). */
      inset: auto 0 var(--_keyboard, 0px) 0;
      width: 100%;
      /* Tall enough for the notice, search box and recommended channel on a 667 px high phone. */
      max-height: min(100vh - 24px, 100vh - var(--_keyboard, 0px) - 8px);
      scroll-padding-block-end: 64px;
      border-radius: var(--_radius) var(--_radius) 0 0;
      border-inline: 0;
      border-block-end: 0;
    }
    .panel[popover] header {
      padding-block: 0.7em 0.5em;
    }
    /* The send button stays on screen while the customer types above it. */
    .panel[popover] [part='send-button'] {
      position: sticky;
      inset-block-end: 8px;
    }
  }

  header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    padding-block: 1em 0.75em;
    padding-inline: 1.25em 1em;
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }

  .inline header {
    position: static;
  }

  .heading {
    flex: 1;
    min-width: 0;
  }

  h2 {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }

  .topic {
    margin: 0.15em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .close {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 40px;
    height: 40px;
    margin-block: -0.25em 0;
    margin-inline: 0 -0.25em;
    border: 0;
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
  }

  .close:hover {
    background: var(--_surface-alt);
  }

  .body {
    padding: 0.75em 1em 1.25em;
  }

`);
