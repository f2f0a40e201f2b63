import { writeFileSync, writeSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, findChromium, findFirefox, findWebKit, wantedEngines } from './scripts/browser.mjs';
import { viewportCommand } from './test/server/viewport-command.mjs';
import { screenshotCommand } from './test/server/screenshot-command.mjs';
import { ariaSnapshotCommand } from './test/server/aria-snapshot-command.mjs';
import { startWebKitDriver } from './test/server/webkit-driver.mjs';
import { chunkFaults, chunkFaultsCommand } from './test/server/chunk-faults.mjs';
import { contactEndpoint, offlineCommand } from './test/server/contact-endpoint.mjs';
import { demoPaths } from './test/server/demo-paths.mjs';
import { frameworkPages } from './test/server/framework-pages.mjs';
import { hostPages } from './test/server/host-pages.mjs';
import { trapPages } from './test/server/trap-pages.mjs';

const engines = wantedEngines();
const explicit = Boolean(process.env.KW_ENGINES);
const executablePath = findChromium();
const firefoxPath = engines.includes('firefox') ? findFirefox() : undefined;
const webkit = engines.includes('webkit') ? findWebKit() : undefined;
const missing = [
  engines.includes('firefox') && !firefoxPath && 'firefox (Debian: apt-get install firefox-esr, or set FIREFOX_PATH)',
  engines.includes('webkit') && !webkit && 'webkit (Debian: apt-get install webkit2gtk-driver xvfb)',
].filter(Boolean);
if (missing.length && explicit) throw new Error(`KW_ENGINES asks for engines that are not installed: ${missing.join('; ')}`);
for (const engine of missing) console.warn(`Skipping ${engine}.`);

// A page that freezes shows as a driver call that never returns: short limits make that a
// failure within seconds rather than a CI run that hangs until it is killed.
const DRIVER_TIMEOUT = 15000;
const TEST_TIMEOUT = 20000;
const TESTS_START_TIMEOUT = 60000;
// Firefox and WebKit take the visitor's zone from the process: the same zone as the Chromium group
// that runs every file, so tests that expect a visitor in the policy's zone hold in each engine.
const VISITOR_ZONE = 'Europe/Amsterdam';

/** One Chromium whose visitor clock is in `timezoneId`, so zone-dependent code is tested as a visitor there sees it. */
const chromiumIn = (timezoneId) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }),
  });

/** Firefox ESR over WebDriver BiDi (puppeteer-core; nothing is downloaded, see .puppeteerrc.cjs). */
const firefox = () =>
  puppeteerLauncher({
    concurrency: 1,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, protocol: 'webDriverBiDi', protocolTimeout: DRIVER_TIMEOUT,
      env: { ...process.env, TZ: VISITOR_ZONE },
    },
  });

/**
 * WebKitGTK: MiniBrowser driven by WebKitWebDriver, which the config starts under xvfb-run. One
 * test file per session (concurrency 1): in a shared page, one frozen file would take the rest with it.
 */
function webkitBrowser(driverPort) {
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: driverPort,
    path: '/',
    logLevel: 'error',
    connectionRetryTimeout: DRIVER_TIMEOUT,
    connectionRetryCount: 0,
    capabilities: {
      // WebKitWebDriver matches no browserName, and speaks only classic WebDriver.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize({ ...config, concurrency: 1 });
    launcher.name = 'WebKit';
  };
  launcher.concurrency = 1;
  // @web/test-runner-webdriver 0.9.0 opens each test file without awaiting it
  // (SessionManager.queueStartSession drops the promise of its startSession). One navigation that
  // fails then rejects with no one listening, and the whole run exits 1 at once: no summary, no
  // message, and the files not yet run never run (reproduced by making the second file's
  // navigation reject; CI's run of be5ba6f ended just as silently at WebKit's 26th file, and a run
  // here at its 35th). Awaited here, a failed navigation is printed, and the runner's
  // testsStartTimeout judges the file: a page that answered the driver late but loads still runs
  // its tests.
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    await launcher.driverManager.startSession(id, url).catch((error) => tellNow(`WebKit: opening ${url} failed (${firstLine(error)}); its tests must start within ${TESTS_START_TIMEOUT / 1000} s`));
  };
  return launcher;
}

const firstLine = (error) => String(error?.message ?? error).split('\n')[0].slice(0, 240);

/**
 * What went wrong in the runner itself rather than in a test. Written to stderr at once: the
 * runner's terminal holds console output back until its next redraw, which an exit never gets.
 */
const runnerTrouble = [];
function tellNow(message) {
  writeSync(2, `\n${message}\n`);
  return message;
}
// Any other rejection the runner leaves unhandled would end the run the same way; it fails the
// run instead, named, and the remaining files still run.
process.on('unhandledRejection', (reason) => runnerTrouble.push(tellNow(`test runner: unhandled rejection: ${firstLine(reason)}`)));
process.on('uncaughtException', (error) => runnerTrouble.push(tellNow(`test runner: uncaught exception: ${firstLine(error)}`)));

