// Host pages that trap position: fixed elements, one per trick a host plays on the widget's
// ancestors: /test/pages/traps/<name>.html. One page, the trick being the only difference.
export const TRAPS = {
  transform: { what: 'transform: translateX(0)', css: '.trap { transform: translateX(0); }' },
  filter: { what: 'filter: brightness(1)', css: '.trap { filter: brightness(1); }' },
  perspective: { what: 'perspective: 500px', css: '.trap { perspective: 500px; }' },
  'contain-paint': { what: 'contain: paint', css: '.trap { contain: paint; }' },
  'will-change': { what: 'will-change: transform', css: '.trap { will-change: transform; }' },
  overflow: {
    what: 'overflow: hidden on a small transformed box (an off-canvas menu)',
    css: '.trap { overflow: hidden; transform: translateZ(0); }',
  },
  'z-index': {
    what: 'its own stacking context at z-index 1, and a bottom bar at z-index 2147483647',
    css: '.trap { position: relative; z-index: 1; }\n      .cookie-bar { z-index: 2147483647; }',
  },
  zoom: { what: 'zoom: 1.5', css: '.trap { zoom: 1.5; }' },
  rtl: { what: 'dir="rtl", and a transform', css: '.trap { transform: translateX(0); }', html: 'lang="ar" dir="rtl"' },
};

const page = ({ what, css, html = 'lang="nl"' }) => `<!doctype html>
<html ${html}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A host that traps fixed elements: ${what}</title>
    <link rel="stylesheet" href="base.css" />
    <style>
      ${css}
    </style>
    <script type="module" src="/dist/kanaalwijzer.js"></script>
  </head>
  <body>
    <main>
      <h1>Ancestor with ${what}</h1>
      <div class="trap">
        <kanaal-wijzer policy="/demo/contact-policy.json" topic="factuur"></kanaal-wijzer>
      </div>
    </main>
    <div class="cookie-bar">The host's own bar along the bottom of the page.</div>
  </body>
</html>
`;

export async function trapPages(ctx, next) {
  const name = /^\/test\/pages\/traps\/([\w-]+)\.html$/.exec(ctx.path)?.[1];
  if (!name || !Object.hasOwn(TRAPS, name)) return next();
  ctx.type = 'html';
  ctx.body = page(TRAPS[name]);
}
