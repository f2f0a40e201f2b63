/**
 * The entry's own markup, as plain DOM made once and updated in place, so the entry ships no
 * template engine: the launcher, the fallback's wrapper with the site's slot, and the panel's
 * frame. Until the panel's content (its own part, rendered with lit-html) fills the frame, the
 * frame holds a skeleton, or the way forward when that content cannot be had.
 */
import type { FrameStrings } from '../../../i18n/frame-strings.js';
import type { PartFailure } from './part-outcome.js';

const SVG = 'http://www.w3.org/2000/svg';

/** An element with its attributes; text and attributes are set as data, never parsed as markup. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function svg(tag: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Sets an attribute, or removes it for undefined; untouched when it already reads so. */
function attribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Sets the text only when it changed: a live region hears a change, not every update. */
function text(element: Element, value: string): void {
  if (element.textContent !== value) element.textContent = value;
}

/** Puts `node` into `parent` before `before` (at the end without), unless it is already there. */
function place(parent: Node, node: Node, before: Node | null = null): void {
  if (node.parentNode !== parent || node.nextSibling !== before) parent.insertBefore(node, before);
}

export interface LauncherEvents {
  intent: () => void;
  click: () => void;
}

/** The floating button that opens the panel: a manual popover, lifted into the top layer. */
function makeLauncher(events: LauncherEvents): { button: HTMLButtonElement; label: HTMLSpanElement } {
  const button = make('button', { class: 'launcher', part: 'launcher', popover: 'manual', popovertarget: 'panel', 'aria-haspopup': 'dialog' });
  const icon = svg('svg', { class: 'icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' });
  icon.append(svg('path', { d: 'M4 5h16v11H9l-5 4z' }), svg('path', { d: 'M8 10h8M8 13h5' }));
  const label = make('span');
  button.append(icon, label);
  button.addEventListener('pointerenter', events.intent);
  button.addEventListener('focus', events.intent);
  button.addEventListener('touchstart', events.intent, { passive: true });
  button.addEventListener('click', events.click);
  return { button, label };
}

/** What the panel's content does with the frame: renders into it before `end`, or (shown false) takes itself out. */
export type PaintContent = (section: HTMLElement, end: ChildNode, floating: boolean, shown: boolean) => void;

/** What the shadow root shows, as the element works it out on each update. */
export interface ShellState {
  words: FrameStrings;
  fatal: boolean;
  /** The launcher is drawn (launcher mode, no page triggers, this element holds the page's launcher). */
  launcher: boolean;
  /** The panel's frame is there: floating (a popover beside the launcher or a trigger) or inline. */
  frame: 'floating' | 'inline' | undefined;
  /** The panel's content paints the frame, when it is built and the policy is in. */
  content: PaintContent | undefined;
  /** Why the frame shows a way forward, when it does. */
  way: PartFailure | 'slow' | undefined;
  /** The site's fallback (the slot) shows in the frame's way forward rather than in the fallback's wrapper. */
  slotInPanel: boolean;
  /** The policy's own ways to reach a person, for the way forward without the site's fallback. */
  links: () => Node | undefined;
  /** The contact link an earlier good policy gave, shown beside the fallback. */
  cachedFallback: Node | undefined;
}

export interface ShellEvents extends LauncherEvents {
  slotChange: () => void;
  toggle: (event: Event) => void;
  tryAgain: () => void;
}

interface Frame {
  section: HTMLElement;
  /** The panel's content renders before this marker; the skeleton or the way forward sits after it. */
  end: Comment;
  floating: boolean;
  painted?: PaintContent | undefined;
}

export class Shell {
  readonly #root: ShadowRoot;
  readonly #events: ShellEvents;
  readonly #slot = make('slot');
  readonly #fallback = make('div', { part: 'fallback', hidden: '' });
  #launcher?: { button: HTMLButtonElement; label: HTMLSpanElement };
  #frame?: Frame | undefined;
  #skeleton?: HTMLParagraphElement;
  #way?: { box: HTMLDivElement; text: HTMLParagraphElement; button: HTMLButtonElement };
  #cached?: Node;

