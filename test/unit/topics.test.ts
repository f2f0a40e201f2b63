import { expect } from '@open-wc/testing';
import { activeNotices, channelsForTopic, globToRegExp, matchesPath, resolveTopic, tasksForTopic } from '../../src/policy/topics.js';
import { validatePolicy } from '../../src/policy/validate.js';
import type { Policy } from '../../src/policy/schema.js';
import { designExample } from '../fixtures/policies.js';

describe('matchesPath', () => {
  const rows: [string, string, boolean][] = [
    ['/factuur*', '/factuur', true],
    ['/factuur*', '/facturen', false],
    ['/factuur*', '/factuur-uitleg', true],
    ['/factuur*', '/factuur/', true],
    ['/factuur*', '/factuur/2026', false],
    ['/betalen/**', '/betalen', true],
    ['/betalen/**', '/betalen/ideal/mislukt', true],
    ['/betalen/**', '/betalenx', false],
    ['/**/storing', '/nl/zakelijk/storing', true],
    ['/*/storing', '/nl/zakelijk/storing', false],
    ['/klant.service', '/klantXservice', false],
    ['/over-ons', '/over-ons', true],
    ['/veelgestelde vragen', '/veelgestelde%20vragen', true],
    ['/(admin)', '/(admin)', true],
  ];
  for (const [glob, path, expected] of rows) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      expect(matchesPath(glob, path)).to.equal(expected);
    });
  }
  it('treats regular-expression characters in a glob literally', () => {
    expect(globToRegExp('/a+b').test('/aab')).to.equal(false);
  });
});

describe('resolveTopic', () => {
  const policy = validatePolicy(designExample()).policy as Policy;
  const rows: [string, string | null, string, string | undefined][] = [
    ['by path', null, '/factuur', 'factuur'],
    ['by a deeper path', null, '/betalen/ideal', 'factuur'],
    ['by the other topic\'s path', null, '/storing-melden', 'storing'],
    ['the attribute over the path', 'storing', '/factuur', 'storing'],
    ['an unknown attribute falls back to the path', 'onbekend', '/storing', 'storing'],
    ['the default topic when nothing matches', null, '/over-ons', 'factuur'],
  ];
  for (const [name, attribute, path, expected] of rows) {
    it(name, () => expect(resolveTopic(policy, { topic: attribute, pathname: path })?.id).to.equal(expected));
  }
  it('no topic at all without a default', () => {
    const withoutDefault = { ...policy, defaultTopic: undefined };
    expect(resolveTopic(withoutDefault, { pathname: '/over-ons' })).to.equal(undefined);
  });
  it('the first matching topic wins', () => {
    const overlapping = { ...policy, topics: [...(policy.topics ?? [])].map((t) => ({ ...t, match: ['/**'] })) };
    expect(resolveTopic(overlapping, { pathname: '/storing' })?.id).to.equal('factuur');
  });
});

describe('what a topic shows', () => {
  const policy = validatePolicy(designExample()).policy as Policy;
  const factuur = policy.topics?.[0];
  const storing = policy.topics?.[1];

  it('its channels in its own order', () => {
    expect(channelsForTopic(policy, factuur).map((c) => c.id)).to.deep.equal(['chat', 'email', 'phone']);
    expect(channelsForTopic(policy, storing).map((c) => c.id)).to.deep.equal(['storingslijn', 'chat', 'phone']);
  });
  it('every channel without a topic', () => {
    expect(channelsForTopic(policy, undefined).map((c) => c.id)).to.deep.equal(['chat', 'phone', 'storingslijn', 'email']);
  });
  it('its tasks', () => {
    expect(tasksForTopic(factuur).map((t) => t.href)).to.deep.equal(['/mijn/facturen']);
    expect(tasksForTopic(storing)).to.deep.equal([]);
  });
  it('notices only inside their window and for their topics', () => {
    const inside = Date.parse('2026-11-24T12:00:00+01:00');
    expect(activeNotices(policy, storing, inside).map((n) => n.id)).to.deep.equal(['storing-noord']);
    expect(activeNotices(policy, factuur, inside)).to.deep.equal([]);
    expect(activeNotices(policy, storing, Date.parse('2026-11-24T07:59:59+01:00'))).to.deep.equal([]);
    expect(activeNotices(policy, storing, Date.parse('2026-11-25T20:00:00+01:00'))).to.deep.equal([]);
  });
  it('a notice without topics on every topic', () => {
    const everywhere = { ...policy, notices: [{ id: 'n', text: 'Onderhoud' }] };
    expect(activeNotices(everywhere, factuur, 0).map((n) => n.id)).to.deep.equal(['n']);
    expect(activeNotices(everywhere, undefined, 0).map((n) => n.id)).to.deep.equal(['n']);
  });
});
