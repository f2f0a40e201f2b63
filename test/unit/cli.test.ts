// The command's logic with a pretend file system; test/cli/cli.test.ts runs the real command.
import { expect } from '@open-wc/testing';
import { EXIT, runCli } from '../../src/cli/cli.js';
import { parsePolicyText } from '../../src/policy/validate.js';
import { designExample } from '../fixtures/policies.js';

function run(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    resolve: (path) => (path.startsWith('/') ? path : `/here/${path}`),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    createFile: (path, text) => {
      if (path in files) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
      files[path] = text;
    },
    schemaReference: () => './node_modules/kanaalwijzer/policy.schema.json',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const pretty = (policy: unknown) => JSON.stringify(policy, null, 2);

describe('kanaalwijzer validate', () => {
  const good = pretty(designExample());
  const brokenPolicy = designExample();
  brokenPolicy.channels[0] = { ...brokenPolicy.channels[0]!, hours: { 'mon-fri': '25:00-26:00' } };
  const broken = pretty(brokenPolicy);

  it('exits 0 and says what it found for a valid policy', () => {
    const result = run(['validate', 'policy.json'], { '/here/policy.json': good });
    expect(result.code).to.equal(EXIT.valid);
    expect(result.out).to.deep.equal(['policy.json: valid: 4 channels, 2 topics, 1 FAQ entry, 1 notice.']);
  });

  it('exits 1 with "file:line:column: path: message" at the value in question', () => {
    const result = run(['validate', 'policy.json'], { '/here/policy.json': broken });
    expect(result.code).to.equal(EXIT.invalid);
    const line = broken.split('\n').findIndex((text) => text.includes('"25:00-26:00"')) + 1;
    const column = (broken.split('\n')[line - 1] ?? '').indexOf('"25:00-26:00"') + 1;
    expect(result.out[0]).to.equal(`policy.json:${line}:${column}: channels[0].hours.mon-fri: "25:00-26:00" is not a time range like "08:00-17:30"`);
    expect(result.out.at(-1)).to.match(/^policy\.json: 1 problem; the widget drops what is broken/);
  });

  it('reports a misspelt key once, at the key, with the key it should be', () => {
    const result = run(['validate', 'p.json'], { '/here/p.json': good.replace('"timeZone"', '"timezone"') });
    expect(result.out).to.deep.equal([
      'p.json:4:3: timezone: unknown key "timezone"; did you mean "timeZone"? Until it is fixed, opening hours are read in Europe/Amsterdam.',
      'p.json: 1 problem; the widget drops what is broken and shows the rest (4 channels, 2 topics, 1 FAQ entry, 1 notice).',
    ]);
  });

  it('reports a broken channel once, and the topics that lose it in one line that is not counted', () => {
    const policy = designExample();
    policy.channels[0] = { ...policy.channels[0]!, wait: { minutes: -2 } };
    const result = run(['validate', 'p.json'], { '/here/p.json': pretty(policy) });
    expect(result.out.map((line) => line.replace(/^p\.json:\d+:\d+: /, ''))).to.deep.equal([
      'channels[0].wait.minutes: a wait cannot be negative',
      'topics[0].channels[0]: channel "chat" has problems, so it is left out of topics[0] and topics[1]',
      'p.json: 1 problem; the widget drops what is broken and shows the rest (3 channels, 2 topics, 1 FAQ entry, 1 notice).',
    ]);
  });

  it('exits 1 with line and column for broken JSON', () => {
    const result = run(['validate', 'p.json'], { '/here/p.json': '{\n  "version": 1\n  "locale": "nl"\n}' });
    expect(result.code).to.equal(EXIT.invalid);
    expect(result.out[0]).to.match(/^p\.json:3:3: not valid JSON/);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(run(['validate', 'p.json'], { '/here/p.json': `\uFEFF${good}` }).code).to.equal(EXIT.valid);
  });

  it('exits 2 for a file it cannot read, naming the path it tried', () => {
    const result = run(['validate', 'missing.json'], {});
    expect(result.code).to.equal(EXIT.unreadable);
    expect(result.out).to.deep.equal(['missing.json: cannot read /here/missing.json: no such file or folder']);
  });

  it('reports several files in order, all on stdout, and exits with the worst status', () => {
    const result = run(['validate', 'a.json', 'b.json', 'c.json'], { '/here/a.json': good, '/here/b.json': broken });
    expect(result.code).to.equal(EXIT.unreadable);
    expect(result.err).to.deep.equal([]);
    const files = result.out.map((line) => line.split(':')[0]);
    expect(files.filter((file, index) => file !== files[index - 1])).to.deep.equal(['a.json', 'b.json', 'c.json']);
    expect(result.out.at(-1)).to.equal('c.json: cannot read /here/c.json: no such file or folder');
  });

  it('prints {file, valid, problems} per file with --json', () => {
    const result = run(['validate', '--json', 'a.json', 'b.json'], { '/here/a.json': good, '/here/b.json': broken });
    expect(result.code).to.equal(EXIT.invalid);
    const reports = JSON.parse(result.out.join('\n'));
    expect(reports[0]).to.deep.equal({ file: 'a.json', valid: true, problems: [], notes: [] });
    expect(reports[1].valid).to.equal(false);
    expect(reports[1].problems[0]).to.include({ path: 'channels[0].hours.mon-fri', line: broken.split('\n').findIndex((text) => text.includes('25:00-26:00')) + 1 });
    expect(reports[1].problems[0].column).to.be.a('number');
  });

  it('exits 2 with usage for a wrong command', () => {
    expect(run(['check', 'x'], {}).code).to.equal(EXIT.unreadable);
    expect(run(['toString'], {}).code).to.equal(EXIT.unreadable);
    expect(run([], {}).code).to.equal(EXIT.unreadable);
    expect(run(['validate'], {}).err[0]).to.match(/^Usage: kanaalwijzer validate/);
  });
});

describe('kanaalwijzer init', () => {
  it('writes a valid starter policy with $schema, two channels, one topic and three questions in Dutch and English', () => {
    const files: Record<string, string> = {};
    const result = run(['init'], files);
    expect(result.code).to.equal(EXIT.valid);
    const text = files['/here/contact-policy.json'] as string;
    const checked = parsePolicyText(text);
    expect(checked.errors).to.deep.equal([]);
    const policy = JSON.parse(text);
    expect(policy.$schema).to.equal('./node_modules/kanaalwijzer/policy.schema.json');
    expect([policy.channels.length, policy.topics.length, policy.faq.length]).to.deep.equal([2, 1, 3]);
    expect(Object.keys(policy.faq[0].question)).to.deep.equal(['nl', 'en']);
  });

  it('never replaces an existing file', () => {
    const files = { '/here/mine.json': 'mine' };
    const result = run(['init', 'mine.json'], files);
    expect(result.code).to.equal(EXIT.unreadable);
    expect(result.out[0]).to.equal('mine.json: cannot write /here/mine.json: a file with that name exists');
    expect(files['/here/mine.json']).to.equal('mine');
  });
});
