/** Line icons per channel type (24 × 24, stroked in currentColor). Decorative: the label names the channel. */
import { svg, type SVGTemplateResult } from 'lit-html';
import type { ChannelType } from '../../../policy/constants.js';
import { CHAT, svgIcon } from '../../../internal/svg-icon.js';

const PATHS: Record<ChannelType | 'task' | 'warning' | 'info', SVGTemplateResult> = {
  phone: svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`,
  chat: CHAT,
  whatsapp: svg`<path d="M3.5 20.5 5 16a8.5 8.5 0 1 1 3 3z"/><path d="M9 9.5c0 3 2.5 5.5 5.5 5.5l1-1.5-2-1-1 .8a4 4 0 0 1-1.8-1.8l.8-1-1-2z"/>`,
  social: svg`<circle cx="9" cy="8" r="3"/><path d="M3 19a6 6 0 0 1 12 0"/><circle cx="17" cy="9" r="2.5"/><path d="M16 14a5 5 0 0 1 5 5"/>`,
  video: svg`<rect x="3" y="6" width="13" height="12" rx="2"/><path d="m16 10 5-3v10l-5-3"/>`,
  visit: svg`<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`,
  callback: svg`<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2"/><path d="M15 3h6v6M21 3l-6 6"/>`,
  link: svg`<path d="M14 4h6v6M20 4l-9 9"/><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
  task: svg`<path d="m9 5 7 7-7 7"/>`,
  warning: svg`<path d="M12 3 2 20h20z"/><path d="M12 10v4M12 17v.5"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>`,
};

export type IconName = keyof typeof PATHS;

export const CLOSE = svgIcon(svg`<path d="M6 6l12 12M18 6 6 18"/>`);

/** Icons that point along the line of text (a chevron, an arrow out): mirrored right to left. */
const DIRECTIONAL = new Set<IconName>(['task', 'link', 'callback']);

export function icon(name: IconName) {
  return svgIcon(DIRECTIONAL.has(name) ? svg`<g class="directional">${PATHS[name]}</g>` : PATHS[name]);
}