  constructor(root: ShadowRoot, events: ShellEvents) {
    this.#root = root;
    this.#events = events;
    this.#slot.addEventListener('slotchange', events.slotChange);
    this.#fallback.append(this.#slot, ' ');
    root.append(this.#fallback);
  }

  get launcher(): HTMLButtonElement | undefined {
    return this.#launcher?.button.isConnected ? this.#launcher.button : undefined;
  }

  get panel(): HTMLElement | undefined {
    return this.#frame?.section.isConnected ? this.#frame.section : undefined;
  }

  update(state: ShellState): void {
    const root = this.#root;
    const fallback = this.#fallback;
    attribute(fallback, 'hidden', state.fatal ? undefined : '');
    if (!state.slotInPanel && this.#slot.parentNode !== fallback) fallback.prepend(this.#slot);
    if (state.cachedFallback !== this.#cached) {
      this.#cached?.parentNode?.removeChild(this.#cached);
      this.#cached = state.cachedFallback;
      if (this.#cached) fallback.append(this.#cached);
    }

    const frame = this.#updateFrame(state);
    if (state.launcher) {
      this.#launcher ??= makeLauncher(this.#events);
      text(this.#launcher.label, state.words.launcher);
      place(root, this.#launcher.button, frame ?? fallback);
    } else this.#launcher?.button.remove();
  }

  #updateFrame(state: ShellState): HTMLElement | undefined {
    const floating = state.frame === 'floating';
    if (!state.frame || this.#frame?.floating !== floating) {
      this.#frame?.painted?.(this.#frame.section, this.#frame.end, this.#frame.floating, false);
      this.#frame?.section.remove();
      this.#frame = undefined;
    }
    if (!state.frame) return undefined;
    this.#frame ??= this.#makeFrame(floating);
    const { section, end } = this.#frame;
    place(this.#root, section, this.#fallback);
    const { words, content, way } = state;
    attribute(section, 'class', `panel${floating ? '' : ' inline'}${content ? '' : ' loading'}`);
    attribute(section, 'aria-label', words.title);
    attribute(section, 'aria-busy', content || way ? 'false' : 'true');
    if (this.#frame.painted && this.#frame.painted !== content) this.#frame.painted(section, end, floating, false);
    this.#frame.painted = content;
    if (content) {
      this.#skeleton?.remove();
      this.#way?.box.remove();
      content(section, end, floating, true);
    } else if (way) {
      this.#skeleton?.remove();
      place(section, this.#wayForward(state, way), end.nextSibling);
    } else {
      this.#way?.box.remove();
      this.#skeleton ??= make('p', { class: 'message', role: 'status' });
      text(this.#skeleton, words.loading);
      place(section, this.#skeleton, end.nextSibling);
    }
    return section;
  }

  #makeFrame(floating: boolean): Frame {
    const section = make('section', { id: 'panel', part: 'panel', role: floating ? 'dialog' : 'region', tabindex: '-1' });
    if (floating) section.setAttribute('popover', 'auto');
    section.addEventListener('toggle', this.#events.toggle);
    const end = document.createComment('');
    section.append(end);
    return { section, end, floating };
  }

  /** The way forward: why, the site's fallback or the policy's links, and "try again". */
  #wayForward(state: ShellState, way: PartFailure | 'slow'): HTMLDivElement {
    if (!this.#way) {
      const box = make('div', { class: 'way-forward', part: 'unavailable', role: 'status' });
      const text = make('p');
      const button = make('button', { type: 'button', class: 'try-again' });
      button.addEventListener('click', this.#events.tryAgain);
      box.append(text, button);
      this.#way = { box, text, button };
    }
    const { box, text: why, button } = this.#way;
    const { words } = state;
    text(why, way === 'slow' ? words.slow : words.unavailable);
    text(button, words.tryAgain);
    const ways = state.slotInPanel ? this.#slot : state.links();
    for (const node of [...box.childNodes]) if (node !== why && node !== button && node !== ways) node.remove();
    if (ways) place(box, ways, button);
    return box;
  }
}
