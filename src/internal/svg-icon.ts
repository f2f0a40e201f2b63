/** Line icons (24 × 24, stroked in currentColor by the entry's `.icon` rule), decorative: the launcher's here, apart from the rest so the entry stays small. */
import { svg, type SVGTemplateResult } from 'lit-html';

export const CHAT = svg`<path d="M4 5h16v11H9l-5 4z"/><path d="M8 10h8M8 13h5"/>`;

export function svgIcon(path: SVGTemplateResult) {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;
}
