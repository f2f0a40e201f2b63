// Host pages for the framework tests (test/frameworks/): small apps on real React, Vue and Turbo,
// bundled by Vite as a site bundles its own code, beside the BUILT widget (/dist/kanaalwijzer.js,
// which `npm test` builds first) loaded by a script tag as a site loads it. The apps are built once,
// on the first request for one of these pages, so runs without framework tests pay nothing.
//
//   /test/frameworks/<page>.html?…   a host page (PAGES below)
//   /test/frameworks/build/<name>.js the apps in test/frameworks/apps/, bundled for the browser
//   /test/frameworks/slow-policy.json the demo policy, answered after SLOW_POLICY_MS: a page can act
//                                     while the widget's request for it is under way
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apps = `${root}test/frameworks/apps/`;
const WIDGET = '/dist/kanaalwijzer.js';
const POLICY_URL = '/demo/contact-policy.json';
const SLOW_POLICY_MS = 2000;
const CLIENT_ENTRIES = ['react-client.tsx', 'react-hydrate.tsx', 'vue-app.ts', 'turbo.ts'];

/** Vite settings shared by the browser and the server builds. */
function viteConfig(build) {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    // A development build: StrictMode's double effects and React's and Vue's warnings exist only there.
    mode: 'development',
    define: { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    // Templates compiled in the browser, as Vue's README recipe for a tag without a build plugin.
    resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
    oxc: { jsx: { runtime: 'automatic' } },
    build: { minify: false, sourcemap: false, target: 'es2022', emptyOutDir: false, ...build },
  };
}

let built;

/** Bundles the apps (kept in memory) and the server renderer (written to a cache folder and imported). */
function buildApps() {
  built ??= (async () => {
    const { build } = await import('vite');
    const client = await build(
      viteConfig({
        write: false,
        rolldownOptions: {
          input: Object.fromEntries(CLIENT_ENTRIES.map((file) => [file.replace(/\.tsx?$/, ''), apps + file])),
          // The widget is the site's script tag, never part of the site's own bundle.
          external: [WIDGET],
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunk-[hash].js', format: 'es' },
        },
      }),
    );
    const files = new Map();
    for (const output of [client].flat()) for (const item of output.output) if (item.type === 'chunk') files.set(item.fileName, item.code);
    const outDir = `${root}node_modules/.cache/kw-frameworks/`;
    await build(viteConfig({ ssr: `${apps}react-ssr.tsx`, outDir, rolldownOptions: { output: { entryFileNames: 'react-ssr.mjs' } } }));
    const ssr = await import(`${pathToFileURL(outDir).href}react-ssr.mjs?${Date.now()}`);
    return { files, ssr };
  })();
  return built;
}

const recorder = '<script src="/test/frameworks/record.js"></script>';
const widgetTag = (query) => (query.widget === 'late' ? '' : `<script type="module" src="${WIDGET}"></script>`);
const appTag = (name) => `<script type="module" src="/test/frameworks/build/${name}.js"></script>`;

/**
 * A Turbo page: the widget in the body, permanent or not, and a link to the other page. `run` makes
 * the policy's address new for each test, so nothing an earlier test stored for it is found.
 */
function turboPage(name, other, query) {
  const permanent = query.permanent === '1' ? ' id="kw" data-turbo-permanent' : '';
  const run = encodeURIComponent(query.run ?? '');
  return {
    head: `${widgetTag(query)}${appTag('turbo')}`,
    body: `<main><h1>Turbo page ${name}</h1><a id="next" href="/test/frameworks/turbo-${other}.html?permanent=${query.permanent ?? '0'}&amp;run=${run}">Page ${other}</a></main>
<kanaal-wijzer${permanent} policy="/test/frameworks/slow-policy.json?run=${run}" topic="factuur"></kanaal-wijzer>`,
  };
}

const PAGES = {
  plain: (query) => ({ head: widgetTag(query), body: '<main id="app"></main><aside id="other"></aside>' }),
  write: () => ({
    head: widgetTag({}),
    body: `<main><script>document.write('<kanaal-wijzer policy="${POLICY_URL}" topic="factuur"></kanaal-wijzer>')</script></main>`,
  }),
  react: (query) => ({ head: `${widgetTag(query)}${appTag('react-client')}`, body: '<main id="root"></main>' }),
  'react-ssr': async (query) => {
    const { ssr } = await buildApps();
    const text = readFileSync(`${root}demo/contact-policy.json`, 'utf8');
    const policy = { url: { url: POLICY_URL }, script: { inline: text }, object: { object: JSON.parse(text) } }[query.policy ?? 'url'];
    const props = { policy, topic: 'factuur' };
    return {
      head: `${widgetTag(query)}<script>window.kwSsrProps = ${JSON.stringify(props).replaceAll('<', '\\u003c')}</script>${appTag('react-hydrate')}`,
      body: `<main id="root">${ssr.render(props)}</main>`,
    };
  },
  vue: (query) => ({ head: `${widgetTag(query)}${appTag('vue-app')}`, body: '<main id="app"></main>' }),
  'turbo-a': (query) => turboPage('a', 'b', query),
  'turbo-b': (query) => turboPage('b', 'a', query),
};

export function frameworkPages() {
  return {
    name: 'kanaalwijzer-framework-pages',
    async serve({ path, query }) {
      if (path === '/test/frameworks/slow-policy.json') {
        await new Promise((resolve) => setTimeout(resolve, SLOW_POLICY_MS));
        // Never from the cache: every page's request must take the time.
        return { body: readFileSync(`${root}demo/contact-policy.json`, 'utf8'), type: 'json', headers: { 'cache-control': 'no-store' } };
      }
      const script = /^\/test\/frameworks\/build\/([\w-]+\.js)$/.exec(path)?.[1];
      if (script) {
        const code = (await buildApps()).files.get(script);
        return code === undefined ? undefined : { body: code, type: 'js' };
      }
      const page = /^\/test\/frameworks\/([\w-]+)\.html$/.exec(path)?.[1];
      if (!page || !Object.hasOwn(PAGES, page)) return undefined;
      const { head, body } = await PAGES[page](query);
      return {
        type: 'html',
        body: `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Framework host: ${page}</title>
    ${recorder}
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`,
      };
    },
  };
}
