import { expect } from '@open-wc/testing';
import { locateProblems } from '../../src/policy/json-position.js';
import { parsePolicyText, parsePolicyText as parse, validatePolicy, validatePolicyInSlices } from '../../src/policy/validate.js';
import { designExample } from '../fixtures/policies.js';

type Mutable = Record<string, any>;

interface Case {
  name: string;
  change: (policy: Mutable) => void;
  path: string;
  message: RegExp;
  /** Ids of the channels left after validation, when the case drops or keeps some. */
  channels?: string[];
}

const cases: Case[] = [
  {
    name: 'an impossible time range',
    change: (p) => (p.channels[0].hours['mon-fri'] = '25:00-26:00'),
    path: 'channels[0].hours.mon-fri',
    message: /"25:00-26:00" is not a time range like "08:00-17:30"/,
    channels: ['phone', 'storingslijn', 'email'],
  },
  {
    name: 'a range that opens and closes at once',
    change: (p) => (p.channels[0].hours['mon-fri'] = '08:00-08:00'),
    path: 'channels[0].hours.mon-fri',
    message: /same moment/,
  },
  {
    name: 'a misspelt key, with the nearest known key',
    change: (p) => {
      p.channels[1].hourz = p.channels[1].hours;
      delete p.channels[1].hours;
    },
    path: 'channels[1].hourz',
    message: /unknown key "hourz"; did you mean "hours"\?/,
    channels: ['chat', 'storingslijn', 'email'],
  },
  {
    name: 'a misspelt top-level key',
    change: (p) => (p.defaultTopik = 'factuur'),
    path: 'defaultTopik',
    message: /did you mean "defaultTopic"/,
    channels: ['chat', 'phone', 'storingslijn', 'email'],
  },
  {
    name: 'a day named wrongly',
    change: (p) => (p.channels[0].hours = { monday: '08:00-17:00' }),
    path: 'channels[0].hours.monday',
    message: /"monday" is not a day like "mon"/,
  },
  {
    name: 'a day given twice',
    change: (p) => (p.channels[0].hours = { 'mon-fri': '08:00-17:00', wed: 'closed' }),
    path: 'channels[0].hours.wed',
    message: /wed is in both "mon-fri" and "wed"/,
  },
  {
    name: 'a negative amount',
    change: (p) => (p.channels[1].cost = { perMinute: -0.1, currency: 'EUR' }),
    path: 'channels[1].cost.perMinute',
    message: /cannot be negative/,
  },
  {
    name: 'an unknown currency',
    change: (p) => (p.channels[1].cost = { perCall: 1, currency: 'euro' }),
    path: 'channels[1].cost.currency',
    message: /"euro" is not a currency code/,
  },
  {
    name: 'a cost of the wrong form',
    change: (p) => (p.channels[1].cost = 'gratis'),
    path: 'channels[1].cost',
    message: /expected "free", "standard"/,
  },
  {
    name: 'an impossible exception date',
    change: (p) => (p.channels[1].exceptions['2026-02-30'] = 'closed'),
    path: 'channels[1].exceptions.2026-02-30',
    message: /"2026-02-30" is not a date that exists/,
  },
  {
    name: 'a javascript: link',
    change: (p) => (p.channels[0].href = 'javascript:alert(1)'),
    path: 'channels[0].href',
    message: /"javascript:" links are not allowed/,
  },
  {
    name: 'a javascript: link hidden by a line break',
    change: (p) => (p.channels[0].href = 'java\nscript:alert(1)'),
    path: 'channels[0].href',
    message: /line breaks/,
  },
  {
    name: 'a data: link in a task',
    change: (p) => (p.topics[0].tasks[0].href = 'data:text/html,<script>alert(1)</script>'),
    path: 'topics[0].tasks[0].href',
    message: /"data:" links are not allowed/,
  },
  {
    name: 'an http: link',
    change: (p) => (p.channels[0].href = 'http://example.nl/chat'),
    path: 'channels[0].href',
    message: /not secure; use "https:"/,
  },
  {
    name: 'a scheme-relative link',
    change: (p) => (p.channels[0].href = '//evil.example/chat'),
    path: 'channels[0].href',
    message: /leaves out the scheme/,
  },
  {
    name: 'an email endpoint on another scheme',
    change: (p) => (p.channels[3].email.endpoint = 'mailto:a@b.nl'),
    path: 'channels[3].email.endpoint',
    message: /"mailto:" links are not allowed/,
  },
  {
    name: 'a phone channel without a tel: link',
    change: (p) => (p.channels[1].href = 'https://example.nl/bel'),
    path: 'channels[1].href',
    message: /tel:\+31201234567/,
    channels: ['chat', 'storingslijn', 'email'],
  },
  {
    name: 'an email channel with nowhere to send',
    change: (p) => (p.channels[3].email = {}),
    path: 'channels[3].email',
    message: /needs "endpoint".*or "to"/,
  },
  {
    name: 'an unknown channel type',
    change: (p) => (p.channels[0].type = 'fax'),
    path: 'channels[0].type',
    message: /"fax" is not a channel type/,
  },
  {
    name: 'a label with a non-text translation',
    change: (p) => (p.channels[0].label = { nl: 42 }),
    path: 'channels[0].label',
    message: /"nl": expected text, found 42/,
  },
  {
    name: 'a list for opening hours',
    change: (p) => (p.channels[0].hours = []),
    path: 'channels[0].hours',
    message: /expected "24\/7" or opening hours per day .*, found a list/,
    channels: ['phone', 'storingslijn', 'email'],
  },
  {
    name: 'a list for exception dates',
    change: (p) => (p.channels[0].exceptions = []),
    path: 'channels[0].exceptions',
    message: /expected an object \{\.\.\.\}, found a list/,
  },
  {
    name: 'a list for a label',
    change: (p) => (p.channels[0].label = []),
    path: 'channels[0].label',
    message: /expected text, or a map of language to text .*, found a list/,
  },
  {
    name: 'a list for email settings',
    change: (p) => (p.channels[3].email = []),
    path: 'channels[3].email',
    message: /expected email settings \(an object with \{…\}\), found a list/,
    channels: ['chat', 'phone', 'storingslijn'],
  },
  {
    name: 'an empty map of translations',
    change: (p) => (p.faq[0].question = {}),
    path: 'faq[0].question',
    message: /at least one language/,
  },
  {
    name: 'a missing required key',
    change: (p) => delete p.channels[0].label,
    path: 'channels[0].label',
    message: /required key "label" is missing/,
  },
  {
    name: 'an unknown time zone',
    change: (p) => (p.timeZone = 'Europe/Amsterdm'),
    path: 'timeZone',
    message: /"Europe\/Amsterdm" is not a time zone.*read in Europe\/Amsterdam/,
    channels: ['chat', 'phone', 'storingslijn', 'email'],
  },
  {
    name: 'an unknown channel time zone',
    change: (p) => (p.channels[0].timeZone = 'Mars/Olympus'),
    path: 'channels[0].timeZone',
    message: /"Mars\/Olympus" is not a time zone/,
  },
  {
    name: 'a duplicate channel id',
    change: (p) => (p.channels[2].id = 'chat'),
    path: 'channels[2].id',
    message: /"chat" is already used by channels\[0\]/,
    channels: ['chat', 'phone', 'email'],
  },
  {
    name: 'a duplicate FAQ id',
    change: (p) => p.faq.push({ ...p.faq[0] }),
    path: 'faq[1].id',
    message: /already used by faq\[0\]/,
  },
  {
    name: 'a topic that names an unknown channel',
    change: (p) => p.topics[0].channels.push('fax'),
    path: 'topics[0].channels[3]',
    message: /no channel has the id "fax"/,
  },
  {
    name: 'an FAQ entry that names an unknown topic',
    change: (p) => (p.faq[0].topics = ['factuur', 'verhuizen']),
    path: 'faq[0].topics[1]',
    message: /no topic has the id "verhuizen"/,
  },
  {
    name: 'an unknown default topic',
    change: (p) => (p.defaultTopic = 'algemeen'),
    path: 'defaultTopic',
    message: /no topic has the id "algemeen"/,
  },
  {
    name: 'a notice moment without an offset',
    change: (p) => (p.notices[0].from = '2026-11-24T08:00'),
    path: 'notices[0].from',
    message: /date, time and offset/,
  },
  {
    name: 'a notice that ends before it starts',
    change: (p) => (p.notices[0].until = '2026-11-23T08:00:00+01:00'),
    path: 'notices[0].until',
    message: /ends before it starts/,
  },
  {
    name: 'a path pattern without a leading slash',
    change: (p) => (p.topics[0].match = ['factuur*']),
    path: 'topics[0].match[0]',
    message: /starts with "\/"/,
  },
  {
    name: 'an id with capitals and spaces',
    change: (p) => (p.faq[0].id = 'Factuur hoger'),
    path: 'faq[0].id',
    message: /is not an id like/,
  },
  {
    name: 'a wrong suits tag',
    change: (p) => (p.channels[0].suits = ['urgent', 'snel']),
    path: 'channels[0].suits[1]',
    message: /"snel" is not one of: urgent, complex/,
  },
];

