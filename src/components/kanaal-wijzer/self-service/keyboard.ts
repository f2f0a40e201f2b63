/**
 * An on-screen keyboard shrinks the visual viewport, not the layout viewport the open panel is
 * placed in (Safari, and Chrome with interactive-widget=resizes-visual): the bottom sheet would sit
 * behind the keyboard. While followed, the panel's --_keyboard is the height the keyboard covers
 * (the narrow-screen sheet rests on it), and the field being typed in is scrolled back into view.
 * In the self-service chunk: only its forms take typing. Returns the function that stops following.
 */
export function followKeyboard(panel: HTMLElement, root: ShadowRoot): () => void {
  const viewport = window.visualViewport;
  const follow = () => {
    const covered = viewport ? Math.max(0, innerHeight - viewport.offsetTop - viewport.height) : 0;
    panel.style.setProperty('--_keyboard', `${covered}px`);
    if (covered) root.activeElement?.scrollIntoView({ block: 'nearest' });
  };
  const types = ['resize', 'scroll'];
  for (const type of types) viewport?.addEventListener(type, follow);
  follow();
  return () => {
    for (const type of types) viewport?.removeEventListener(type, follow);
    panel.style.removeProperty('--_keyboard');
  };
}
