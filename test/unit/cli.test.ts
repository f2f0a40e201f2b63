import { expect } from '@open-wc/testing';
import { EXIT, runCli } from '../../src/cli/cli.js';
import { designExample } from '../fixtures/policies.js';

function run(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

describe('kanaalwijzer validate', () => {
  const good = JSON.stringify(designExample());
  const broken = JSON.stringify({ ...designExample(), channels: [{ ...designExample().channels[0], hours: { 'mon-fri': '25:00-26:00' } }, designExample().channels[1]] });

  it('exits 0 and says what it found for a valid policy', () => {
    const result = run(['validate', 'policy.json'], { 'policy.json': good });
    expect(result.code).to.equal(EXIT.valid);
    expect(result.out).to.deep.equal(['valid: 4 channels, 2 topics, 1 FAQ entry, 1 notice.']);
  });

  it('exits 1 with one "path: message" line per problem', () => {
    const result = run(['validate', 'policy.json'], { 'policy.json': broken });
    expect(result.code).to.equal(EXIT.invalid);
    expect(result.out[0]).to.equal('channels[0].hours.mon-fri: "25:00-26:00" is not a time range like "08:00-17:30"');
    expect(result.out.every((line) => /^[\w[\].-]+: /.test(line))).to.equal(true);
  });

  it('exits 1 with line and column for broken JSON', () => {
    const result = run(['validate', 'p.json'], { 'p.json': '{\n  "version": 1\n  "locale": "nl"\n}' });
    expect(result.code).to.equal(EXIT.invalid);
    expect(result.out[0]).to.match(/^line 3, column 3: not valid JSON/);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(run(['validate', 'p.json'], { 'p.json': `\uFEFF${good}` }).code).to.equal(EXIT.valid);
  });

  it('exits 2 for a file it cannot read', () => {
    const result = run(['validate', 'missing.json'], {});
    expect(result.code).to.equal(EXIT.unreadable);
    expect(result.err[0]).to.match(/cannot read missing.json/);
  });

  it('prefixes lines with the file name for several files and exits with the worst status', () => {
    const result = run(['validate', 'a.json', 'b.json'], { 'a.json': good, 'b.json': broken });
    expect(result.code).to.equal(EXIT.invalid);
    expect(result.out).to.include('a.json: valid: 4 channels, 2 topics, 1 FAQ entry, 1 notice.');
    expect(result.out.some((line) => line.startsWith('b.json: channels[0].hours.mon-fri: '))).to.equal(true);
  });

  it('exits 2 with usage for a wrong command', () => {
    expect(run(['check', 'x'], {}).code).to.equal(EXIT.unreadable);
    expect(run([], {}).code).to.equal(EXIT.unreadable);
  });
});
