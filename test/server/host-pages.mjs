// Host pages served with the Content-Security-Policy a strict site sends, as a header (a <meta>
// policy cannot express everything, and sites use the header).
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";

export const HOST_PAGE_POLICIES = {
  '/test/pages/strict-csp.html': STRICT,
  // The Trusted Types policy names the README tells site owners to allow.
  '/test/pages/trusted-types.html': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

export async function hostPages(ctx, next) {
  await next();
  const policy = HOST_PAGE_POLICIES[ctx.path];
  if (policy) ctx.set('Content-Security-Policy', policy);
}
