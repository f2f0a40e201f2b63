// The server half of the React SSR recipe: the same component as react-hydrate.tsx, rendered to a
// string in Node by the test server (test/server/framework-pages.mjs).
import { renderToString } from 'react-dom/server';
import { SsrWidget, type SsrProps } from './react-ssr-widget.js';

export function render(props: SsrProps): string {
  return renderToString(<SsrWidget {...props} />);
}