describe('validatePolicy', () => {
  it('accepts the example policy from the design without a single error', () => {
    const result = validatePolicy(designExample());
    expect(result.errors).to.deep.equal([]);
    expect(result.fatal).to.equal(false);
    expect(result.policy?.channels.map((c) => c.id)).to.deep.equal(['chat', 'phone', 'storingslijn', 'email']);
  });

  for (const testCase of cases) {
    it(`reports ${testCase.name} at ${testCase.path}`, () => {
      const policy = designExample() as Mutable;
      testCase.change(policy);
      const result = validatePolicy(policy);
      const error = result.errors.find((e) => e.path === testCase.path);
      expect(error, `errors were: ${JSON.stringify(result.errors)}`).to.exist;
      expect(error?.message).to.match(testCase.message);
      expect(result.fatal).to.equal(false);
      if (testCase.channels) {
        expect(result.policy?.channels.map((c) => c.id)).to.deep.equal(testCase.channels);
      }
    });
  }

  it('refuses absurdly deep nesting without overflowing the stack', () => {
    const policy = designExample() as Mutable;
    let deep: Mutable = {};
    policy.channels[0].description = deep;
    for (let i = 0; i < 100_000; i++) deep = deep.x = {};
    const result = validatePolicy(policy);
    expect(result.errors.some((e) => e.path.startsWith('channels[0].description') && /nested deeper than/.test(e.message))).to.equal(true);
    expect(result.policy?.channels.map((c) => c.id)).to.deep.equal(['phone', 'storingslijn', 'email']);
  });

  it('drops a broken channel and the references to it, and keeps the rest working', () => {
    const policy = designExample() as Mutable;
    policy.channels[0].wait = { minutes: -2 };
    const result = validatePolicy(policy);
    expect(result.policy?.topics?.[0]?.channels).to.deep.equal(['email', 'phone']);
    expect(result.errors).to.deep.equal([
      { path: 'channels[0].wait.minutes', message: 'a wait cannot be negative' },
      { path: 'topics[0].channels[0]', message: 'channel "chat" has problems, so it is left out', consequence: true },
      { path: 'topics[1].channels[1]', message: 'channel "chat" has problems, so it is left out', consequence: true },
    ]);
  });

  it('reports a misspelt required key once, as the unknown key with the intended one', () => {
    const policy = designExample() as Mutable;
    policy.channels[0].lable = policy.channels[0].label;
    delete policy.channels[0].label;
    const result = validatePolicy(policy);
    expect(result.errors.filter((e) => !e.consequence)).to.deep.equal([{ path: 'channels[0].lable', message: 'unknown key "lable"; did you mean "label"?' }]);
  });

  it('reports a misspelt key that a channel type needs once', () => {
    const policy = designExample() as Mutable;
    policy.channels[3].emial = policy.channels[3].email;
    delete policy.channels[3].email;
    const result = validatePolicy(policy);
    expect(result.errors.filter((e) => !e.consequence).map((e) => e.path)).to.deep.equal(['channels[3].emial']);
  });

  it('still reports a missing key when the unknown key beside it is not a near miss', () => {
    const policy = designExample() as Mutable;
    policy.channels[0].naam = policy.channels[0].label;
    delete policy.channels[0].label;
    const paths = validatePolicy(policy).errors.map((e) => e.path);
    expect(paths).to.include.members(['channels[0].naam', 'channels[0].label']);
  });

  it('drops a broken FAQ entry, topic and notice alone', () => {
    const policy = designExample() as Mutable;
    policy.faq.push({ id: 'leeg', question: '', answer: 'x' });
    policy.topics.push({ id: 'kapot', label: 7 });
    policy.notices.push({ id: 'raar', text: 'x', level: 'urgent' });
    const result = validatePolicy(policy);
    expect((result.policy?.faq as { id: string }[]).map((f) => f.id)).to.deep.equal(['factuur-hoger']);
    expect(result.policy?.topics?.map((t) => t.id)).to.deep.equal(['factuur', 'storing']);
    expect(result.policy?.notices?.map((n) => n.id)).to.deep.equal(['storing-noord']);
    expect(result.errors.map((e) => e.path)).to.include.members(['faq[1].question', 'topics[2].label', 'notices[1].level']);
  });

  it('leaves out a notice whose topics are all broken, rather than showing it on every page', () => {
    const policy = designExample() as Mutable;
    policy.topics[1].label = 7;
    policy.faq[0].topics = ['storing'];
    const result = validatePolicy(policy);
    expect(result.policy?.notices ?? []).to.deep.equal([]);
    expect(result.errors.filter((e) => e.consequence).map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
      'faq[0].topics[0]: topic "storing" has problems, so it is left out',
      'notices[0].topics[0]: topic "storing" has problems, so it is left out',
      'notices[0]: none of its topics is usable, so the notice is left out',
    ]);
    expect(result.errors.filter((e) => !e.consequence).map((e) => e.path)).to.deep.equal(['topics[1].label']);
  });

  it('accepts a FAQ given as the address of a JSON file', () => {
    const policy = designExample() as Mutable;
    policy.faq = '/faq.json';
    const result = validatePolicy(policy);
    expect(result.errors).to.deep.equal([]);
    expect(result.policy?.faq).to.equal('/faq.json');
  });

  it('reports a FAQ address with a disallowed scheme', () => {
    const policy = designExample() as Mutable;
    policy.faq = 'javascript:alert(1)';
    const result = validatePolicy(policy);
    expect(result.errors.map((e) => e.path)).to.include('faq');
    expect(result.policy?.faq).to.equal(undefined);
  });

  describe('is fatal only when nothing usable is left', () => {
    const fatal: [string, unknown, RegExp][] = [
      ['a version other than 1', { ...designExample(), version: 2 }, /reads policy version 1, found 2/],
      ['no channels at all', { ...designExample(), channels: [] }, /no usable channel/],
      ['only broken channels', { ...designExample(), channels: [{ id: 'x', type: 'fax', label: 'X' }] }, /no usable channel/],
      ['channels that are not a list', { ...designExample(), channels: {} }, /expected a list/],
      ['a list instead of a policy', [], /expected a policy object/],
      ['null', null, /expected a policy object/],
    ];
    for (const [name, input, message] of fatal) {
      it(name, () => {
        const result = validatePolicy(input);
        expect(result.fatal).to.equal(true);
        expect(result.policy).to.equal(undefined);
        expect(result.errors.map((e) => e.message).join('\n')).to.match(message);
      });
    }
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const text = JSON.stringify(designExample()).replace(
      '"id":"chat"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"chat"',
    );
    const result = parsePolicyText(text);
    expect(({} as Mutable).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(result.policy?.channels[0])).to.equal(Object.prototype);
    expect(result.errors.map((e) => e.path)).to.include.members(['channels[0].__proto__', 'channels[0].constructor']);
    expect(result.policy?.channels[0]?.id).to.equal('chat');
  });

  it('returns fresh objects, not the caller\'s', () => {
    const input = designExample();
    const result = validatePolicy(input);
    expect(result.policy?.channels[0]).not.to.equal(input.channels[0]);
    (input.channels[0] as Mutable).label = 'changed';
    expect(result.policy?.channels[0]?.label).to.deep.equal({ nl: 'Chat', en: 'Chat' });
  });
});

