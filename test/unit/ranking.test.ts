import { expect } from '@open-wc/testing';
import { rankChannels, recommend, type RankableChannel, type RankOptions } from '../../src/policy/ranking.js';

const channel = (id: string, type: RankableChannel['type'], open: boolean, extra: Partial<RankableChannel> = {}): RankableChannel => ({
  id,
  type,
  open,
  always: false,
  suits: [],
  ...extra,
});

// The topic's own order: email first, as a billing topic might have it.
const CHANNELS = [
  channel('email', 'email', true, { always: true, suits: ['record', 'simple'] }),
  channel('chat', 'chat', true, { waitMinutes: 3, suits: ['urgent', 'simple'] }),
  channel('phone', 'phone', true, { waitMinutes: 7, suits: ['urgent', 'complex'] }),
  channel('shop', 'visit', false, { suits: ['personal'] }),
  channel('whatsapp', 'whatsapp', false, { waitMinutes: 15, suits: ['simple'] }),
  channel('letter', 'link', true, { suits: ['record'] }),
];

// A topic that puts the phone first and email last, so "today" and "no rush" each have to move
// channels, and move different ones.
const PHONE_FIRST = [
  channel('phone', 'phone', false, { waitMinutes: 7 }),
  channel('chat', 'chat', true, { waitMinutes: 3 }),
  channel('shop', 'visit', false),
  channel('callback', 'callback', true),
  channel('email', 'email', true, { always: true }),
];

const ids = (options: RankOptions, channels = CHANNELS) => rankChannels(channels, options).map((c) => c.id);

describe('rankChannels', () => {
  const rows: [string, RankOptions, string[], RankableChannel[]?][] = [
    ['no urgency keeps the topic order', {}, ['email', 'chat', 'phone', 'shop', 'whatsapp', 'letter']],
    ['"right now": open real-time first, shortest wait first, asynchronous last', { urgency: 'now' }, ['chat', 'phone', 'letter', 'whatsapp', 'shop', 'email']],
    ['"today": open channels first, in topic order', { urgency: 'today' }, ['chat', 'callback', 'email', 'phone', 'shop'], PHONE_FIRST],
    ['"no rush": asynchronous channels lead, then open ones', { urgency: 'no-rush' }, ['callback', 'email', 'chat', 'phone', 'shop'], PHONE_FIRST],
    ['"on paper" lifts channels with a written trace', { urgency: 'now', record: true }, ['email', 'letter', 'chat', 'phone', 'whatsapp', 'shop']],
    ['a remembered channel moves to the front of its group', { preferred: 'phone' }, ['phone', 'email', 'chat', 'shop', 'whatsapp', 'letter']],
    ['…but not over urgency', { urgency: 'now', preferred: 'email' }, ['chat', 'phone', 'letter', 'whatsapp', 'shop', 'email']],
    ['…and first among the open real-time ones', { urgency: 'now', preferred: 'phone' }, ['phone', 'chat', 'letter', 'whatsapp', 'shop', 'email']],
  ];
  for (const [name, options, expected, channels = CHANNELS] of rows) {
    it(name, () => {
      const ranked = ids(options, channels);
      expect(ranked).to.deep.equal(expected);
      expect([...ranked].sort()).to.deep.equal(channels.map((c) => c.id).sort());
    });
  }

  it('never loses a channel, whatever the options', () => {
    for (const urgency of [undefined, 'now', 'today', 'no-rush'] as const) {
      for (const record of [false, true]) {
        for (const preferred of [undefined, 'shop', 'unknown']) {
          expect(ids({ urgency, record, preferred }).length).to.equal(CHANNELS.length);
        }
      }
    }
  });
});

describe('recommend', () => {
  it('is the first channel a customer can use now', () => {
    expect(recommend(rankChannels(CHANNELS, { urgency: 'now' }))?.id).to.equal('chat');
    expect(recommend(rankChannels(CHANNELS, { urgency: 'no-rush' }))?.id).to.equal('email');
  });
  it('is nothing when every channel is closed', () => {
    expect(recommend(CHANNELS.map((c) => ({ ...c, open: false })))).to.equal(undefined);
  });
});
