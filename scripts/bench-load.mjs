// Main-thread work while the built widget loads on the demo pages, as a visitor's browser does it:
// every long task (over 50 ms) from navigation until the widget is ready and the page has been
// idle a moment, then while the panel opens. Runs at full speed and at 4x CPU slowdown (a
// mid-range phone). Prints a table; the target is no task over 50 ms. Usage: npm run bench
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The demo site with the built bundle at /kanaalwijzer.js, as a site owner deploys it. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const dist = join(ROOT, 'dist', path);
    let file = path.endsWith('.js') && existsSync(dist) ? dist : join(ROOT, 'demo', path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path.startsWith('/api/')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ chat: 2, bellen: 6 }));
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

if (!existsSync(join(ROOT, 'dist', 'kanaalwijzer.js'))) {
  console.error('No dist/: run "npm run build" first.');
  process.exit(1);
}

const server = await serve();
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const RUNS = 5;
const pages = ['/factuur/', '/contact/'];
const rows = [];

async function measure(path, slowdown) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('kw-ready', () => (window.readyAt = performance.now()), { once: true });
  });
  await page.goto(base + path);
  await page.waitForFunction(() => window.readyAt !== undefined);
  await page.waitForTimeout(1500);
  const loading = await page.evaluate(() => ({ tasks: window.longTasks.splice(0), readyAt: window.readyAt }));
  const launcher = page.locator('kanaal-wijzer [part="launcher"]');
  if (await launcher.count()) {
    await launcher.click();
    await page.locator('kanaal-wijzer [part="panel"]:popover-open').waitFor();
    await page.waitForTimeout(1000);
  }
  const opening = await page.evaluate(() => window.longTasks.splice(0));
  await context.close();
  return { loading, opening };
}

const longest = (tasks) => Math.max(0, ...tasks.map((task) => task.duration));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  for (const slowdown of [1, 4]) {
    for (const path of pages) {
      const results = [];
      for (let run = 0; run < RUNS; run++) results.push(await measure(path, slowdown));
      rows.push({
        page: path,
        cpu: slowdown === 1 ? 'full speed' : `${slowdown}x slower`,
        ready: median(results.map((result) => result.loading.readyAt)),
        loadLongest: median(results.map((result) => longest(result.loading.tasks))),
        loadWorst: Math.max(...results.map((result) => longest(result.loading.tasks))),
        loadCount: median(results.map((result) => result.loading.tasks.length)),
        openLongest: Math.max(...results.map((result) => longest(result.opening))),
      });
    }
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => (value ? `${value.toFixed(0)} ms` : '–');
console.log(`Long tasks (> 50 ms) on the main thread over ${RUNS} runs: medians, and the worst run; kw-ready is the median time from navigation.\n`);
console.log('| page | CPU | kw-ready | longest task while loading | worst run | long tasks while loading | longest task opening the panel (worst) |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.page} | ${row.cpu} | ${ms(row.ready)} | ${ms(row.loadLongest)} | ${ms(row.loadWorst)} | ${row.loadCount} | ${ms(row.openLongest)} |`);
}
const overAtFullSpeed = rows.filter((row) => row.cpu === 'full speed' && (row.loadWorst > 50 || row.openLongest > 50));
console.log(overAtFullSpeed.length ? '\nOver the 50 ms target at full speed.' : '\nNo task over 50 ms at full speed.');
