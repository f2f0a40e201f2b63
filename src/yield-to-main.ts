interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back (to input, rendering, the host page) before going on: long work
 * becomes short tasks. `scheduler.yield` where the browser has it, so the rest of our work
 * resumes ahead of other queued tasks instead of behind every timer on the page.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
