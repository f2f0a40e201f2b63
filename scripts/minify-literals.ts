import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the markup inside our Lit `html`/`svg` templates and the CSS inside our `css` literals
 * (minify-literals: html-minifier-next and Lightning CSS, which keep Lit's bindings intact). The
 * JavaScript minifier leaves template text alone, and that text ships to every visitor.
 */
export function minifyLiterals(): Plugin {
  return {
    name: 'kanaalwijzer-minify-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
