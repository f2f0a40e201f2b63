// Starts WebKitWebDriver under xvfb-run for the WebKit group and stops it when the test run ends.
// xvfb-run leaves Xvfb and the driver as its children, so the driver gets a process group of its
// own and the whole group is stopped by that id.
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';

async function answers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Resolves once WebKitWebDriver (and the MiniBrowsers it starts, with `env`) answers on `port`; rejects after `timeout` ms. */
export async function startWebKitDriver({ driver, xvfbRun }, port, env = {}, timeout = 20000) {
  if (await answers(port)) throw new Error(`Port ${port} is taken: set KW_WEBKIT_DRIVER_PORT to a free port for WebKitWebDriver.`);
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', driver, `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      writeSync(2, `\nThe test run got ${signal} and stops.\n`);
      stop();
      process.exit(130);
    });
  }
  const start = performance.now();
  while (!(await answers(port))) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode} before answering on port ${port}.`);
    if (performance.now() - start > timeout) {
      stop();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return stop;
}
