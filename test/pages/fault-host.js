// The host page of test/dist/faults.test.ts. It loads the built widget from under the test's own
// fault prefix (test/server/chunk-faults.mjs) as a site does, and keeps everything that reaches the
// page: uncaught errors, unhandled rejections and the widget's events.
// Query: token (required), policy (an address; the fault fixture under the same prefix if absent),
// mode ("launcher" or "inline"), fallback ("contact" for a light-DOM link to /contact, or "none"),
// and the element's own lang, endpoints, account and credentials attributes when given.
window.kwErrors = [];
window.kwEvents = [];
window.addEventListener('error', (event) => window.kwErrors.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => {
  const { reason } = event;
  window.kwErrors.push(`unhandledrejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`);
});

(() => {
  const query = new URLSearchParams(location.search);
  const prefix = `/faults/${query.get('token')}`;
  const el = document.createElement('kanaal-wijzer');
  el.setAttribute('policy', query.get('policy') ?? `${prefix}/test/fixtures/fault-policy.json`);
  el.setAttribute('mode', query.get('mode') ?? 'launcher');
  for (const name of ['lang', 'endpoints', 'account', 'credentials']) if (query.has(name)) el.setAttribute(name, query.get(name));
  if (query.get('fallback') === 'contact') {
    const link = document.createElement('a');
    link.href = '/contact';
    link.textContent = 'Contact';
    el.append(link);
  }
  const names = ['kw-ready', 'kw-policy-error', 'kw-open', 'kw-close', 'kw-channel-select', 'kw-faq-suggest', 'kw-email-sent', 'kw-email-queued', 'kw-email-expired'];
  for (const name of names) el.addEventListener(name, (event) => window.kwEvents.push({ type: name, detail: event.detail }));
  document.body.append(el);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${prefix}/dist/kanaalwijzer.js`;
  document.head.append(script);
})();
