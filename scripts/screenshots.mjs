// Screenshots of the demo as a customer sees it: desktop and phone, panel closed and open,
// light and dark, in each built-in language. Writes screenshots/*.png (not committed).
// Usage: npm run screenshots [-- <folder> [<name pattern>]], e.g. -- /tmp/shots '^lang-'
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const [folder = 'screenshots', only = ''] = process.argv.slice(2);
mkdirSync(folder, { recursive: true });
/** Every shot shows the same moment, a Tuesday morning when most channels are open, whenever it is taken. */
const NOW = '2026-11-24T11:00:00+01:00';

const shots = [
  { name: 'desktop-home-closed', path: '/', width: 1280, height: 800 },
  { name: 'desktop-factuur-open', path: '/factuur/', width: 1280, height: 800, open: true },
  { name: 'desktop-storing-open', path: '/storing/', width: 1280, height: 800, open: true },
  { name: 'desktop-contact-inline', path: '/contact/', width: 1280, height: 1100 },
  { name: 'desktop-factuur-open-dark', path: '/factuur/', width: 1280, height: 800, open: true, dark: true },
  { name: 'desktop-storing-open-en', path: '/storing/', width: 1280, height: 800, open: true, lang: 'en' },
  { name: 'phone-factuur-closed', path: '/factuur/', width: 375, height: 740 },
  { name: 'phone-factuur-open', path: '/factuur/', width: 375, height: 740, open: true },
  { name: 'phone-storing-open-dark', path: '/storing/', width: 375, height: 740, open: true, dark: true },
  { name: 'phone-contact-inline-dark', path: '/contact/', width: 375, height: 1200, dark: true },
  { name: 'desktop-email-suggestions', path: '/verhuizen/', width: 1280, height: 900, open: true, steps: writeEmail },
  { name: 'desktop-answer', path: '/verhuizen/', width: 1280, height: 900, open: true, steps: openSuggestion },
  { name: 'phone-receipt', path: '/verhuizen/', width: 375, height: 740, open: true, steps: sendEmail },
  { name: 'desktop-search', path: '/storing/', width: 1280, height: 800, open: true, steps: searchFaq },
  { name: 'desktop-urgency-now', path: '/factuur/', width: 1280, height: 1000, open: true, steps: (page) => urgent(page, 'Nu meteen') },
  { name: 'desktop-urgency-no-rush', path: '/factuur/', width: 1280, height: 1000, open: true, steps: (page) => urgent(page, 'Geen haast') },
  { name: 'phone-urgency-now-dark', path: '/factuur/', width: 375, height: 800, open: true, dark: true, steps: (page) => urgent(page, 'Nu meteen') },
  { name: 'desktop-email-nudge', path: '/factuur/', width: 1280, height: 900, open: true, steps: openEmailForm },
  { name: 'desktop-callback', path: '/factuur/', width: 1280, height: 900, open: true, steps: openCallback },
  ...[
    ['nl', '/'],
    ['en', '/'],
    ['fr', '/fr/'],
    ['de', '/de/'],
  ].flatMap(([lang, path]) => [
    { name: `lang-${lang}-panel`, path, width: 1280, height: 900, open: true, lang },
    { name: `lang-${lang}-email`, path, width: 1280, height: 900, open: true, lang, steps: openEmailForm },
    { name: `lang-${lang}-phone-email`, path, width: 375, height: 740, open: true, lang, steps: openEmailForm },
  ]),
  { name: 'desktop-editor', path: '/editor.html', width: 1440, height: 1000, steps: editorSunday },
  { name: 'desktop-editor-problems', path: '/editor.html', width: 1440, height: 1000, steps: editorMistakes },
];

/** The editor previewing the storing topic on Sunday at 11:00. */
async function editorSunday(page) {
  await page.locator('#topic').selectOption('storing');
  await page.locator('#date').fill('2026-11-29');
  await page.locator('#time').fill('11:00');
}

/** A file opened with two typical mistakes: an impossible time and an unsafe link. */
async function editorMistakes(page) {
  const text = readFileSync('demo/contact-policy.json', 'utf8')
    .replace('"mon-fri": "08:00-20:00"', '"mon-fri": "08:00-26:00"')
    .replace('"href": "/mijn/facturen"', '"href": "javascript:alert(1)"');
  await page.locator('#open-file').setInputFiles({ name: 'helder-policy.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('#problems li').first().waitFor();
  await page.locator('#topic').selectOption('contract');
  await page.locator('#problems button').first().click();
}

async function urgent(page, label) {
  await page.locator('kanaal-wijzer .urgency label', { hasText: label }).click();
  await page.locator('kanaal-wijzer [part="recommended"]').first().waitFor();
  await page.locator('kanaal-wijzer .urgency').scrollIntoViewIfNeeded();
}

async function openEmailForm(page) {
  await page.locator('kanaal-wijzer [data-channel="email"]').click();
  await page.locator('kanaal-wijzer [part="email-form"]').waitFor();
}

async function openCallback(page) {
  await page.locator('kanaal-wijzer [data-channel="terugbellen"]').click();
  await page.locator('kanaal-wijzer #callback-title').waitFor();
}

async function writeEmail(page) {
  await page.locator('kanaal-wijzer [data-channel="email"]').click();
  await page.locator('kanaal-wijzer #email').fill('sam@example.nl');
  await page.locator('kanaal-wijzer #message').pressSequentially('Goedemiddag, wij verhuizen volgende maand naar Amersfoort. Hoe geven we dat door?', { delay: 5 });
  await page.locator('kanaal-wijzer [part="suggestion"]').first().waitFor();
}

async function openSuggestion(page) {
  await writeEmail(page);
  await page.locator('kanaal-wijzer [part="suggestion"]').first().click();
  await page.locator('kanaal-wijzer [part="answer"]').waitFor();
}

async function sendEmail(page) {
  await writeEmail(page);
  await page.locator('kanaal-wijzer [part="send-button"]').click();
  await page.locator('kanaal-wijzer [part="receipt"]').waitFor();
}

async function searchFaq(page) {
  await page.locator('kanaal-wijzer #faq-search').pressSequentially('geen stroom', { delay: 20 });
  await page.locator('kanaal-wijzer [part="suggestion"]').first().waitFor();
}

try {
  for (const shot of shots.filter((candidate) => new RegExp(only).test(candidate.name))) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.dark ? 'dark' : 'light',
      timezoneId: 'Europe/Amsterdam',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`${shot.name}: page error: ${error.message}`));
    await page.goto(base + shot.path);
    await page.evaluate((now) => document.querySelectorAll('kanaal-wijzer').forEach((el) => (el.now = now)), NOW);
    if (shot.lang) await page.evaluate((lang) => document.querySelectorAll('kanaal-wijzer').forEach((el) => (el.lang = lang)), shot.lang);
    await page.locator('kanaal-wijzer [part~="channel"], kanaal-wijzer [part="launcher"]').first().waitFor();
    if (shot.open) {
      await page.locator('kanaal-wijzer [part="launcher"]').click();
      await page.locator('kanaal-wijzer [part="panel"]:popover-open').waitFor();
      // The channels show once the panel's words are here; the open animation runs on its contents.
      await page.locator('kanaal-wijzer [part="panel"] [part~="channel"]').first().waitFor();
      await page.locator('kanaal-wijzer [part="panel"]').evaluate((panel) => Promise.all(panel.getAnimations({ subtree: true }).map((animation) => animation.finished)));
      await page.waitForTimeout(300);
    }
    if (shot.steps) {
      await shot.steps(page);
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: `${folder}/${shot.name}.png` });
    console.log(`${folder}/${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