describe('validatePolicyInSlices', () => {
  const policies: Array<[string, unknown]> = [
    ['the design example', designExample()],
    ...cases.map((testCase): [string, unknown] => {
      const policy = designExample() as Mutable;
      testCase.change(policy);
      return [testCase.name, policy];
    }),
    ['a misspelt required key', (() => {
      const policy = designExample() as Mutable;
      policy.channels[0].lable = policy.channels[0].label;
      delete policy.channels[0].label;
      return policy;
    })()],
    ['a policy without channels', { version: 1, locale: 'nl', timeZone: 'Europe/Amsterdam' }],
    ['no object at all', 'policy'],
  ];

  for (const [name, policy] of policies) {
    it(`finds what validatePolicy finds in ${name}`, async () => {
      expect(await validatePolicyInSlices(policy, async () => undefined)).to.deep.equal(validatePolicy(policy));
    });
  }

  it('can pause after the top level, after every list entry, and between the lists', async () => {
    const policy = designExample() as Mutable;
    let pauses = 0;
    await validatePolicyInSlices(policy, async () => void pauses++, 0);
    const entries = ['channels', 'topics', 'faq', 'notices'].reduce((sum, list) => sum + (policy[list]?.length ?? 0), 0);
    // Each entry, and: the copy of the top level, its check, the ends of channels, topics and the FAQ.
    expect(pauses).to.equal(entries + 5);
  });

  it('pauses only once a slice of time is used up', async () => {
    let pauses = 0;
    await validatePolicyInSlices(designExample(), async () => void pauses++, 60_000);
    expect(pauses).to.equal(0);
    const slow = designExample() as Mutable;
    slow.faq = Array.from({ length: 5000 }, (_, index) => ({ id: `q${index}`, question: { nl: `Vraag ${index}?` }, answer: { nl: `Antwoord ${index}.`.repeat(40) } }));
    await validatePolicyInSlices(slow, async () => void pauses++, 1);
    expect(pauses).to.be.greaterThan(1);
  });

  it('stops when a pause rejects, as a replaced load does', async () => {
    const replaced = new Error('replaced');
    let caught: unknown;
    await validatePolicyInSlices(designExample(), () => Promise.reject(replaced), 0).catch((error: unknown) => (caught = error));
    expect(caught).to.equal(replaced);
  });
});

