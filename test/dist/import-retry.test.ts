// Does an engine try a failed dynamic import() of the same URL again once the file is there, or
// does it keep the failure in the document's module map (whatwg/html#6768, #10327)? Per engine
// and per way of failing, answered from the server's request log: a real retry asks for the file
// again. Whatever the engine does, a fresh URL (a cache-busting query) loads the chunk; a chunk
// whose static import failed stays failed under a fresh URL of its own when the engine kept that
// import's failure, because the failed dependency keeps its URL.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { countOf, newToken, requestsOf, setFault } from './fault-harness.js';

type Kind = '404' | 'html' | 'offline';
type Engine = 'chromium' | 'firefox' | 'webkit';

/** What each engine does with the same URL after a failure, measured with this file (2026-12). */
const RETRIES: Record<Engine, Record<Kind, boolean>> = {
  chromium: { '404': false, html: false, offline: true },
  firefox: { '404': false, html: false, offline: false },
  webkit: { '404': true, html: false, offline: true },
};

const engine: Engine = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

let files: string[] = [];
const url = (token: string, chunk: string, query = ''): string => {
  const file = files.find((name) => new RegExp(`^${chunk}-[\\w-]{6}\\.js$`).test(name));
  if (!file) throw new Error(`no ${chunk} chunk in dist/: run vite build`);
  return `/faults/${token}/dist/${file}${query}`;
};
const load = (address: string): Promise<'loaded' | 'failed'> =>
  import(/* @vite-ignore */ address).then(
    () => 'loaded' as const,
    () => 'failed' as const,
  );

describe(`a failed dynamic import of the same URL, once the file is back (${engine})`, () => {
  before(async () => {
    files = await executeServerCommand('kw-dist-files');
  });

  for (const kind of ['404', 'html', 'offline'] as const) {
    const retried = RETRIES[engine][kind];

    it(`${kind}: ${retried ? 'is fetched again and loads' : 'fails again from the module map, without a request'}; a fresh URL loads`, async () => {
      const token = newToken();
      await setFault(token, 'policy-kit', kind);
      expect(await load(url(token, 'policy-kit'))).to.equal('failed');
      const before = countOf(await requestsOf(token), 'policy-kit');
      expect(before, 'the failing file was asked for').to.be.at.least(1);
      await setFault(token, 'policy-kit', null);

      const again = await load(url(token, 'policy-kit'));
      const asked = countOf(await requestsOf(token), 'policy-kit') - before;
      expect({ loaded: again === 'loaded', askedAgain: asked > 0 }).to.deep.equal({ loaded: retried, askedAgain: retried });
      expect(await load(url(token, 'policy-kit', '?retry=1'))).to.equal('loaded');
    });

    it(`${kind} in a static import: ${retried ? 'a fresh URL for the importer loads' : 'even a fresh URL for the importer fails'}`, async () => {
      const token = newToken();
      await setFault(token, 'policy-kit', kind);
      // validate imports policy-kit (topics, time zones, the checks) statically.
      expect(await load(url(token, 'validate'))).to.equal('failed');
      await setFault(token, 'policy-kit', null);
      expect(await load(url(token, 'validate', '?retry=1'))).to.equal(retried ? 'loaded' : 'failed');
    });
  }
});
