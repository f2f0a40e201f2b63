// Generated and mutated policies given to the element itself: it always ends in a rendered widget
// or a fatal kw-policy-error, never throws into the page, never turns a policy string into
// markup and never binds a link with a disallowed scheme.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mount, unmountAll } from '../element/helpers.js';
import { checkProperty, isAllowedLink, mutatedPolicy } from './arbitraries.js';

/** Each run mounts, opens and inspects a real element: far slower than the loader alone. */
const ELEMENT_RUNS = 200;

declare global {
  interface Window {
    kwPwned?: unknown;
  }
}

/** The demo's topics (each shows its own tasks and channels), and none. */
const TOPICS = ['factuur', 'storing', 'verhuizen', 'contract', 'besparen', undefined];

/** What a policy string must never have become in the widget's DOM. */
function markupProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches('[data-kw-injected], img, script, iframe, object, embed')) problems.push(`<${el.localName}> from the policy`);
    for (const { name } of el.attributes) if (name.startsWith('on')) problems.push(`${name} attribute on <${el.localName}>`);
    const href = el.getAttribute('href');
    if (href !== null && !isAllowedLink(href)) problems.push(`link to ${JSON.stringify(href)}`);
  }
  return problems;
}

describe('the element under generated policies', () => {
  let demo: unknown;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  before(async () => {
    demo = await (await fetch('/demo/contact-policy.json')).json();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    unmountAll();
  });

  it(`renders or reports ${ELEMENT_RUNS} mutated policies, opened, with nothing unsafe in the DOM`, async function () {
    // As long as the loader fuzz: WebKit runs one file at a time on a shared two-core machine.
    this.timeout(90_000);
    await checkProperty(
      fc.asyncProperty(mutatedPolicy(demo), fc.boolean(), fc.constantFrom(...TOPICS), async (policy, asInlineText, topic) => {
        try {
          const { el, root, of } = await mount((el) => {
            if (topic) el.setAttribute('topic', topic);
            if (asInlineText) {
              const script = document.createElement('script');
              script.type = 'application/json';
              try {
                script.textContent = JSON.stringify(policy);
              } catch {
                script.textContent = '{"too": "deep"}';
              }
              el.append(script);
            } else {
              el.policy = policy as typeof el.policy;
            }
          });
          const fatal = of('kw-policy-error').some((event) => event.detail.fatal);
          expect(fatal || of('kw-ready').length === 1, 'ready or fatal').to.equal(true);
          if (!fatal) {
            el.show();
            await el.updateComplete;
            expect(root.querySelectorAll('[data-channel]').length).to.be.greaterThan(0);
          }
          expect(markupProblems(root).join('; ')).to.equal('');
          expect(window.kwPwned).to.equal(undefined);
          expect(uncaught.join('; ')).to.equal('');
        } finally {
          unmountAll();
        }
      }),
      ELEMENT_RUNS,
    );
  });
});