describe('parsePolicyText', () => {
  it('reports broken JSON with its line and column', () => {
    const result = parsePolicyText('{\n  "version": 1,\n  "locale": "nl",,\n}');
    expect(result.fatal).to.equal(true);
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]).to.deep.equal({
      path: 'line 3, column 18',
      message: 'not valid JSON: expected a key in double quotes, found ",\\n}"',
      line: 3,
      column: 18,
    });
  });

  it('reports text that is not JSON at all', () => {
    const result = parsePolicyText('<html>Not found</html>');
    expect(result.fatal).to.equal(true);
    expect(result.errors[0]?.path).to.equal('line 1, column 1');
  });

  const broken: [string, string, string][] = [
    ['a missing comma', '{"version": 1\n "locale": "nl"}', 'line 2, column 2'],
    ['a trailing comma in a list, at the comma', '{"a": [1, 2,]}', 'line 1, column 12'],
    ['a trailing comma in an object, at the comma', '{"a": 1,\n}', 'line 1, column 8'],
    ['single quotes', "{'version': 1}", 'line 1, column 2'],
    ['a cut-off file', '{"version": 1, "channels": [', 'line 1, column 29'],
    ['text after the policy', '{"version": 1} x', 'line 1, column 16'],
  ];
  for (const [name, text, where] of broken) {
    it(`finds ${name} at ${where}`, () => expect(parsePolicyText(text).errors[0]?.path).to.equal(where));
  }
});

