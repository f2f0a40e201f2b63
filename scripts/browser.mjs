// Finds the browsers that tests, screenshots and benchmarks drive: Chromium, Firefox ESR and
// WebKitGTK's MiniBrowser with WebKitWebDriver. Never downloads a browser build: an environment
// variable, the system's browser, or (Debian, as root) Debian's own package.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** Flags for a headless Chromium on a machine without a sandbox, GPU or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function installable() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

function aptInstall(packages) {
  console.error(`Installing Debian's ${packages.join(', ')} (apt-get install)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** MiniBrowser lives in an architecture-specific directory: /usr/lib/<arch>/webkit2gtk-4.x/. */
function miniBrowsers() {
  const found = [];
  for (const arch of safeList('/usr/lib')) {
    for (const dir of safeList(`/usr/lib/${arch}`)) {
      if (/^webkit2gtk-4\.\d$/.test(dir)) found.push(`/usr/lib/${arch}/${dir}/MiniBrowser`);
    }
  }
  return found.sort().reverse();
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Finds one engine's executables with `find`; when some are missing and this is Debian as root,
 * installs `packages` once and looks again. Returns undefined when the engine is not available.
 */
function findOrInstall(find, packages) {
  const found = find();
  if (found || !installable()) return found;
  aptInstall(packages);
  return find();
}

/** Firefox (ESR on Debian), driven over WebDriver BiDi; FIREFOX_PATH overrides. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which is not an executable browser.`);
  }
  return findOrInstall(() => ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(executable), ['firefox-esr']);
}

/**
 * WebKitGTK: WebKitWebDriver driving MiniBrowser, under xvfb-run because it needs a display.
 * Returns { driver, miniBrowser, xvfbRun } or undefined.
 */
export function findWebKit() {
  const find = () => {
    const driver = ['/usr/bin/WebKitWebDriver'].find(executable);
    const miniBrowser = (process.env.MINIBROWSER_PATH ? [process.env.MINIBROWSER_PATH] : miniBrowsers()).find(executable);
    const xvfbRun = ['/usr/bin/xvfb-run'].find(executable);
    return driver && miniBrowser && xvfbRun ? { driver, miniBrowser, xvfbRun } : undefined;
  };
  return findOrInstall(find, ['webkit2gtk-driver', 'xvfb', 'xauth']);
}

/** Which engines `npm test` runs: KW_ENGINES=chromium,firefox,webkit (the default) narrows it. */
export function wantedEngines() {
  const names = (process.env.KW_ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !['chromium', 'firefox', 'webkit'].includes(name));
  if (unknown.length) throw new Error(`KW_ENGINES names unknown engines: ${unknown.join(', ')} (known: chromium, firefox, webkit).`);
  return names;
}

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable browser.`);
  }
  const found = findOrInstall(() => CANDIDATES.find(executable), ['chromium']);
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: "sudo apt-get install chromium"; macOS: install Google Chrome) ' +
      'or set CHROME_PATH to the browser executable.',
  );
}

function version(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    return 'version unknown';
  }
}

/** `node scripts/browser.mjs`: finds (installing on Debian as root) every engine and prints what it found. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const chromium = findChromium();
  console.log(`chromium: ${chromium} (${version(chromium, ['--version'])})`);
  const firefox = findFirefox();
  console.log(`firefox: ${firefox ? `${firefox} (${version(firefox, ['--version'])})` : 'not found'}`);
  const webkit = findWebKit();
  const webkitVersion = version('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0']);
  console.log(`webkit: ${webkit ? `${webkit.miniBrowser} with ${webkit.driver} (WebKitGTK ${webkitVersion})` : 'not found'}`);
  if (!firefox || !webkit) process.exitCode = 1;
}
