import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit `css` template literals of our own *.styles.ts files: the
 * JavaScript minifier leaves template text alone, and that text ships to every visitor.
 * Only whitespace and comments go; the files hold no `${}` interpolations.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'kanaalwijzer-minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const minified = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}
