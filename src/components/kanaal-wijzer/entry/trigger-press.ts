/**
 * Which of the page's elements a press opens the panel from: shared by the entry, which watches
 * presses while the trigger wiring loads, and the wiring itself (panel/trigger-controller.ts).
 */
import type { ReactiveControllerHost } from 'lit';

/** What the element tells the wiring about itself. */
export interface TriggerHost extends ReactiveControllerHost, HTMLElement {
  readonly trigger: string | null;
  readonly mode: 'launcher' | 'inline';
  readonly open: boolean;
  /** Opens the panel at once. */
  show(): void;
  hide(): void;
}

/** Elements that click themselves on these keys, so the click listener already sees them. */
const CLICKS_ON_ENTER_AND_SPACE = 'button, input[type="button"], input[type="submit"], input[type="reset"], input[type="image"], summary';
const CLICKS_ON_ENTER = 'a[href], area[href]';
export const PRESSES = ['click', 'keydown'] as const;

/** The match of `selector` an event happened on, if any; never one inside the host's own shadow tree. */
export function triggerOf(event: Event, selector: string, host: HTMLElement): HTMLElement | undefined {
  for (const node of event.composedPath()) {
    if (node === host) return undefined;
    if (node instanceof HTMLElement && node.matches(selector)) return node;
  }
  return undefined;
}

/**
 * The trigger a click, or Enter or Space, presses. None when the site handled the event itself,
 * when a modifier asks the browser for something else (a link in a new tab), or when the key
 * makes the element click itself: the click comes next.
 */
export function pressedTrigger(event: MouseEvent | KeyboardEvent, selector: string, host: HTMLElement): HTMLElement | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (!(event instanceof KeyboardEvent)) return event.button === 0 && !event.shiftKey ? triggerOf(event, selector, host) : undefined;
  if (event.repeat || (event.key !== 'Enter' && event.key !== ' ')) return undefined;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement) || !target.matches(selector)) return undefined;
  return target.matches(CLICKS_ON_ENTER_AND_SPACE) || (event.key === 'Enter' && target.matches(CLICKS_ON_ENTER)) ? undefined : target;
}
