import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';
import { contactEndpoint, offlineCommand } from './test/server/contact-endpoint.mjs';
import { demoPaths } from './test/server/demo-paths.mjs';
import { hostPages } from './test/server/host-pages.mjs';

const executablePath = findChromium();

/** One Chromium whose visitor clock is in `timezoneId`, so zone-dependent code is tested as a visitor there sees it. */
const chromiumIn = (timezoneId) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }),
  });

function countTests(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) countTests(child, totals);
}

/** Prints the closing "N passed, N failed" line CI reads, and leaves the counts for .ci/run. */
function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, totals);
        // A file that failed to load or threw outside a test has no test results to count.
        if (!session.passed && (!session.testResults || session.errors?.length)) totals.failed++;
      }
    },
    stop() {
      writeFileSync('.wtr-summary.json', JSON.stringify(totals));
      console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    },
  };
}

// Tests that depend on the visitor's clock run for visitors in three zones: the policy's own,
// one behind it across the Atlantic, and one far ahead without DST.
const ZONE_DEPENDENT = 'test/time/**/*.test.ts';

export default {
  nodeResolve: true,
  middleware: [contactEndpoint, hostPages, demoPaths],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), offlineCommand()],
  testFramework: { config: { timeout: 20000 } },
  reporters: [(await import('@web/test-runner')).defaultReporter(), summaryReporter()],
  groups: [
    { name: 'amsterdam', files: 'test/**/*.test.ts', browsers: [chromiumIn('Europe/Amsterdam')] },
    { name: 'new-york', files: ZONE_DEPENDENT, browsers: [chromiumIn('America/New_York')] },
    { name: 'tokyo', files: ZONE_DEPENDENT, browsers: [chromiumIn('Asia/Tokyo')] },
  ],
};
