/** Keeps the floating panel next to its launcher. Loaded on first open: it is not needed before. */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

const NARROW = '(max-width: 480px)';

/** Starts positioning; returns the cleanup that stops every listener and observer it added. */
export function positionPanel(launcher: HTMLElement, panel: HTMLElement): () => void {
  return autoUpdate(launcher, panel, () => {
    // Narrow screens get a bottom sheet from CSS; inline coordinates would fight it.
    if (matchMedia(NARROW).matches) {
      panel.style.removeProperty('left');
      panel.style.removeProperty('top');
      panel.style.removeProperty('max-height');
      return;
    }
    void computePosition(launcher, panel, {
      strategy: 'fixed',
      placement: 'top-end',
      middleware: [
        offset(12),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            panel.style.maxHeight = `${Math.max(240, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      panel.style.left = `${Math.round(x)}px`;
      panel.style.top = `${Math.round(y)}px`;
    });
  });
}
