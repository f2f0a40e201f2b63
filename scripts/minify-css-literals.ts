import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit `css` template literals of our own *.styles.ts files with
 * Lightning CSS (a real CSS parser: strings, selectors and values survive as written). The
 * JavaScript minifier leaves template text alone, and that text ships to every visitor. The
 * files hold no `${}` interpolations, so each literal is one complete style sheet.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'kanaalwijzer-minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const source = new MagicString(code);
      for (const match of code.matchAll(/css`([^`]*)`/g)) {
        const body = match[1] ?? '';
        const start = (match.index ?? 0) + 'css`'.length;
        const { code: minified } = transform({ filename: id, code: Buffer.from(body), minify: true });
        source.overwrite(start, start + body.length, minified.toString().replaceAll('\\', '\\\\'));
      }
      return { code: source.toString(), map: source.generateMap({ hires: true, source: id }) };
    },
  };
}
