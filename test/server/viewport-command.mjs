// `set-viewport` for every engine. The built-in command knows Playwright and puppeteer only; for
// WebKit over WebDriver classic this sizes the window so that its viewport (innerWidth and
// innerHeight) has the size asked for. Registered as a plugin: test code calls
// executeServerCommand('kw-set-viewport', { width, height }), which answers whether the viewport
// has that size now.
async function sizeWebDriverWindow(driver, width, height) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerWidth, innerHeight, outerWidth, outerHeight] = await driver.execute(() => [
      window.innerWidth,
      window.innerHeight,
      window.outerWidth,
      window.outerHeight,
    ]);
    if (innerWidth === width && innerHeight === height) return true;
    await driver.setWindowSize(width + (outerWidth - innerWidth), height + (outerHeight - innerHeight));
  }
  // MiniBrowser's window has a minimum width (about 450 px): phone widths cannot be had there.
  return false;
}

export function viewportCommand() {
  return {
    name: 'kanaalwijzer-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kw-set-viewport') return undefined;
      const { width, height } = payload;
      const { browser } = session;
      if (browser.type === 'playwright') await browser.getPage(session.id).setViewportSize({ width, height });
      else if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport({ width, height });
      else if (browser.type === 'webdriver') return sizeWebDriverWindow(browser.driver, width, height);
      else throw new Error(`kw-set-viewport does not know browser type ${browser.type}`);
      return true;
    },
  };
}