describe('locateProblems', () => {
  const text = JSON.stringify(designExample(), null, 2);
  const parsePolicyText = (policy: string) => {
    const result = parse(policy);
    return { ...result, errors: locateProblems(policy, result.errors) };
  };
  const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
  const columnOf = (needle: string) => (text.split('\n')[lineOf(needle) - 1] ?? '').indexOf(needle) + 1;

  it('places a problem with a value at the value', () => {
    const result = parsePolicyText(text.replace('"wait": {\n        "minutes": 2', '"wait": {\n        "minutes": -2'));
    const error = result.errors.find((e) => e.path === 'channels[0].wait.minutes');
    expect(error).to.include({ line: lineOf('"minutes": -2') || lineOf('"minutes": 2'), column: columnOf('"minutes": 2') + '"minutes": '.length });
  });

  it('places an unknown key at the key, and a missing key at the object that lacks it', () => {
    const result = parsePolicyText(text.replace('"locale"', '"lokale"'));
    expect(result.errors).to.deep.equal([
      { path: 'lokale', message: 'unknown key "lokale"; did you mean "locale"?', line: lineOf('"locale"'), column: 3 },
    ]);
    const missing = parsePolicyText(text.replace('"label": {\n        "nl": "Chat",\n        "en": "Chat"\n      },', ''));
    expect(missing.errors[0]).to.include({ path: 'channels[0].label', line: lineOf('"id": "chat"') - 1, column: 5 });
  });

  it('places a map key that is no day, language or date at the key', () => {
    const result = parsePolicyText(text.replace('"mon-fri": "08:00-22:00"', '"monday": "08:00-17:00"').replace('"nl": "Chat"', '"dutch": "Chat"'));
    expect(result.errors.filter((e) => !e.consequence).map(({ path, line, column }) => ({ path, line, column }))).to.deep.equal([
      { path: 'channels[0].label.dutch', line: lineOf('"nl": "Chat"'), column: columnOf('"nl": "Chat"') },
      { path: 'channels[0].hours.monday', line: lineOf('"mon-fri": "08:00-22:00"'), column: columnOf('"mon-fri": "08:00-22:00"') },
    ]);
  });

  it('lists problems in the order of the text, consequences last', () => {
    const broken = designExample() as Mutable;
    broken.notices[0].level = 'urgent';
    broken.channels[0].cost = 'gratis';
    broken.topics[0].label = 7;
    const result = parsePolicyText(JSON.stringify(broken, null, 2));
    expect(result.errors.map((e) => e.path)).to.deep.equal(['channels[0].cost', 'topics[0].label', 'notices[0].level', 'topics[1].channels[1]', 'faq[0].topics[0]', 'defaultTopic']);
    expect(result.errors[3]?.message).to.equal('channel "chat" has problems, so it is left out of topics[1]');
    expect(result.errors[4]?.message).to.equal('topic "factuur" has problems, so it is left out of faq[0]');
    expect(result.errors[5]?.message).to.equal('topic "factuur" has problems, so it is left out');
    const lines = result.errors.slice(0, 3).map((e) => e.line ?? 0);
    expect([...lines].sort((a, b) => a - b)).to.deep.equal(lines);
  });

  it('reports a key given twice at the second, naming the first', () => {
    const twice = text.replace('"locale": "nl",', '"locale": "nl",\n  "locale": "en",').replace('"minutes": 2', '"minutes": 2, "minutes": 3');
    const result = parsePolicyText(twice);
    const lines = twice.split('\n');
    const at = (needle: string, from = 0) => {
      const line = lines.findIndex((item, index) => index >= from && item.includes(needle));
      return { line: line + 1, column: (lines[line] ?? '').indexOf(needle) + 1 };
    };
    const minutes = at('"minutes": 3');
    expect(result.errors).to.deep.equal([
      { path: 'locale', message: `"locale" is given twice; the widget uses this one and ignores the one at line ${at('"locale"').line}, column 3`, line: at('"locale"').line + 1, column: 3 },
      { path: 'channels[0].wait.minutes', message: `"minutes" is given twice; the widget uses this one and ignores the one at line ${minutes.line}, column ${minutes.column - '"minutes": 2, '.length}`, ...minutes },
    ]);
  });

  it('has no positions when the policy was given as an object', () => {
    const policy = designExample() as Mutable;
    policy.channels[0].cost = 'gratis';
    expect(validatePolicy(policy).errors[0]).to.deep.equal({ path: 'channels[0].cost', message: 'expected "free", "standard", {"perMinute": 0.10, "currency": "EUR"}, {"perCall": …} or {"text": …}, found "gratis"' });
  });
});

describe('parsePolicyText on hostile text', () => {
  it('reports JSON nested a million levels deep instead of throwing', () => {
    const result = parsePolicyText('['.repeat(1_000_000));
    expect(result.fatal).to.equal(true);
    expect(result.errors[0]?.message).to.match(/not valid JSON/);
  });
});
