// Loaded first on every framework host page: keeps what reaches the page that a visitor's console
// would show (uncaught errors, unhandled rejections, console.error and console.warn) and every kw-
// event in the order it fired, so the test in the parent frame can check all of it; and the
// addresses the page has started to fetch, so a test can act while a request is under way.
window.kwErrors = [];
window.kwFetches = [];
window.kwWarnings = [];
window.kwEvents = [];
window.addEventListener('error', (event) => window.kwErrors.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.kwErrors.push(`unhandled rejection: ${event.reason}`));
for (const [level, list] of [['error', window.kwErrors], ['warn', window.kwWarnings]]) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    list.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
for (const type of ['kw-ready', 'kw-policy-error', 'kw-open', 'kw-close', 'kw-channel-select']) {
  document.addEventListener(type, (event) => window.kwEvents.push({ type, target: event.target, detail: event.detail }), true);
}
const pageFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  window.kwFetches.push(String(input instanceof Request ? input.url : input));
  return pageFetch(input, init);
};
