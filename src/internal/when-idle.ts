/**
 * Runs `work` when the browser has nothing better to do, or after two seconds at the latest, so
 * a busy page still gets its widget. Safari has no requestIdleCallback (WebKit bug 164193).
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}
