// The client half of the React SSR recipe: hydrateRoot over the server's HTML, with the same props.
import { hydrateRoot } from 'react-dom/client';
import { SsrWidget, type SsrProps } from './react-ssr-widget.js';

declare global {
  interface Window {
    kwSsrProps: SsrProps;
    kwHydrated: boolean;
  }
}

window.kwSsrSelected = [];
window.kwSsrPropSelected = [];
hydrateRoot(document.getElementById('root') as HTMLElement, <SsrWidget {...window.kwSsrProps} />, {
  onRecoverableError: (error) => console.error('hydration', error),
});
window.kwHydrated = true;
