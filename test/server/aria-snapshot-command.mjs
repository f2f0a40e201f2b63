// `kw-aria-snapshot`: the engine's own accessibility tree for the widget's panel, as a screen
// reader gets it. Playwright reads it from Chromium (`locator.ariaSnapshot()`, which pierces open
// shadow roots); Firefox over WebDriver BiDi and WebKit over WebDriver classic expose no such
// tree to the runner, so there it answers `{ tree: null }` (a bare null would read as "no plugin
// handles this command").
export function ariaSnapshotCommand() {
  return {
    name: 'kanaalwijzer-aria-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kw-aria-snapshot') return undefined;
      const { browser } = session;
      if (browser.type !== 'playwright') return { tree: null };
      return { tree: await browser.getPage(session.id).locator(payload.selector).first().ariaSnapshot() };
    },
  };
}
