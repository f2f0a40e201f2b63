/** Polling for tests, kept apart from the element helpers so the built-bundle test can use it without loading the source. */

/** Resolves with the first truthy result of `check`, polling; fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | Promise<T>, timeout = 4000): Promise<NonNullable<T>> {
  // performance.now, not Date.now: tests that fake the date must still time out.
  const start = performance.now();
  for (;;) {
    const result = await check();
    if (result) return result as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`waitFor timed out: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