const webkitDriverPort = Number(process.env.KW_WEBKIT_DRIVER_PORT ?? 4455);
if (webkit) await startWebKitDriver(webkit, webkitDriverPort, { TZ: VISITOR_ZONE });

function countTests(suite, totals, failures, names = []) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      // The error's first line, cut short: enough to tell a timeout from a wrong value in CI's tail.
      const why = test.error?.message?.split('\n')[0]?.slice(0, 240);
      failures?.push([...names, test.name].join(' > ') + (why ? ` — ${why}` : ''));
    }
  }
  for (const child of suite.suites) countTests(child, totals, failures, [...names, child.name]);
}

/**
 * Prints which engines ran with their counts, then the closing "N passed, N failed" line CI reads
 * (over all engines), and leaves the counts for .ci/run.
 */
function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const perBrowser = new Map();
  /** Which tests failed where, printed again at the end: CI keeps only the tail of a long log. */
  const failures = [];
  let written = false;
  const write = () => {
    writeFileSync('.wtr-summary.json', JSON.stringify({ ...totals, engines: Object.fromEntries(perBrowser), failures }));
    written = true;
  };
  // A run that ends before it finishes (a signal, the runner's own crash) still leaves a summary
  // that says so, so CI's tail names the reason instead of counting no tests.
  process.once('exit', () => {
    if (written) return;
    totals.failed++;
    failures.push(`the test run stopped before it finished${runnerTrouble.length ? `: ${runnerTrouble.join('; ')}` : ''}`);
    write();
  });
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const name = `${session.browser.name} (${session.group?.name ?? 'default'})`;
        if (!perBrowser.has(name)) perBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        const failed = [];
        for (const counts of [totals, perBrowser.get(name)]) {
          if (session.testResults) countTests(session.testResults, counts, counts === totals ? failed : undefined);
          // A file that failed to load or threw outside a test has no test results to count.
          if (!session.passed && (!session.testResults || session.errors?.length)) {
            counts.failed++;
            if (counts === totals) failed.push(session.errors?.[0]?.message?.split('\n')[0] ?? 'the file did not run');
          }
        }
        for (const test of failed) failures.push(`${name}: ${session.testFile.replace(process.cwd() + '/', '')}: ${test}`);
      }
    },
    stop() {
      for (const trouble of runnerTrouble) {
        totals.failed++;
        failures.push(trouble);
      }
      write();
      console.log('\nEngines:');
      for (const [name, counts] of perBrowser) console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed`);
      for (const engine of missing) console.log(`  not run: ${engine}`);
      if (failures.length > 0) console.log(`\nFailed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
      console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    },
  };
}

// Tests that depend on the visitor's clock run for visitors in three zones: the policy's own,
// one behind it across the Atlantic, and one far ahead without DST.
// KW_FILES=<glob>[,<glob>…] runs only those files, in every engine (the groups ignore --files).
// test/node/ holds tests that run under Node (tsx), counted with the CLI tests in .ci/run.
const ALL = process.env.KW_FILES?.split(',') ?? ['test/**/*.test.ts', '!test/node/**'];
const ZONE_FILES = 'test/time/**/*.test.ts';
const ZONE_DEPENDENT = process.env.KW_FILES ? ALL.filter((glob) => glob.startsWith('test/time/')) : [ZONE_FILES];
// Chromium-only: axe checks colour contrast and roles, which do not depend on the engine.
const CHROMIUM_ONLY = 'test/a11y/**/*.test.ts';

export default {
  // KW_TEST_PORT: so that several checkouts on one machine can run their suites at once.
  ...(process.env.KW_TEST_PORT && { port: Number(process.env.KW_TEST_PORT) }),
  nodeResolve: true,
  middleware: [contactEndpoint, hostPages, trapPages, demoPaths, chunkFaults],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), offlineCommand(), viewportCommand(), screenshotCommand(), ariaSnapshotCommand(), chunkFaultsCommand(), frameworkPages()],
  testFramework: { config: { timeout: TEST_TIMEOUT } },
  browserStartTimeout: 60000,
  testsStartTimeout: TESTS_START_TIMEOUT,
  testsFinishTimeout: 300000,
  reporters: [(await import('@web/test-runner')).defaultReporter(), summaryReporter()],
  groups: [
    ...(engines.includes('chromium')
      ? [
          { name: 'amsterdam', files: ALL, browsers: [chromiumIn(VISITOR_ZONE)] },
          ...(ZONE_DEPENDENT.length
            ? [
                { name: 'new-york', files: ZONE_DEPENDENT, browsers: [chromiumIn('America/New_York')] },
                { name: 'tokyo', files: ZONE_DEPENDENT, browsers: [chromiumIn('Asia/Tokyo')] },
              ]
            : []),
        ]
      : []),
    ...(firefoxPath ? [{ name: 'firefox', files: [...ALL, `!${CHROMIUM_ONLY}`], browsers: [firefox()] }] : []),
    ...(webkit ? [{ name: 'webkit', files: [...ALL, `!${CHROMIUM_ONLY}`], browsers: [webkitBrowser(webkitDriverPort)] }] : []),
  ],
};
