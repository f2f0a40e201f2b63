/** The launcher's and the close button's icons, apart from the rest so the entry chunk stays small. */
import { svg, type SVGTemplateResult } from 'lit';

export const CHAT = svg`<path d="M4 5h16v11H9l-5 4z"/><path d="M8 10h8M8 13h5"/>`;
export const CLOSE = svg`<path d="M6 6l12 12M18 6 6 18"/>`;

export function svgIcon(path: SVGTemplateResult) {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${path}</svg>`;
}
