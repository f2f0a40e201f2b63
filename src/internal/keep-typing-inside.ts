/**
 * Keys typed into the widget's fields are the customer's text, not commands for the host page:
 * a site's "/" for search or "e" for edit must not fire. Default actions (typing, Escape closing
 * the panel) are untouched; only propagation beyond the shadow root stops.
 */
export function keepTypingInside(event: Event): void {
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable)) event.stopPropagation();
}
