/**
 * Our styles as constructable style sheets, without Lit's `css` tag: that tag's checks and
 * messages would ship in the entry to every visitor, for templates that only ever hold our own
 * constants. The build minifies these literals by their tag name (scripts/minify-literals.ts).
 */

/** CSS text, raw (a backslash escape stays as CSS reads it); interpolations are other `css` fragments. */
export function css(strings: TemplateStringsArray, ...fragments: string[]): string {
  return String.raw({ raw: strings }, ...fragments);
}

/** A style sheet to adopt into a shadow root. */
export function sheet(text: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text);
  return made;
}
