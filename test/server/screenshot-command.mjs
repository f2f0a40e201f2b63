// `kw-screenshot`: saves a PNG of the test page as the engine draws it, for a person to look at.
// Only when KW_SCREENS_DIR names a directory; otherwise it does nothing, so test runs write no files.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function screenshotCommand() {
  return {
    name: 'kanaalwijzer-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kw-screenshot') return undefined;
      const dir = process.env.KW_SCREENS_DIR;
      if (!dir) return false;
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${payload.name}-${session.browser.name.toLowerCase().replace(/\W+/g, '-')}.png`);
      const { browser } = session;
      if (browser.type === 'playwright' || browser.type === 'puppeteer') await browser.getPage(session.id).screenshot({ path });
      else if (browser.type === 'webdriver') await browser.driver.saveScreenshot(path);
      else return false;
      return true;
    },
  };
}
