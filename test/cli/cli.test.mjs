// The installed command as a site owner runs it: `node bin/kanaalwijzer.js` (built lib/) and
// `npm run validate`, each from a folder other than the package's. Run with `npm run test:cli`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/kanaalwijzer.js');
let folder;

/** Runs the command in `folder`, without the INIT_CWD of whatever npm started this test. */
function run(args, { npm = false } = {}) {
  const { INIT_CWD: _ignored, ...env } = process.env;
  const [command, commandArgs] = npm ? ['npm', ['--prefix', root, 'run', '--silent', ...args]] : [process.execPath, [bin, ...args]];
  const result = spawnSync(command, commandArgs, { cwd: folder, env, encoding: 'utf8' });
  return { code: result.status, out: result.stdout.trim().split('\n'), stdout: result.stdout, err: result.stderr.replace(/^npm warn .*\n/gm, '') };
}

/** The demo policy with two typos: `timeZone` spelt `timezone`, and a negative wait for the chat channel every topic uses. */
function twoTypos() {
  return readFileSync(join(root, 'demo/contact-policy.json'), 'utf8').replace('"timeZone"', '"timezone"').replace('"minutes": 3', '"minutes": -3');
}

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanaalwijzer-cli-'));
  writeFileSync(join(folder, 'two-typos.json'), twoTypos());
  mkdirSync(join(folder, 'beleid'));
  writeFileSync(join(folder, 'beleid/goed.json'), readFileSync(join(root, 'demo/contact-policy.json')));
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('kanaalwijzer validate', () => {
  it('prints two problems for two typos, each at file:line:column, and one line for the topics that lose the channel', () => {
    const result = run(['validate', 'two-typos.json']);
    assert.equal(result.code, 1);
    assert.deepEqual(result.out, [
      'two-typos.json:5:3: timezone: unknown key "timezone"; did you mean "timeZone"? Until it is fixed, opening hours are read in Europe/Amsterdam.',
      'two-typos.json:35:20: channels[0].wait.minutes: a wait cannot be negative',
      'two-typos.json:268:9: topics[0].channels[0]: channel "chat" has problems, so it is left out of topics[0], topics[1], topics[2], topics[3] and topics[4]',
      'two-typos.json: 2 problems; the widget drops what is broken and shows the rest (7 channels, 5 topics, 34 FAQ entries, 3 notices).',
    ]);
    assert.equal(result.err, '');
  });

  it('points at the value itself: line 35, column 20 is where -3 starts', () => {
    const line = twoTypos().split('\n')[34];
    assert.equal(line.slice(19), '-3');
  });

  it('reports a key given twice at the second one, which the widget uses (exit 1)', () => {
    writeFileSync(join(folder, 'twice.json'), readFileSync(join(root, 'demo/contact-policy.json'), 'utf8').replace('"locale": "nl",', '"locale": "nl",\n  "locale": "en",'));
    const result = run(['validate', 'twice.json']);
    assert.equal(result.code, 1);
    assert.deepEqual(result.out, [
      'twice.json:5:3: locale: "locale" is given twice; the widget uses this one and ignores the one at line 4, column 3',
      'twice.json: 1 problem; the widget drops what is broken and shows the rest (8 channels, 5 topics, 34 FAQ entries, 3 notices).',
    ]);
  });

  it('finds relative paths from the folder it is run in', () => {
    const result = run(['validate', 'beleid/goed.json']);
    assert.equal(result.code, 0);
    assert.deepEqual(result.out, ['beleid/goed.json: valid: 8 channels, 5 topics, 34 FAQ entries, 3 notices.']);
  });

  it('finds relative paths from the folder npm was run in (INIT_CWD), not the package root', () => {
    const result = run(['validate', '--', 'beleid/goed.json'], { npm: true });
    assert.equal(result.code, 0, result.stdout + result.err);
    assert.match(result.stdout, /^beleid\/goed\.json: valid: 8 channels/m);
  });

  it('exits 2 for a file it cannot read and names the absolute path it tried', () => {
    const result = run(['validate', 'mijn-beleid.json']);
    assert.equal(result.code, 2);
    assert.deepEqual(result.out, [`mijn-beleid.json: cannot read ${resolve(folder, 'mijn-beleid.json')}: no such file or folder`]);
  });

  it('puts everything on stdout, file after file, and exits with the worst status', () => {
    const result = run(['validate', 'beleid/goed.json', 'two-typos.json', 'nergens.json']);
    assert.equal(result.code, 2);
    assert.equal(result.err, '');
    const files = result.out.map((line) => line.split(':')[0]);
    assert.deepEqual(files.filter((file, index) => file !== files[index - 1]), ['beleid/goed.json', 'two-typos.json', 'nergens.json']);
  });

  it('prints {file, valid, problems: [{path, line, column, message}]} per file with --json', () => {
    const result = run(['validate', '--json', 'two-typos.json', 'beleid/goed.json']);
    assert.equal(result.code, 1);
    const [typos, good] = JSON.parse(result.stdout);
    assert.deepEqual(good, { file: 'beleid/goed.json', valid: true, problems: [], notes: [] });
    assert.equal(typos.valid, false);
    assert.deepEqual(typos.problems[1], { path: 'channels[0].wait.minutes', line: 35, column: 20, message: 'a wait cannot be negative' });
    assert.equal(typos.problems.length, 2);
    assert.equal(typos.notes.length, 1);
  });

  it('exits 2 with usage on stderr when called wrongly', () => {
    const result = run(['valideer', 'x.json']);
    assert.equal(result.code, 2);
    assert.match(result.err, /^Usage:/);
  });
});

describe('kanaalwijzer init', () => {
  it('writes a valid starter policy whose $schema leads to the installed policy.schema.json', () => {
    const result = run(['init', 'beleid/start.json']);
    assert.equal(result.code, 0, result.stdout);
    const policy = JSON.parse(readFileSync(join(folder, 'beleid/start.json'), 'utf8'));
    const schema = resolve(folder, 'beleid', policy.$schema);
    assert.equal(schema, join(root, 'policy.schema.json'));
    assert.ok(existsSync(schema));
    assert.deepEqual([policy.channels.length, policy.topics.length, policy.faq.length], [2, 1, 3]);
    assert.deepEqual(Object.keys(policy.channels[0].label), ['nl', 'en']);
    const check = run(['validate', 'beleid/start.json']);
    assert.equal(check.code, 0, check.stdout);
  });

  it('writes contact-policy.json when given no name, and never replaces a file', () => {
    assert.equal(run(['init']).code, 0);
    const before = readFileSync(join(folder, 'contact-policy.json'), 'utf8');
    const again = run(['init']);
    assert.equal(again.code, 2);
    assert.deepEqual(again.out, [`contact-policy.json: cannot write ${join(folder, 'contact-policy.json')}: a file with that name exists`]);
    assert.equal(readFileSync(join(folder, 'contact-policy.json'), 'utf8'), before);
  });
});
