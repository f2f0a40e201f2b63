import { css, sheet } from '../../../internal/css.js';

/** Styles of the self-service views; adopted by the element when they load. */
export const selfServiceStyles = sheet(css`
  .search {
    margin: 0.25em 0 0.5em;
  }

  .search-label,
  .field label {
    display: block;
    margin: 0 0.1em 0.3em;
    font-size: 0.92em;
    font-weight: 600;
  }

  /* Text fields only: the urgency row's radios and checkbox stay small. */
  input:not([type='radio'], [type='checkbox']),
  textarea,
  select {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }

  input:focus-visible,
  textarea:focus-visible {
    border-color: var(--_focus);
    outline-offset: 0;
  }

  textarea {
    min-height: 7em;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_closed);
  }

  .field {
    margin-bottom: 0.9em;
  }

  .optional {
    color: var(--_muted);
    font-weight: 400;
  }

  .error {
    margin: 0.35em 0.1em 0;
    color: var(--_closed);
    font-size: 0.9em;
    font-weight: 600;
  }

  .counter,
  .draft-note,
  .hint {
    margin: 0.35em 0.1em 0;
    color: var(--_muted);
    font-size: 0.88em;
  }

  /* The counter is a live region from the start, so its first words are announced; empty, it takes no room. */
  .counter:empty {
    margin: 0;
  }

  .suggestions {
    display: grid;
    gap: 0.4em;
    margin-top: 0.5em;
  }

  .suggestion {
    display: grid;
    gap: 0.15em;
    width: 100%;
    min-height: 44px;
    padding: 0.65em 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface-alt);
    text-align: start;
    cursor: pointer;
  }

  .suggestion:hover {
    border-color: var(--_accent);
  }

  .suggestion-question {
    color: var(--_accent);
    font-weight: 650;
  }

  .suggestion-snippet {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .suggestion-box {
    margin: 0.25em 0 1em;
    padding: 0.75em;
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface-alt);
  }

  h4 {
    margin: 0 0 0.25em;
    font-size: 0.95em;
  }

  .suggestion-box .suggestion {
    background: var(--_surface);
  }

  .primary,
  .secondary,
  .button-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: 0.6em 1.1em;
    border-radius: 999px;
    font-weight: 650;
    text-decoration: none;
    cursor: pointer;
  }

  .primary {
    border: 0;
    background: var(--_brand);
    color: var(--_on-brand);
  }

  .primary[disabled] {
    opacity: 0.7;
    cursor: progress;
  }

  .secondary,
  .button-link {
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  .secondary:hover,
  .button-link:hover {
    border-color: var(--_accent);
  }

  .small {
    min-height: 36px;
    padding: 0.3em 0.9em;
  }

  .answer h3,
  .thanks h3,
  .receipt h3,
  #email-title,
  #callback-title {
    margin: 0.4em 0 0.6em;
    color: var(--_text);
    font-size: 1.1em;
    font-weight: 700;
    letter-spacing: normal;
    text-transform: none;
  }

  .answer p,
  .thanks p,
  .receipt p {
    margin: 0 0 0.75em;
  }

  .answer-links {
    display: grid;
    gap: 0.3em;
    margin-bottom: 1em;
  }

  .answer-links a {
    color: var(--_accent);
    font-weight: 600;
  }

  .answer-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 1em 0;
  }

  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
  }

  .feedback p {
    margin: 0;
  }

  .receipt dl {
    margin: 0.5em 0 0.25em;
  }

  .receipt dt {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .receipt .reference {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
    user-select: all;
  }

  .warning {
    padding: 0.6em 0.75em;
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface-alt);
    border-inline-start: 4px solid #c98a00;
  }

  .mailto {
    margin: 0 0 1em;
    padding: 0.75em;
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface-alt);
  }

  .mailto p {
    margin: 0.6em 0 0.4em;
  }
`);
