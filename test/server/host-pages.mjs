// The host page served with the Content-Security-Policy a strict site sends, as a header (a <meta>
// policy cannot express everything, and sites use the header); ?policy= picks which.
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";

export const HOST_PAGE_POLICIES = {
  'strict-csp': STRICT,
  // The Trusted Types policy names the README tells site owners to allow.
  'trusted-types': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

export async function hostPages(ctx, next) {
  await next();
  if (ctx.path !== '/test/pages/host.html') return;
  const policy = HOST_PAGE_POLICIES[ctx.query.policy];
  if (policy) ctx.set('Content-Security-Policy', policy);
}
