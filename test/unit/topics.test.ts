import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { activeNotices, channelsForTopic, matchesPath, resolveTopic, tasksForTopic } from '../../src/policy/topics.js';
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
    expect(matchesPath('/a+b', '/aab')).to.equal(false);
    expect(matchesPath('/a+b', '/a+b')).to.equal(true);
  });

  it('answers the globs that made the old backtracking matcher hang, rightly', () => {
    const segment = '-'.repeat(1_000);
    expect(matchesPath('/*-*-*-*x', `/${segment}`)).to.equal(false);
    expect(matchesPath('/*-*-*-*x', `/${segment}x`)).to.equal(true);
    expect(matchesPath('/**/**/**/x', '/a'.repeat(5_000))).to.equal(false);
    expect(matchesPath('/**/**/**/x', `${'/a'.repeat(5_000)}/x`)).to.equal(true);
  });

  // The regular expression the globs were compiled to before, kept here as the specification.
  function reference(glob: string): RegExp {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
      if (glob.startsWith('/**', i) && i + 3 === glob.length) {
        source += '(?:/.*)?';
        break;
      }
      if (glob.startsWith('**', i)) {
        source += '.*';
        i++;
      } else if (glob[i] === '*') source += '[^/]*';
      else source += (glob[i] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${source}/?$`);
  }

  it('matches exactly what the regular expression it replaced matched', () => {
    // Short globs and paths from a small alphabet, so stars, slashes and near-misses meet often.
    const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', '-', '/', '*', '\n', '.'), maxLength: max });
    fc.assert(
      fc.property(text(8), text(12), (glob, path) => {
        expect(matchesPath(glob, path), `${JSON.stringify(glob)} on ${JSON.stringify(path)}`).to.equal(reference(glob).test(path));
      }),
      { numRuns: 3_000 },
    );
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
