import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { designExample } from '../fixtures/policies.js';
import { channelCard, channelIds, mount, openPanel, readable, setViewport, unmountAll, waitFor, withPath } from './helpers.js';

// Tuesday 24 November 2026, 12:00 in Amsterdam: phone and chat open, the storing notice active.
const TUESDAY_NOON = Date.parse('2026-11-24T12:00:00+01:00');

describe('<kanaal-wijzer>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let consoleError: sinon.SinonStub;
  let consoleWarn: sinon.SinonStub;

  beforeEach(() => {
    consoleError = sinon.stub(console, 'error');
    consoleWarn = sinon.stub(console, 'warn');
  });

  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    consoleError.restore();
    consoleWarn.restore();
    unmountAll();
    await setViewport({ width: 1024, height: 768 });
  });

  const at = (instant: number) => {
    clock = sinon.useFakeTimers({ now: instant, toFake: ['Date'] });
  };

  describe('loading', () => {
    it('loads the policy from the URL in the policy attribute', async () => {
      const { of } = await mount((el) => el.setAttribute('policy', '/demo/contact-policy.json'));
      expect(of('kw-ready')).to.have.length(1);
      expect(of('kw-ready')[0]?.detail.channels).to.include('bellen');
    });

    it('takes a policy object set as a property', async () => {
      const { of } = await mount((el) => (el.policy = designExample()));
      expect(of('kw-ready')[0]?.detail.channels).to.deep.equal(['chat', 'email', 'phone']);
    });

    it('reads a policy from a child <script type="application/json">', async () => {
      const { of } = await mount((el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(designExample());
        el.append(script);
      });
      expect(of('kw-ready')[0]?.detail.topic).to.equal('factuur');
    });

    it('opens for a click on the launcher the moment it shows, before its panel is rendered', async () => {
      const el = document.createElement('kanaal-wijzer');
      el.policy = designExample();
      document.body.append(el);
      const root = el.shadowRoot as ShadowRoot;
      let clicked = false;
      // Right after the render that added the launcher, before any other task: its panel comes a task later.
      new MutationObserver((_, observer) => {
        const launcher = root.querySelector<HTMLElement>('[part="launcher"]');
        if (!launcher) return;
        observer.disconnect();
        clicked = root.querySelector('[part="panel"]') === null;
        launcher.click();
      }).observe(root, { childList: true, subtree: true });
      try {
        await waitFor(() => root.querySelector('[part="panel"]:popover-open'));
        expect(clicked, 'clicked before the panel was there').to.equal(true);
        await waitFor(() => el.open);
      } finally {
        el.remove();
      }
    });

    it('shows the launcher at once, before the policy is in', async () => {
      const el = document.createElement('kanaal-wijzer');
      el.setAttribute('policy', '/demo/contact-policy.json');
      document.body.append(el);
      await el.updateComplete;
      const launcher = el.shadowRoot?.querySelector('[part="launcher"]');
      expect(launcher).to.exist;
      expect(readable(launcher as Element)).to.equal('Need help?');
      el.remove();
    });
  });

  describe('a policy that cannot be used', () => {
    it('fires kw-policy-error (fatal), shows the light-DOM fallback, logs once and throws nothing', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      const { el, of, root } = await mount((el) => {
        el.setAttribute('policy', '/test/fixtures/does-not-exist.json');
        el.innerHTML = '<a href="/contact">Contact</a>';
      });
      window.removeEventListener('error', onError);
      const [event] = of('kw-policy-error');
      expect(event?.detail.fatal).to.equal(true);
      expect(event?.detail.errors[0].message).to.match(/could not load the policy .* HTTP 404/);
      expect(root.querySelector('[part="launcher"]')).to.equal(null);
      expect(root.querySelector<HTMLElement>('[part="fallback"]')?.hidden).to.equal(false);
      expect(el.querySelector('a')?.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(consoleError.callCount).to.equal(1);
      expect(String(consoleError.firstCall.args[0])).to.match(/cannot be used/);
      expect(errors).to.deep.equal([]);
    });

    for (const [name, setup] of [
      ['no policy attribute and no policy script', () => undefined],
      ['a policy property set to null', (el: KanaalWijzer) => (el.policy = null as unknown as string)],
    ] as const) {
      it(`with ${name}, says so (fatal) and shows the fallback rather than loading for ever`, async () => {
        const { of, root } = await mount((el) => {
          setup(el);
          el.innerHTML = '<a href="/contact">Contact</a>';
        });
        expect(of('kw-policy-error')[0]?.detail.errors[0].message).to.match(/no policy: set the "policy" attribute/);
        expect(root.querySelector<HTMLElement>('[part="fallback"]')?.hidden).to.equal(false);
      });
    }

    it('reports broken JSON with its line and column', async () => {
      const { of } = await mount((el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{\n  "version": 1,\n  "channels": [,]\n}';
        el.append(script);
      });
      expect(of('kw-policy-error')[0]?.detail.errors[0].path).to.equal('line 3, column 16');
    });

    it('shows the cached contact link from an earlier good policy when it has no fallback children', async () => {
      const fallback = { label: { nl: 'Contact opnemen', en: 'Contact us' }, href: '/contact' };
      localStorage.setItem('kanaalwijzer:fallback:/test/fixtures/cached.json', JSON.stringify(fallback));
      const { root } = await mount((el) => {
        el.setAttribute('policy', '/test/fixtures/cached.json');
        el.lang = 'en';
      });
      const link = root.querySelector<HTMLAnchorElement>('.fallback-link');
      expect(link?.textContent).to.equal('Contact us');
      expect(link?.getAttribute('href')).to.equal('/contact');
      localStorage.removeItem('kanaalwijzer:fallback:/test/fixtures/cached.json');
    });

    it('does not trust a cached link with a dangerous scheme', async () => {
      localStorage.setItem('kanaalwijzer:fallback:/test/fixtures/evil.json', JSON.stringify({ label: 'x', href: 'javascript:alert(1)' }));
      const { root } = await mount((el) => el.setAttribute('policy', '/test/fixtures/evil.json'));
      expect(root.querySelector('.fallback-link')).to.equal(null);
      localStorage.removeItem('kanaalwijzer:fallback:/test/fixtures/evil.json');
    });

    it('carries on after non-fatal errors, without the broken channel', async () => {
      const policy = designExample() as Record<string, any>;
      policy.channels[0].hours = { 'mon-fri': '25:00-26:00' };
      const { of, root } = await mount((el) => (el.policy = policy));
      const [error] = of('kw-policy-error');
      expect(error?.detail.fatal).to.equal(false);
      expect(error?.detail.errors.map((e: { path: string }) => e.path)).to.include('channels[0].hours.mon-fri');
      expect(of('kw-ready')[0]?.detail.channels).to.deep.equal(['email', 'phone']);
      expect(root.querySelector('[data-channel="chat"]')).to.equal(null);
      expect(consoleWarn.callCount).to.equal(1);
    });
  });

  describe('topic and channel order', () => {
    it('takes the topic from the page path', async () => {
      await withPath('/storing-melden', async () => {
        const { of, root } = await mount((el) => (el.policy = designExample()));
        expect(of('kw-ready')[0]?.detail).to.deep.include({ topic: 'storing', channels: ['storingslijn', 'chat', 'phone'] });
        expect(readable(root.querySelector('.topic') as Element)).to.equal('Over: Storing');
      });
    });

    it('lets the topic attribute override the path', async () => {
      await withPath('/storing', async () => {
        const { of } = await mount((el) => {
          el.policy = designExample();
          el.topic = 'factuur';
        });
        expect(of('kw-ready')[0]?.detail).to.deep.include({ topic: 'factuur', channels: ['chat', 'email', 'phone'] });
      });
    });

    it('shows the channels in the topic\'s order, closed ones included', async () => {
      at(Date.parse('2026-11-29T12:00:00+01:00')); // Sunday: phone closed
      const { el, root } = await mount((el) => (el.policy = designExample()));
      await openPanel(el);
      expect(channelIds(root)).to.deep.equal(['chat', 'email', 'phone']);
      expect(readable(channelCard(root, 'phone'))).to.match(/Gesloten/);
    });
  });

  describe('opening hours at fixed instants', () => {
    const rows: [string, string, string, RegExp][] = [
      ['Tuesday noon', '2026-11-24T12:00:00+01:00', 'phone', /Nu open · tot 20:00/],
      ['Tuesday evening', '2026-11-24T20:30:00+01:00', 'phone', /Gesloten · opent morgen 08:00/],
      ['Saturday evening', '2026-11-28T18:00:00+01:00', 'phone', /Gesloten · opent maandag 08:00/],
      ['Christmas Eve afternoon', '2026-12-24T16:00:00+01:00', 'phone', /Nu open · tot 17:00/],
      ['Christmas Day', '2026-12-25T10:00:00+01:00', 'phone', /Gesloten · opent morgen 09:00/],
      ['any time', '2026-12-25T03:00:00+01:00', 'storingslijn', /24\/7 bereikbaar/],
    ];
    for (const [name, instant, channel, expected] of rows) {
      it(`${name}: ${channel} says ${expected.source}`, async () => {
        at(Date.parse(instant));
        const { root } = await mount((el) => {
          el.policy = designExample();
          el.topic = 'storing';
        });
        expect(readable(channelCard(root, channel))).to.match(expected);
      });
    }

    it('shows "open" and "closed" in words, not by colour alone', async () => {
      at(Date.parse('2026-11-24T20:30:00+01:00'));
      const { root } = await mount((el) => (el.policy = designExample()));
      expect(readable(channelCard(root, 'phone').querySelector('[part="channel-status"]') as Element)).to.match(/^Gesloten/);
      expect(readable(channelCard(root, 'chat').querySelector('[part="channel-status"]') as Element)).to.match(/^Nu open/);
    });

    it('refreshes "open now" by itself when a channel closes while the panel is shown', async () => {
      // shouldAdvanceTime: WebKit has no scheduler.yield, so loading yields with setTimeout there,
      // which a clock that only moves on tick would hold forever.
      clock = sinon.useFakeTimers({ now: Date.parse('2026-11-24T19:59:00+01:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
      const { el, root } = await mount((el) => (el.policy = designExample()));
      await openPanel(el);
      expect(readable(channelCard(root, 'phone'))).to.match(/Nu open · tot 20:00/);
      await clock.tickAsync(61_000);
      await el.updateComplete;
      expect(readable(channelCard(root, 'phone'))).to.match(/Gesloten · opent morgen 08:00/);
    });
  });

  describe('wait, reply time and cost', () => {
    it('in Dutch', async () => {
      at(TUESDAY_NOON);
      const { root } = await mount((el) => (el.policy = designExample()));
      expect(readable(channelCard(root, 'phone'))).to.match(/wachttijd ~6 min · € 0,10 per minuut$/);
      expect(readable(channelCard(root, 'chat'))).to.match(/wachttijd ~2 min · gratis/);
      expect(readable(channelCard(root, 'email'))).to.match(/Altijd te versturen antwoord binnen 24 uur · gratis/);
      // The number itself is on screen, not only behind a tel: link.
      expect(readable(channelCard(root, 'phone'))).to.match(/^Bellen 020 123 4567/);
    });

    it('in English, from the lang attribute, with policy texts in English where given', async () => {
      at(TUESDAY_NOON);
      const { root } = await mount((el) => {
        el.policy = designExample();
        el.lang = 'en';
      });
      expect(readable(channelCard(root, 'phone'))).to.match(/^Call us/).and.match(/Open now · until 20:00/).and.match(/wait ~6 min · €0\.10 per minute/);
      expect(readable(channelCard(root, 'email'))).to.match(/Send any time reply within 24 hours · free/);
      expect(readable(root.querySelector('h2') as Element)).to.equal('How can we help?');
    });

    it('in the page\'s language when the element has none', async () => {
      at(TUESDAY_NOON);
      const wrapper = document.createElement('div');
      wrapper.lang = 'en-GB';
      document.body.append(wrapper);
      const { root } = await mount((el) => (el.policy = designExample()), wrapper);
      expect(readable(root.querySelector('h2') as Element)).to.equal('How can we help?');
    });
  });

  describe('tasks and notices', () => {
    it('lists the topic\'s tasks as self-service links', async () => {
      const { root } = await mount((el) => (el.policy = designExample()));
      const tasks = [...root.querySelectorAll<HTMLAnchorElement>('[part="task"]')];
      expect(tasks.map((a) => [readable(a), a.getAttribute('href')])).to.deep.equal([['Factuur downloaden', '/mijn/facturen']]);
    });

    it('shows a notice inside its window for its topic, first', async () => {
      at(TUESDAY_NOON);
      const { root } = await mount((el) => {
        el.policy = designExample();
        el.topic = 'storing';
      });
      const notice = root.querySelector('[part~="notice"]');
      expect(readable(notice as Element)).to.equal('Let op Storing in Noord-Holland. We werken eraan.');
      expect(notice?.compareDocumentPosition(root.querySelector('[part~="channel"]') as Node)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    });

    it('hides the notice outside its window and on other topics', async () => {
      at(Date.parse('2026-11-26T12:00:00+01:00'));
      const after = await mount((el) => {
        el.policy = designExample();
        el.topic = 'storing';
      });
      expect(after.root.querySelector('[part~="notice"]')).to.equal(null);
      unmountAll();
      clock?.restore();
      at(TUESDAY_NOON);
      const otherTopic = await mount((el) => {
        el.policy = designExample();
        el.topic = 'factuur';
      });
      expect(otherTopic.root.querySelector('[part~="notice"]')).to.equal(null);
    });
  });

  describe('events', () => {
    it('kw-open and kw-close with the topic, and open reflects the state', async () => {
      const { el, of } = await mount((el) => (el.policy = designExample()));
      await openPanel(el);
      expect(el.hasAttribute('open')).to.equal(true);
      const closed = new Promise((resolve) => el.addEventListener('kw-close', resolve, { once: true }));
      el.hide();
      await closed;
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(false);
      expect(of('kw-open').map((e) => e.detail.topic)).to.deep.equal(['factuur']);
      expect(of('kw-close').map((e) => e.detail.topic)).to.deep.equal(['factuur']);
      expect(of('kw-open')[0]?.bubbles && of('kw-open')[0]?.composed).to.equal(true);
    });

    it('kw-channel-select before following a channel link', async () => {
      const { el, of, root } = await mount((el) => (el.policy = designExample()));
      await openPanel(el);
      const stopNavigation = (event: Event) => event.preventDefault();
      document.addEventListener('click', stopNavigation);
      channelCard(root, 'phone').click();
      document.removeEventListener('click', stopNavigation);
      expect(of('kw-channel-select').map((e) => [e.detail.topic, e.detail.channel])).to.deep.equal([['factuur', 'phone']]);
      expect(channelCard(root, 'phone').getAttribute('href')).to.equal('tel:+31201234567');
    });

    it('opens external chat links in a new tab, safely', async () => {
      const { root } = await mount((el) => (el.policy = designExample()));
      const chat = channelCard(root, 'chat');
      expect(chat.getAttribute('target')).to.equal('_blank');
      expect(chat.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('kw-chat-start with context for a chat channel that the site starts itself', async () => {
      const policy = designExample() as Record<string, any>;
      policy.channels[0].start = 'event';
      delete policy.channels[0].href;
      const { of, root } = await mount((el) => (el.policy = policy));
      channelCard(root, 'chat').click();
      expect(of('kw-channel-select')[0]?.detail).to.deep.include({ topic: 'factuur', channel: 'chat' });
      const [start] = of('kw-chat-start');
      expect(start?.detail.channel).to.equal('chat');
      expect(start?.detail.context).to.deep.include({ topic: 'factuur', pageUrl: `${location.origin}${location.pathname}`, lang: 'nl', searched: '', draft: '' });
    });
  });

  describe('keyboard and focus', () => {
    it('opens from the launcher with Enter, moves focus into the panel, closes with Escape and returns focus', async () => {
      const { el, root } = await mount((el) => (el.policy = designExample()));
      const launcher = root.querySelector<HTMLButtonElement>('[part="launcher"]');
      launcher?.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const panel = root.querySelector<HTMLElement>('[part="panel"]');
      expect(panel?.matches(':popover-open')).to.equal(true);
      expect(el.open).to.equal(true);
      expect(root.activeElement).to.equal(panel);
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.getAttribute('part')).to.equal('close-button');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panel?.matches(':popover-open')).to.equal(false);
      expect(el.open).to.equal(false);
      expect(root.activeElement).to.equal(launcher);
    });

    it('closes with the close button and returns focus to the launcher', async () => {
      const { el, root } = await mount((el) => (el.policy = designExample()));
      await openPanel(el);
      root.querySelector<HTMLButtonElement>('[part="close-button"]')?.focus();
      const closed = new Promise((resolve) => el.addEventListener('kw-close', resolve, { once: true }));
      await sendKeys({ press: 'Enter' });
      await closed;
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(root.activeElement).to.equal(root.querySelector('[part="launcher"]'));
    });
  });

  describe('layout', () => {
    it('floats the open panel above the launcher on wide screens', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { el, root } = await mount((el) => (el.policy = designExample()));
      await openPanel(el);
      const panel = root.querySelector<HTMLElement>('[part="panel"]') as HTMLElement;
      const launcher = root.querySelector<HTMLElement>('[part="launcher"]') as HTMLElement;
      const p = panel.getBoundingClientRect();
      const l = launcher.getBoundingClientRect();
      expect(p.bottom).to.be.at.most(l.top);
      expect(p.width).to.be.at.most(400);
      expect(p.top).to.be.at.least(0);
      expect(Math.round(p.right)).to.be.closeTo(Math.round(l.right), 1);
    });

    it('follows a launcher the site moved to the top left, and stays on screen', async () => {
      await setViewport({ width: 1280, height: 800 });
      const style = document.createElement('style');
      style.textContent = 'kanaal-wijzer::part(launcher) { inset: 16px auto auto 16px; }';
      document.head.append(style);
      try {
        const { el, root } = await mount((el) => (el.policy = designExample()));
        await openPanel(el);
        const p = (root.querySelector('[part="panel"]') as HTMLElement).getBoundingClientRect();
        const l = (root.querySelector('[part="launcher"]') as HTMLElement).getBoundingClientRect();
        expect(l.top).to.equal(16);
        expect(p.top).to.be.at.least(l.bottom);
        expect(p.left).to.be.within(0, l.left);
        expect(p.bottom).to.be.at.most(800);
      } finally {
        style.remove();
      }
    });

    it('becomes a full-width sheet on a 375 px screen', async function () {
      if (!(await setViewport({ width: 375, height: 700 }))) this.skip();
      const { el, root } = await mount((el) => (el.policy = designExample()));
      await openPanel(el);
      const p = (root.querySelector('[part="panel"]') as HTMLElement).getBoundingClientRect();
      expect(p.left).to.equal(0);
      expect(p.width).to.equal(375);
      expect(Math.round(p.bottom)).to.equal(700);
    });

    it('in inline mode sits in the page without a launcher', async () => {
      const { el, root } = await mount((el) => {
        el.policy = designExample();
        el.mode = 'inline';
      });
      expect(root.querySelector('[part="launcher"]')).to.equal(null);
      const panel = root.querySelector('[part="panel"]') as HTMLElement;
      expect(panel.getAttribute('popover')).to.equal(null);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    });
  });

  describe('accessibility (axe)', () => {
    it('is clean with the panel closed', async () => {
      const { el } = await mount((el) => (el.policy = designExample()));
      await expect(el).to.be.accessible();
    });

    it('is clean with the panel open, notice shown', async () => {
      at(TUESDAY_NOON);
      const { el } = await mount((el) => {
        el.policy = designExample();
        el.topic = 'storing';
      });
      await openPanel(el);
      await expect(el).to.be.accessible();
    });

    it('is clean inline, in English', async () => {
      const { el } = await mount((el) => {
        el.policy = designExample();
        el.mode = 'inline';
        el.lang = 'en';
      });
      await expect(el).to.be.accessible();
    });
  });
});
