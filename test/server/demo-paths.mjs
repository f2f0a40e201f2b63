// The demo's own addresses (served by vite from demo/ with /kanaalwijzer.js aliased to the
// source), redirected to where the test server has them so tests can load demo pages such as the
// editor. Redirects, not rewrites: a module's relative imports resolve against its final address.
const DEMO_PATHS = [
  [/^\/kanaalwijzer\.js$/, '/src/kanaalwijzer.ts'],
  [/^\/(editor\.html|editor\/.*|contact-policy\.json)$/, '/demo/$1'],
];

export async function demoPaths(ctx, next) {
  const redirect = DEMO_PATHS.find(([pattern]) => pattern.test(ctx.path));
  if (redirect) ctx.redirect(ctx.path.replace(redirect[0], redirect[1]));
  else await next();
}
