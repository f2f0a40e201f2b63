/**
 * A long notice shows its first two lines and a "read more" toggle, so the search box and the
 * recommended channel still fit on a phone's first screen. Whether a notice is long is measured
 * in the frame it first shows in, before it is painted: at any width, in any language, and a
 * notice that only grows later (a narrower window) is never cut off without its toggle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lines a clamped notice keeps (the CSS line clamp says the same). */
const LINES = 2;

export class NoticeClamp implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The text each notice was measured with: measured again when it changes (the language). */
  #measured = new Map<string, string>();
  #long = new Set<string>();
  #expanded = new Set<string>();
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Clamped to its first lines (long, and not opened by the customer). */
  clamped(id: string): boolean {
    return this.#long.has(id) && !this.#expanded.has(id);
  }

  /** Has a toggle: the text is longer than the clamp. */
  long(id: string): boolean {
    return this.#long.has(id);
  }

  toggle(id: string): void {
    if (!this.#expanded.delete(id)) this.#expanded.add(id);
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.#frame || !this.#unmeasured().length) return;
    // Layout is read in the next frame, where it is due anyway: no extra layout in this task.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #unmeasured(): HTMLElement[] {
    const texts = this.#host.shadowRoot?.querySelectorAll<HTMLElement>('.notice-text[data-notice]') ?? [];
    return [...texts].filter((text) => this.#measured.get(text.dataset['notice'] ?? '') !== text.textContent);
  }

  #measure(): void {
    let changed = false;
    for (const text of this.#unmeasured()) {
      const id = text.dataset['notice'] ?? '';
      const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
      const height = text.getBoundingClientRect().height;
      // A closed panel (display: none) has no layout yet: measured when it opens.
      if (!height || !lineHeight) continue;
      this.#measured.set(id, text.textContent ?? '');
      const long = this.clamped(id) ? text.scrollHeight > height + 1 : height > (LINES + 0.5) * lineHeight;
      if (long !== this.#long.has(id)) {
        if (long) this.#long.add(id);
        else this.#long.delete(id);
        changed = true;
      }
    }
    if (changed) this.#host.requestUpdate();
  }
}
