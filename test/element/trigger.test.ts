// The site's own button opens the panel beside itself: trigger="<selector list>".
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { designExample } from '../fixtures/policies.js';
import { mount, setViewport, unmountAll, waitFor } from './helpers.js';

const VIEWPORT = { width: 1280, height: 800 };
/** Distance between a trigger and the panel beside it, and between the panel and the viewport's edges. */
const GAP = 8;
const EDGE = 8;

/** A piece of host page: elements placed where the test needs them. */
function page(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('data-test-page', '');
  // The test's own markup, never policy text.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

function panelOf(el: KanaalWijzer): HTMLElement {
  return el.shadowRoot?.querySelector('[part="panel"]') as HTMLElement;
}

function isOpen(el: KanaalWijzer): boolean {
  return panelOf(el).matches(':popover-open');
}

/** Clicks with the mouse, the way a visitor does: pointer events, light dismiss, focus. */
async function clickOn(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Waits until the panel is shown and has stopped moving (Floating UI loads and places it). */
async function settledPanel(el: KanaalWijzer): Promise<DOMRect> {
  await waitFor(() => isOpen(el));
  let last = '';
  return waitFor(async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const panel = panelOf(el);
    await Promise.all(panel.getAnimations().map((animation) => animation.finished));
    const box = panel.getBoundingClientRect();
    const now = JSON.stringify(box);
    const steady = panel.style.getPropertyValue('inset') !== '' && now === last;
    last = now;
    return steady ? box : undefined;
  });
}

async function mountWith(trigger: string): Promise<KanaalWijzer> {
  const { el } = await mount((el) => {
    el.policy = designExample();
    el.trigger = trigger;
  });
  return el;
}

function expectInViewport(box: DOMRect): void {
  expect(box.left, 'left').to.be.at.least(EDGE - 0.5);
  expect(box.top, 'top').to.be.at.least(EDGE - 0.5);
  expect(box.right, 'right').to.be.at.most(innerWidth - EDGE + 0.5);
  expect(box.bottom, 'bottom').to.be.at.most(innerHeight - EDGE + 0.5);
}

describe('trigger: the site’s own elements open the panel', () => {
  beforeEach(() => setViewport(VIEWPORT));

  afterEach(async () => {
    unmountAll();
    for (const node of document.querySelectorAll('[data-test-page]')) node.remove();
    scrollTo(0, 0);
    // Leaves no pointer pressed and no focus behind for the next test.
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('opens below the clicked element, start-aligned, and shows no launcher', async () => {
    const site = page('<button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const el = await mountWith('#contact-button');
    expect(el.shadowRoot?.querySelector('[part="launcher"]')).to.equal(null);
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    await clickOn(button);
    const panel = await settledPanel(el);
    const trigger = button.getBoundingClientRect();
    expect(panel.top).to.be.closeTo(trigger.bottom + GAP, 1);
    expect(panel.left).to.be.closeTo(trigger.left, 1);
    expect(el.open).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot?.activeElement).to.equal(panelOf(el));
  });

  it('fills the panel in when a pointer comes over a trigger, before any click', async () => {
    const site = page('<button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const el = await mountWith('#contact-button');
    expect(panelOf(el).getAttribute('aria-busy')).to.equal('true');

    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + 4)] });
    await waitFor(() => panelOf(el).getAttribute('aria-busy') === 'false');
    expect(isOpen(el)).to.equal(false);
    expect(panelOf(el).querySelectorAll('[part~="channel"]').length).to.be.greaterThan(0);
  });

  it('opens on a cold click at once, showing that it is loading, and fills in', async () => {
    const site = page('<button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const el = await mountWith('#contact-button');

    // A click without a pointer over it first (a script, an assistive technology): no intent came before.
    button.click();
    expect(isOpen(el)).to.equal(true);
    expect(panelOf(el).getAttribute('aria-busy')).to.equal('true');
    expect(panelOf(el).querySelector('[role="status"]')?.textContent).to.match(/laden|loading/i);

    await waitFor(() => panelOf(el).getAttribute('aria-busy') === 'false');
    expect(panelOf(el).querySelectorAll('[part~="channel"]').length).to.be.greaterThan(0);
    await settledPanel(el);
    expect(panelOf(el).getBoundingClientRect().top).to.be.closeTo(button.getBoundingClientRect().bottom + GAP, 1);
  });

  it('opens for a click that comes while the page is still loading the widget, beside that trigger', async () => {
    const site = page('<a href="#contact-page" id="contact-link" style="position: absolute; left: 300px; top: 160px">Contact</a>');
    const link = site.querySelector('a') as HTMLElement;
    const el = document.createElement('kanaal-wijzer');
    el.policy = designExample();
    el.trigger = '#contact-link';
    document.body.append(el);
    try {
      // In the same task as the element arrived: nothing of the trigger code can have loaded yet.
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented, 'the link is not followed').to.equal(true);
      await el.updateComplete;
      const panel = await settledPanel(el);
      expect(panel.left).to.be.closeTo(link.getBoundingClientRect().left, 1);
      expect(link.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot?.querySelector('[part="launcher"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('stays inside the viewport for a trigger at the right edge and at the bottom', async () => {
    const site = page('<button class="contact-link" style="position: fixed; right: 2px; bottom: 2px">Help</button>');
    const button = site.querySelector('button') as HTMLElement;
    const el = await mountWith('.contact-link');
    await clickOn(button);
    const panel = await settledPanel(el);
    const trigger = button.getBoundingClientRect();
    expectInViewport(panel);
    // No room below: it flips above the trigger.
    expect(panel.bottom).to.be.closeTo(trigger.top - GAP, 1);
  });

  it('is sized to the room left when neither side has room for all of it', async () => {
    await setViewport({ width: 1280, height: 500 });
    const site = page('<button class="contact-link" style="position: fixed; left: 40px; top: 200px">Help</button>');
    const button = site.querySelector('button') as HTMLElement;
    const el = await mountWith('.contact-link');
    await clickOn(button);
    const panel = await settledPanel(el);
    const trigger = button.getBoundingClientRect();
    expectInViewport(panel);
    expect(panel.top).to.be.closeTo(trigger.bottom + GAP, 1);
    expect(panel.bottom).to.be.closeTo(innerHeight - EDGE, 1);
    // The rest of the panel scrolls inside it.
    expect(panelOf(el).scrollHeight).to.be.greaterThan(panelOf(el).clientHeight);
  });

  it('follows its trigger when the page scrolls', async () => {
    const site = page(`
      <div style="height: 300px"></div>
      <a href="#contact" id="contact" style="display: inline-block; margin-left: 300px">Contact us</a>
      <div style="height: 3000px"></div>`);
    const link = site.querySelector('#contact') as HTMLElement;
    const el = await mountWith('#contact');
    await clickOn(link);
    const before = await settledPanel(el);
    expect(before.top).to.be.closeTo(link.getBoundingClientRect().bottom + GAP, 1);

    scrollBy(0, 150);
    await waitFor(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return Math.abs(panelOf(el).getBoundingClientRect().top - (before.top - 150)) < 1;
    });
    expect(panelOf(el).getBoundingClientRect().top).to.be.closeTo(link.getBoundingClientRect().bottom + GAP, 1);
    // The link is the fallback for when the widget cannot run; here it opened the panel instead.
    expect(location.hash).to.equal('');
  });

  it('opens beside whichever of several matching elements was clicked, and moves to another', async () => {
    const site = page(`
      <button class="contact-link" style="position: absolute; left: 40px; top: 60px">Header help</button>
      <span class="contact-link" tabindex="0" role="button" style="position: absolute; left: 700px; top: 300px">Footer help</span>`);
    const [first, second] = [...site.querySelectorAll<HTMLElement>('.contact-link')] as [HTMLElement, HTMLElement];
    const el = await mountWith('#nothing-here, .contact-link');

    await clickOn(second);
    let panel = await settledPanel(el);
    expect(panel.left).to.be.closeTo(second.getBoundingClientRect().left, 1);
    expect(panel.top).to.be.closeTo(second.getBoundingClientRect().bottom + GAP, 1);
    expect([first, second].map((trigger) => trigger.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);

    // The click outside the open panel light-dismisses it; the panel opens again at the new trigger.
    await clickOn(first);
    await waitFor(() => Math.abs(panelOf(el).getBoundingClientRect().left - first.getBoundingClientRect().left) < 1);
    panel = await settledPanel(el);
    expect(panel.top).to.be.closeTo(first.getBoundingClientRect().bottom + GAP, 1);
    expect(el.open).to.equal(true);
    expect([first, second].map((trigger) => trigger.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false']);
  });

  it('closes when the trigger that opened it is clicked again', async () => {
    const site = page('<button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const el = await mountWith('#contact-button');
    await clickOn(button);
    await settledPanel(el);
    await clickOn(button);
    await waitFor(() => !isOpen(el) && !el.open);
    // Give a wrongly re-opened panel the time to show up.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isOpen(el)).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('works for a trigger the page adds after the widget loaded', async () => {
    const el = await mountWith('[data-contact]');
    const site = page('');
    const late = document.createElement('button');
    late.dataset['contact'] = '';
    late.textContent = 'Vragen?';
    late.style.cssText = 'position: absolute; left: 500px; top: 200px';
    site.append(late);
    await waitFor(() => late.getAttribute('aria-haspopup') === 'dialog');
    expect(late.getAttribute('aria-expanded')).to.equal('false');
    await clickOn(late);
    const panel = await settledPanel(el);
    expect(panel.left).to.be.closeTo(late.getBoundingClientRect().left, 1);
    expect(late.getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens with Enter, closes with Escape and returns focus to the trigger', async () => {
    const site = page('<button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const el = await mountWith('#contact-button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settledPanel(el);
    expect(el.shadowRoot?.activeElement).to.equal(panelOf(el));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !el.open);
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    expect(document.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes with its close button and returns focus to the trigger', async () => {
    const site = page('<button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const el = await mountWith('#contact-button');
    await clickOn(button);
    await settledPanel(el);
    (el.shadowRoot?.querySelector('[part="close-button"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !el.open && !isOpen(el));
    expect(document.activeElement).to.equal(button);
  });

  it('leaves a ctrl-click on a link trigger to the browser (a new tab)', async () => {
    const site = page('<a href="#contact-page" class="contact-link">Contact</a>');
    const link = site.querySelector('a') as HTMLElement;
    const el = await mountWith('.contact-link');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    let preventedByWidget: boolean | undefined;
    // After the widget's listener on the document: notes what it did, then keeps the test page from following the link.
    addEventListener(
      'click',
      (event) => {
        preventedByWidget = event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    link.dispatchEvent(click);
    expect(preventedByWidget).to.equal(false);
    expect(el.open).to.equal(false);
  });

  it('opens from a non-button trigger with Space, without scrolling the page, and returns focus there', async () => {
    const site = page(`
      <span class="contact-link" tabindex="0" role="button" style="position: absolute; left: 200px; top: 120px">Help</span>
      <div style="height: 3000px"></div>`);
    const span = site.querySelector('.contact-link') as HTMLElement;
    const el = await mountWith('.contact-link');
    span.focus();
    // Typed, not pressed: WebDriver BiDi (Firefox) knows no key named Space.
    await sendKeys({ type: ' ' });
    const panel = await settledPanel(el);
    expect(scrollY).to.equal(0);
    expect(panel.left).to.be.closeTo(span.getBoundingClientRect().left, 1);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !el.open);
    expect(document.activeElement).to.equal(span);
  });

  it('closes on a click elsewhere in the page and returns focus to the trigger', async () => {
    const site = page(`
      <button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>
      <p style="position: absolute; left: 900px; top: 600px">Elsewhere</p>`);
    const button = site.querySelector('#contact-button') as HTMLElement;
    const el = await mountWith('#contact-button');
    await clickOn(button);
    await settledPanel(el);
    await clickOn(site.querySelector('p') as HTMLElement);
    await waitFor(() => !el.open);
    expect(isOpen(el)).to.equal(false);
    expect(document.activeElement).to.equal(button);
  });

  it('in inline mode ignores the trigger', async () => {
    const site = page('<button id="contact-button">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const { el } = await mount((el) => {
      el.policy = designExample();
      el.mode = 'inline';
      el.trigger = '#contact-button';
    });
    expect(button.hasAttribute('aria-haspopup')).to.equal(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(false);
    expect(el.open).to.equal(false);
  });

  it('leaves a link trigger to the browser when the policy cannot be used', async () => {
    const site = page('<a href="#contact-page" class="contact-link">Contact</a>');
    const link = site.querySelector('a') as HTMLElement;
    const { el } = await mount((el) => {
      el.policy = '/no-such-policy.json';
      el.trigger = '.contact-link';
    });
    expect(link.hasAttribute('aria-haspopup')).to.equal(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(false);
    expect(el.open).to.equal(false);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the launcher when the trigger is not a selector the browser understands', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await mountWith('#contact[');
      expect(el.shadowRoot?.querySelector('[part="launcher"]')).to.exist;
      expect(String(warnings[0])).to.contain('trigger="#contact["');
    } finally {
      console.warn = warn;
    }
  });

  it('leaves no listeners, observers or ARIA attributes behind when it leaves the page', async () => {
    const site = page('<button id="contact-button" style="position: absolute; left: 200px; top: 120px">Contact</button>');
    const button = site.querySelector('#contact-button') as HTMLElement;
    const listeners = trackListeners();
    const observers = trackObservers();
    try {
      for (let round = 0; round < 3; round++) {
        const el = await mountWith('#contact-button');
        await clickOn(button);
        await settledPanel(el);
        expect(observers.observing.size, 'observers while open').to.be.greaterThan(0);
        unmountAll();
        // Late work (a storage read, a live-wait answer) can update a host that has left the page.
        el.requestUpdate();
        await el.updateComplete;
      }
      expect([...listeners.active].filter(([, count]) => count > 0)).to.deep.equal([]);
      expect(observers.observing.size, 'observers left').to.equal(0);
      expect(button.hasAttribute('aria-haspopup')).to.equal(false);
      expect(button.hasAttribute('aria-expanded')).to.equal(false);
    } finally {
      listeners.restore();
      observers.restore();
    }
  });
});

type Target = Window | Document;

/** Listeners still registered on window and document, by event type (once-listeners remove themselves). */
function trackListeners() {
  const active = new Map<string, number>();
  const saved = new Map<Target, Pick<Target, 'addEventListener' | 'removeEventListener'>>();
  for (const target of [window, document] as Target[]) {
    const { addEventListener: add, removeEventListener: remove } = target;
    saved.set(target, { addEventListener: add, removeEventListener: remove });
    const name = target === window ? 'window' : 'document';
    const key = (type: string, options?: boolean | EventListenerOptions) =>
      `${name}:${type}${(typeof options === 'boolean' ? options : options?.capture) ? ':capture' : ''}`;
    target.addEventListener = function (this: Target, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (listener && !(typeof options === 'object' && options.once)) active.set(key(type, options), (active.get(key(type, options)) ?? 0) + 1);
      return add.call(this, type, listener, options);
    } as Target['addEventListener'];
    target.removeEventListener = function (this: Target, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      const count = active.get(key(type, options)) ?? 0;
      if (listener && count > 0) active.set(key(type, options), count - 1);
      return remove.call(this, type, listener, options);
    } as Target['removeEventListener'];
  }
  return { active, restore: () => saved.forEach((methods, target) => Object.assign(target, methods)) };
}

/** Observers (of any origin: Floating UI makes its own) that still observe something. */
function trackObservers() {
  const observing = new Set<object>();
  const patched: [Record<string, unknown>, Record<string, unknown>][] = [];
  for (const kind of [ResizeObserver, IntersectionObserver, MutationObserver]) {
    const proto = kind.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const saved = { observe: proto['observe'], disconnect: proto['disconnect'] };
    patched.push([proto, saved]);
    proto['observe'] = function (this: object, ...args: unknown[]) {
      observing.add(this);
      return saved.observe?.apply(this, args);
    };
    proto['disconnect'] = function (this: object, ...args: unknown[]) {
      observing.delete(this);
      return saved.disconnect?.apply(this, args);
    };
  }
  return { observing, restore: () => patched.forEach(([proto, saved]) => Object.assign(proto, saved)) };
}
