import { css } from '../../../internal/css.js';

/**
 * Dark colours. Every fallback falls back in pairs: a site that set only its light brand pair
 * (--kw-brand with --kw-on-brand) gets that same pair on the launcher and buttons, where its text
 * keeps its contrast; a dark page gets no dark text on a dark brand. Text and icons in the brand
 * colour sit on a dark surface, where a brand made for white pages is too dark to read: they take
 * the site's dark brand, or its light one lightened. The colours only the panel's content uses
 * come with it (panel.styles.ts).
 */
const dark = css`
  --_brand: var(--kw-brand-dark, var(--kw-brand, #0b5cad));
  --_on-brand: var(--kw-on-brand-dark, var(--kw-on-brand, #ffffff));
  --_accent: var(--kw-brand-dark, color-mix(in oklab, var(--kw-brand, #0b5cad) 35%, #ffffff));
  --_surface: var(--kw-surface-dark, #171b22);
  --_surface-alt: var(--kw-surface-alt-dark, #222833);
  --_text: var(--kw-text-dark, #eef1f6);
  --_muted: var(--kw-muted-dark, #aab3c2);
  --_border: var(--kw-border-dark, #343c4a);
  --_focus: var(--kw-focus-dark, #8ab4ff);
  --_shadow: 0 12px 40px rgb(0 0 0 / 55%);
  color-scheme: dark;
`;

export const styles = css`
  /* The host page's typography must not leak in: every inherited property starts from its initial
     value (custom properties and direction are not part of \`all\`, so the site's --kw-* and a
     right-to-left page still come through). Sizes are in px and em, never rem, so
     html { font-size: 62.5% } changes nothing. */
  :host {
    all: initial;
    --_brand: var(--kw-brand, #0b5cad);
    --_on-brand: var(--kw-on-brand, #ffffff);
    /* Links, icons and borders in the brand colour, on the surface. */
    --_accent: var(--_brand);
    --_surface: var(--kw-surface, #ffffff);
    --_surface-alt: var(--kw-surface-alt, #f3f5f8);
    --_text: var(--kw-text, #1a1f29);
    --_muted: var(--kw-muted, #505a6b);
    --_border: var(--kw-border, #d6dbe3);
    --_radius: var(--kw-radius, 12px);
    --_focus: var(--kw-focus, #1a73e8);
    --_shadow: 0 12px 40px rgb(16 24 40 / 22%), 0 2px 8px rgb(16 24 40 / 12%);

    display: block;
    color: var(--_text);
    font-family: var(--kw-font, system-ui, sans-serif);
    font-size: 16px;
    line-height: 1.45;
    /* Form controls and scrollbars follow the scheme the widget shows. */
    color-scheme: light;
  }

  /* The visitor's scheme, unless the site chose one with theme="light" or theme="dark". */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  /* The launcher floats; the host takes no room, so nothing on the page moves while we load. */
  :host(:not([mode='inline'])) {
    display: contents;
  }

  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Every icon is a line drawing on a 24 × 24 grid, in the text's colour. */
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* The browser's own button font and colour give way to the widget's; spacing and case already
     start from their initial values at the host. */
  button,
  a {
    font: inherit;
    color: inherit;
  }

  /* The launcher is a manual popover (in the top layer): undo the popover's UA placement, and
     show it even before it is lifted there. */
  .launcher {
    position: fixed;
    inset: auto;
    margin: 0;
    inset-block-end: var(--kw-offset, 20px);
    inset-inline-end: var(--kw-offset, 20px);
    z-index: var(--kw-z-index, 2147483000);
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 48px;
    padding-block: 0.7em;
    padding-inline: 1em 1.2em;
    border: 0;
    border-radius: 999px;
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 600;
    box-shadow: var(--_shadow);
    cursor: pointer;
  }

  .launcher:hover {
    filter: brightness(1.08);
  }

  .panel {
    width: min(400px, 100vw - 16px);
    max-height: min(680px, var(--_available-height, 100vh - 96px));
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }

  /* Without anchor positioning: above the launcher in its default corner. */
  .panel[popover] {
    position: fixed;
    inset: auto;
    inset-block-end: calc(var(--kw-offset, 20px) + 60px);
    inset-inline-end: var(--kw-offset, 20px);
    margin: 0;
  }

  /* Phones: edge to edge until the panel's own styles make it a sheet. */
  @media (max-width: 480px) {
    .panel[popover] {
      inset-inline: 8px;
      width: auto;
    }
  }

  .panel.inline {
    width: 100%;
    max-width: 640px;
    max-height: none;
    box-shadow: none;
  }

  .panel.loading {
    min-height: 320px;
  }

  .message {
    margin: 1em 0.25em;
    color: var(--_muted);
  }

  /* The skeleton and the way forward, before (or without) the panel's own frame. */
  .panel > .message,
  .way-forward {
    margin: 1.25em;
  }

  .contact-links {
    margin: 0.75em 0;
    padding: 0;
    list-style: none;
  }

  .contact-links li {
    margin: 0.4em 0;
  }

  .way-forward a {
    color: var(--_accent);
    font-weight: 600;
  }

  .try-again {
    display: block;
    margin-top: 1em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    cursor: pointer;
  }

  .fallback-link {
    color: var(--_accent);
    font-weight: 600;
  }

`;
