/** Gives the main thread back (to input, rendering, the host page) before going on: long work becomes short tasks. */
export const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
