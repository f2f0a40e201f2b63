import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { designExample } from '../fixtures/policies.js';
import { channelCard, mount, readable, unmountAll } from '../element/helpers.js';

// Runs for visitors in Amsterdam, New York and Tokyo: the hours are Amsterdam's, whoever looks.
const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const inPolicyZone = visitorZone === 'Europe/Amsterdam';

describe(`<kanaal-wijzer> for a visitor in ${visitorZone}`, () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => {
    clock.restore();
    unmountAll();
  });

  it('says whether the phone is open by Amsterdam\'s clock', async () => {
    clock = sinon.useFakeTimers({ now: Date.parse('2026-11-24T19:30:00Z'), toFake: ['Date'] }); // 20:30 in Amsterdam
    const { root } = await mount((el) => {
      el.policy = designExample();
      el.lang = 'en';
    });
    const status = readable(channelCard(root, 'phone').querySelector('[part="channel-status"]') as Element);
    expect(status).to.match(/^Closed · opens tomorrow 08:00/);
    // A visitor whose clock differs is told the times are not theirs.
    if (inPolicyZone) expect(status).to.equal('Closed · opens tomorrow 08:00');
    else expect(status).to.match(/08:00 \S+$/);
  });

  it('counts "tomorrow" in Amsterdam even when the visitor\'s date differs', async () => {
    // Saturday 28 Nov 23:30 in Amsterdam is already Sunday in Tokyo and still Saturday in New York.
    clock = sinon.useFakeTimers({ now: Date.parse('2026-11-28T22:30:00Z'), toFake: ['Date'] });
    const { root } = await mount((el) => {
      el.policy = designExample();
      el.lang = 'nl';
    });
    expect(readable(channelCard(root, 'phone'))).to.match(/Gesloten · opent maandag 08:00/);
    expect(readable(channelCard(root, 'chat'))).to.match(/Gesloten · opent morgen 09:00/);
  });

  it('shows a chosen moment when given one (previews), and stands still there', async () => {
    clock = sinon.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z'), toFake: ['Date'] }); // a Tuesday morning
    const { el, root } = await mount((el) => {
      el.policy = designExample();
      el.lang = 'nl';
      el.now = '2026-11-29T11:00:00+01:00'; // Sunday 11:00 in Amsterdam
    });
    expect(readable(channelCard(root, 'phone'))).to.match(/Gesloten · opent morgen 08:00/);
    expect(readable(channelCard(root, 'chat'))).to.match(/Nu open · tot (vandaag )?17:00/);
    el.now = null;
    await el.updateComplete;
    expect(readable(channelCard(root, 'phone'))).to.match(/Nu open · tot (vandaag )?20:00/);
  });
});
