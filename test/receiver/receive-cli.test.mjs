// `kanaalwijzer receive` as a site owner starts it: options from the command line and the environment.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { email, ORIGIN, post } from './helpers.mjs';

const bin = fileURLToPath(new URL('../../bin/kanaalwijzer.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'kw-receive-'));

describe('kanaalwijzer receive', () => {
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('stores, confirms and mails a message, and stops on SIGTERM with exit 0', async () => {
    let delivered;
    const mail = new Promise((resolve) => (delivered = resolve));
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let raw = '';
        stream.on('data', (chunk) => (raw += chunk));
        stream.on('end', () => (delivered(raw), done()));
      },
    });
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    const env = { ...process.env, KANAALWIJZER_SMTP: `smtp://127.0.0.1:${smtp.server.address().port}?ignoreTLS=true`, KANAALWIJZER_TO: 'service@example.nl' };
    const child = spawn(process.execPath, [bin, 'receive', '--port', '0', '--store', 'inbox.sqlite', '--allow-origin', ORIGIN], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = once(child, 'exit');
    try {
      let output = '';
      let base;
      for await (const chunk of child.stdout) {
        output += chunk;
        base = /Receiving at (http:\/\/\S+) /.exec(output)?.[1];
        if (base) break;
      }
      assert.match(output, /mailing to service@example\.nl/);
      const request = post('/api/contact', email(1), { base });
      const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: await request.text() });
      assert.equal(response.status, 201);
      const { reference } = await response.json();
      assert.match(await mail, new RegExp(`Subject: Vraag 1 \\[${reference}\\]`));
      child.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => smtp.close(resolve));
    }
  });

  it('refuses to start without an origin to allow, or with "*": exit 2 with the reason', () => {
    for (const [args, reason] of [
      [[], /--allow-origin is needed/],
      [['--allow-origin', '*'], /not "\*"/],
      [['--allow-origin', ORIGIN, '--smtp', 'smtp://127.0.0.1:1'], /--smtp needs --to/],
    ]) {
      const { KANAALWIJZER_ALLOW_ORIGIN: _ignored, ...env } = process.env;
      const result = spawnSync(process.execPath, [bin, 'receive', ...args], { cwd: folder, env, encoding: 'utf8' });
      assert.equal(result.status, 2);
      assert.match(result.stderr, reason);
    }
  });
});
