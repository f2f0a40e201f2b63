// A forged event log, as anyone can post one to an insights endpoint, read with the installed
// command: what it prints must not steer the terminal. Run with `npm run test:cli`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/kanaalwijzer.js');
const ESC = '\u001b';
const BEL = '\u0007';
const at = '2026-11-24T10:00:00.000Z';
const event = (type, detail) => JSON.stringify({ type, detail, at });

const FORGED = [
  // Sets the terminal's title.
  event('kw-open', { topic: `${ESC}]0;Uw sessie is verlopen${BEL}` }),
  // A link to a login page that shows as "bellen".
  event('kw-channel-select', { topic: 'factuur', channel: `${ESC}]8;;https://login.example/${ESC}\\bellen${ESC}]8;;${ESC}\\`, open: true }),
  // Moves the cursor up over earlier lines and clears them.
  event('kw-faq-open', { topic: 'factuur', id: `${ESC}[2A${ESC}[2Knep-antwoord`, query: 'x', source: 'search' }),
  event('kw-feedback', { topic: 'factuur', target: `goed\u007f\u007f\u007f\u007fslecht`, helpful: true }),
  // C1 controls where no id is checked: CSI as the single byte 9B, and DEL.
  event('kw-channel-select', { topic: 'factuur', channel: 'chat', open: true, urgency: '\u009b2J\u007f' }),
  event('kw-faq-suggest', { topic: 'factuur', query: `rente${ESC}[31m\u009b5m${BEL} berekenen`, results: [], source: 'search' }),
];
const GOOD = [event('kw-open', { topic: 'factuur' }), event('kw-channel-select', { topic: 'factuur', channel: 'chat', open: true, urgency: 'now' })];

/** A control character of C0 other than the line break, DEL, or C1. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let folder;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanaalwijzer-forged-'));
  writeFileSync(join(folder, 'forged.ndjson'), [...FORGED, ...GOOD].join('\n'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

function run(args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertNoEscapes(bytes) {
  for (const byte of [0x1b, 0x07, 0x7f]) assert.equal(bytes.indexOf(byte), -1, `byte 0x${byte.toString(16)} at ${bytes.indexOf(byte)}`);
  const text = bytes.toString('utf8');
  assert.doesNotMatch(text, CONTROL);
}

describe('kanaalwijzer insights on a forged log', () => {
  it('prints no escape byte and no control character, and says how many events it ignored', () => {
    const result = run(['insights', 'forged.ndjson']);
    assert.equal(result.code, 0);
    assertNoEscapes(result.stdout);
    assertNoEscapes(result.stderr);
    const lines = result.stdout.toString('utf8').split('\n');
    assert.equal(lines[0], 'Kanaalwijzer insights: 2026-11-24 10:00 – 2026-11-24 10:00 UTC, 4 events (4 events with forged ids ignored).');
    assert.ok(!lines.some((line) => line.includes('bellen') || line.includes('nep-antwoord') || line.includes('slecht')), 'a forged id is printed');
    // The escape is gone, and the digits it carried are masked again when the log is read.
    assert.ok(lines.includes('"rente [##m #m berekenen"  factuur         1          1           0'), lines.join('\n'));
  });

  it('prints no escape byte with --json either, where DEL and C1 are not escaped by JSON itself', () => {
    const result = run(['insights', 'forged.ndjson', '--json']);
    assert.equal(result.code, 0);
    assertNoEscapes(result.stdout);
    const report = JSON.parse(result.stdout.toString('utf8'));
    assert.equal(report.forgedIds, 4);
    assert.deepEqual(report.total.channels.map((picks) => picks.channel), ['chat']);
    assert.deepEqual(Object.keys(report.total.channels[0].byUrgency).sort(), ['2J', 'now']);
  });
});
