// The panel's data and the controllers that drive it, each on its own, without the element.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import { ClockController } from '../../src/components/kanaal-wijzer/panel/clock-controller.js';
import { acceptLiveWaits, LiveWaitController } from '../../src/components/kanaal-wijzer/panel/live-wait-controller.js';
import { buildPanel } from '../../src/components/kanaal-wijzer/panel/panel-view.js';
import { hasPendingMessages, markPending } from '../../src/outbox/pending.js';
import { resolveTopic } from '../../src/policy/topics.js';
import { designExample } from '../fixtures/policies.js';

const TUESDAY_NOON = Date.parse('2026-11-24T12:00:00+01:00');
const TUESDAY_EVENING = Date.parse('2026-11-24T21:00:00+01:00');

/** A host that counts the renders its controllers ask for. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => void host.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((controller) => controller.hostConnected?.()),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return host as typeof host & ReactiveControllerHost;
}

describe('PanelView', () => {
  const view = (now: number, urgency?: 'now' | 'today' | 'no-rush', lang = 'nl') => {
    const policy = designExample();
    return buildPanel({
      policy,
      topic: resolveTopic(policy, { topic: null, pathname: '/' }),
      lang,
      now,
      pageOrigin: 'https://example.test',
      visitorZone: 'Europe/Amsterdam',
      ...(urgency && { ranking: { urgency } }),
    });
  };

  it('ranks open real-time channels first and recommends one with its advantage', () => {
    const panel = view(TUESDAY_NOON, 'now');
    expect(panel.channels.map((channel) => channel.id)).to.deep.equal(['chat', 'phone', 'email']);
    const recommended = panel.channels.filter((channel) => channel.recommended);
    expect(recommended.map((channel) => [channel.id, channel.reason])).to.deep.equal([['chat', 'wachttijd ~2 min, gratis']]);
  });

  it('lists the recommendation\'s advantages as the language lists them', () => {
    const reason = (lang: string) => view(TUESDAY_NOON, 'now', lang).channels.find((channel) => channel.recommended)?.reason;
    expect(reason('fr')).to.match(/ et /);
  });

  it('says when it changes by itself: the next opening or closing', () => {
    const noon = view(TUESDAY_NOON);
    expect(noon.refreshAt).to.be.greaterThan(TUESDAY_NOON);
    const phone = view(TUESDAY_EVENING).channels.find((channel) => channel.id === 'phone');
    expect(phone?.open).to.equal(false);
    expect(phone?.status).to.match(/^Gesloten · opent morgen 08:00/);
  });
});

describe('ClockController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: TUESDAY_NOON, toFake: ['Date', 'setTimeout', 'clearTimeout'] })));
  afterEach(() => clock.restore());

  it('re-renders its host just after the instant it was asked to wake at, and not after removal', async () => {
    const host = fakeHost();
    const controller = new ClockController(host);
    host.connect();
    const before = host.updates;
    controller.wakeAt(TUESDAY_NOON + 60_000);
    await clock.tickAsync(59_000);
    expect(host.updates).to.equal(before);
    await clock.tickAsync(2_000);
    expect(host.updates).to.equal(before + 1);
    expect(controller.now).to.be.at.least(TUESDAY_NOON + 60_000);
    controller.wakeAt(Date.now() + 1_000);
    host.disconnect();
    await clock.tickAsync(5_000);
    expect(host.updates).to.equal(before + 1);
  });

  it('stands still at a pinned moment', () => {
    const host = fakeHost();
    const controller = new ClockController(host);
    controller.pin(TUESDAY_EVENING);
    expect(controller.now).to.equal(TUESDAY_EVENING);
    controller.pin(undefined);
    expect(controller.now).to.equal(TUESDAY_NOON);
  });
});

describe('LiveWaitController', () => {
  it('keeps only sane minutes per channel from the feed', () => {
    expect([...acceptLiveWaits({ chat: 3, phone: -1, video: 9999, email: '5', visit: Number.NaN })]).to.deep.equal([['chat', 3]]);
    expect(acceptLiveWaits([1, 2]).size).to.equal(0);
  });

  it('reports the same empty map while it has no fresh figures, so a memoised view is not rebuilt', () => {
    const host = fakeHost();
    const controller = new LiveWaitController(host, () => ({ url: '/nowhere' }), () => false);
    expect(controller.current()).to.equal(controller.current());
    expect(controller.current().size).to.equal(0);
  });
});

describe('pending outbox marker', () => {
  afterEach(() => markPending(false));

  it('tells a page load whether a message waits, without loading the outbox', () => {
    markPending(false);
    expect(hasPendingMessages()).to.equal(false);
    markPending(true);
    expect(hasPendingMessages()).to.equal(true);
  });
});
