import { css, sheet } from '../../../internal/css.js';

/** The panel's content: notices, tasks, the urgency row, channel cards. Loads with the panel. */
export const panelStyles = sheet(css`
  /* Open and closed, in the schemes the entry's styles pick (kanaal-wijzer.styles.ts). */
  :host {
    --_open: var(--kw-open, #0f7a3a);
    --_closed: var(--kw-closed, #8a3b12);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_open: var(--kw-open-dark, #5bd38a);
      --_closed: var(--kw-closed-dark, #ffb38a);
    }
  }

  :host([theme='dark']) {
    --_open: var(--kw-open-dark, #5bd38a);
    --_closed: var(--kw-closed-dark, #ffb38a);
  }

  h3 {
    margin: 0.7em 0.25em 0.3em;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .notice {
    display: flex;
    gap: 0.6em;
    margin: 0 0 0.5em;
    padding: 0.5em 0.8em;
    border-radius: calc(var(--_radius) - 4px);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    font-size: 0.95em;
  }

  .notice[data-level='warning'] {
    border-color: #c98a00;
  }

  .notice[data-level='critical'] {
    border-color: #c4281c;
  }

  .notice p {
    margin: 0;
  }

  /* Two lines of a long notice; "read more" shows the rest. NoticeClamp measures with the same count. */
  .notice-text.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }

  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
  }

  .notice-actions .link-button {
    min-height: 28px;
    padding: 0;
  }

  .notice a {
    color: var(--_accent);
    font-weight: 600;
  }

  /* Holds the search box's place until its chunk is in (label and field), so what is below stays put. */
  .search-slot {
    height: calc(4.26em + 2px);
    margin: 0.25em 0 0.5em;
  }

  /* Tasks as a wrapping row of chips: the recommended channel must still fit on a phone's first screen. */
  .tasks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }

  .tasks a {
    display: flex;
    align-items: center;
    gap: 0.2em;
    min-height: 30px;
    padding-block: 0.1em;
    padding-inline: 0.35em 0.7em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.86em;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }

  .tasks a:hover {
    background: var(--_surface-alt);
    text-decoration: underline;
  }

  .channels {
    display: grid;
    gap: 0.5em;
  }

  .channel-action {
    display: flex;
    gap: 0.85em;
    width: 100%;
    min-height: 44px;
    padding: 0.85em 0.9em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }

  .channel-action:hover {
    border-color: var(--_accent);
    background: var(--_surface-alt);
  }

  .channel-icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2.5em;
    height: 2.5em;
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_accent);
  }

  .channel-main {
    display: grid;
    gap: 0.1em;
    min-width: 0;
  }

  .channel-label {
    font-weight: 650;
  }

  .channel-description,
  .channel-detail {
    color: var(--_muted);
    font-size: 0.92em;
  }

  .channel-number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin-top: 0.25em;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_open);
  }

  .status::before {
    content: '';
    width: 0.6em;
    height: 0.6em;
    border-radius: 999px;
    background: currentColor;
  }

  [data-open='false'] .status {
    color: var(--_closed);
  }

  [data-open='false'] .status::before {
    background: transparent;
    box-shadow: inset 0 0 0 2px currentColor;
  }

  /*
   * Compact, so the recommended channel is in view without scrolling, even at 375 x 667: the
   * question with "in writing" at its end, the three answers in one row below. A floated legend
   * is an ordinary grid item, which a fieldset's rendered legend is not.
   */
  .urgency {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.2em 0.5em;
    margin: 0 0 0.6em;
    padding: 0;
    border: 0;
  }

  .urgency legend {
    float: inline-start;
    grid-row: 1;
    margin: 0 0.25em;
    padding: 0;
    font-size: 0.85em;
    font-weight: 600;
  }

  .urgency .record {
    grid-row: 1;
    grid-column: 2;
    font-size: 0.85em;
  }

  .choices {
    display: flex;
    grid-column: 1 / -1;
    gap: 0.25em;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 32px;
    cursor: pointer;
  }

  /* The answers as a segmented row: the chosen one is filled, so its radio circle can go. */
  .choices .choice {
    position: relative;
    flex: 1 1 auto;
    justify-content: center;
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.85em;
    white-space: nowrap;
  }

  .choices .choice input {
    position: absolute;
    opacity: 0;
    pointer-events: none;
  }

  .choices .choice:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Forced colours drop the fill that marks the chosen answer: the radio circles come back. */
  @media (forced-colors: active) {
    .choices .choice input {
      position: static;
      opacity: 1;
    }
  }

  .choices .choice:has(:checked) {
    border-color: var(--_accent);
    background: var(--_surface-alt);
    font-weight: 600;
  }

  .choice input {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin: 0;
  }

  /* Cards a little tighter on a phone: the recommended one's status, wait and cost on the first screen. */
  @media (max-width: 480px) {
    .channel-action {
      gap: 0.7em;
      padding: 0.6em 0.75em;
    }

    .channel-icon {
      width: 2.25em;
      height: 2.25em;
    }

    .channel-main {
      gap: 0;
    }
  }

  /* First to the eye, second to a screen reader: the card's name starts with the channel's name. */
  .recommended {
    order: -1;
    justify-self: start;
    padding: 0.1em 0.55em;
    border-radius: 0.8em;
    background: var(--_brand);
    color: var(--_on-brand);
    font-size: 0.8em;
    font-weight: 650;
  }

  .reason {
    font-weight: 500;
  }

  li:has(.recommended) .channel-action {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  :host(:dir(rtl)) .directional {
    transform: scaleX(-1);
    transform-box: view-box;
    transform-origin: center;
  }

  .live {
    padding: 0 0.35em;
    border-radius: 4px;
    background: var(--_open);
    color: var(--_surface);
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
  }

  .remembered,
  .visit-reference {
    margin: 0 0.25em 0.6em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .visit-reference {
    margin-top: 1.25em;
    text-align: center;
  }

  .visit-reference strong {
    color: var(--_text);
    letter-spacing: 0.03em;
    user-select: all;
  }

  .nudge {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin: 0 0 1em;
    padding: 0.65em 0.8em;
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface-alt);
    color: var(--_accent);
  }

  .nudge span {
    color: var(--_text);
  }

  .nudge a,
  .nudge .link-button {
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
  }

  .back,
  .link-button {
    min-height: 32px;
    padding: 0.25em 0.1em;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .link-button {
    text-decoration: underline;
  }
`);
