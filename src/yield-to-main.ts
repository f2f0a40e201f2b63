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
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // WebKit has no scheduler.yield. A message is a new task too, without setTimeout's 4 ms clamp
  // on nested calls, and it still comes when the host page wraps or fakes its timers.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
