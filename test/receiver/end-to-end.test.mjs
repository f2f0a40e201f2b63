// The built widget in Chromium against the real receiver on 127.0.0.1: send, go offline, send,
// come back. Each message is stored once and mailed once to a local SMTP server.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { Courier, createReceiver, handleNodeRequest, smtpForwarder } from '../../lib/server/index.js';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.mjs';
import { STORES } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/kanaalwijzer.js"></script></head>
<body><h1>Factuur</h1><kanaal-wijzer policy="/contact-policy.json" topic="factuur"></kanaal-wijzer></body></html>`;

describe('the widget against the receiver', () => {
  let made;
  let smtp;
  let site;
  let browser;
  let courier;
  const mails = [];
  let mailed;

  before(async () => {
    made = await STORES.sqlite();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let raw = '';
        stream.on('data', (chunk) => (raw += chunk));
        stream.on('end', () => (mails.push(raw), mailed?.(), done()));
      },
    });
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    courier = new Courier({ store: made.store, forwarder: await smtpForwarder({ url: `smtp://127.0.0.1:${smtp.server.address().port}?ignoreTLS=true`, to: 'service@example.nl' }) });
    courier.start();
    const receiver = createReceiver({ store: made.store, allowOrigins: [], forwarding: courier });
    // The site: a page with the widget from dist/, the demo policy, and the receiver at /api/.
    site = createServer((request, response) => {
      const path = new URL(request.url, 'http://localhost').pathname;
      if (path.startsWith('/api/contact')) return void handleNodeRequest(receiver, request, response);
      const file = path === '/contact-policy.json' ? join(root, 'demo/contact-policy.json') : /^\/[\w.-]+\.js$/.test(path) ? join(root, 'dist', path) : undefined;
      if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
      try {
        const body = readFileSync(file);
        response.writeHead(200, { 'Content-Type': file.endsWith('.json') ? 'application/json' : 'text/javascript' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    site.listen(0, '127.0.0.1');
    await once(site, 'listening');
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    site?.close();
    await courier?.stop();
    await new Promise((resolve) => smtp.close(resolve));
    await made.close();
  });

  it('a message sent online and one written offline each arrive once, and are mailed once', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${site.address().port}/`);
    await page.evaluate(() => (document.querySelector('kanaal-wijzer').now = '2026-11-24T11:00:00+01:00'));
    const panel = page.locator('kanaal-wijzer [part="panel"]:popover-open');
    async function write(text) {
      if (!(await panel.isVisible())) {
        await page.locator('kanaal-wijzer [part="launcher"]').click();
        await panel.waitFor();
      }
      await page.locator('kanaal-wijzer [data-channel="email"]').click();
      await page.locator('kanaal-wijzer #email').fill('sam@example.nl');
      await page.locator('kanaal-wijzer #message').fill(text);
      await page.locator('kanaal-wijzer [part="send-button"]').click();
      const receipt = page.locator('kanaal-wijzer [part="receipt"]');
      await receipt.waitFor();
      const result = { state: await receipt.getAttribute('data-state'), reference: (await receipt.locator('.reference').innerText()).trim() };
      await receipt.getByRole('button', { name: 'Terug' }).click();
      return result;
    }

    const online = await write('Mijn factuur is hoger dan verwacht.');
    assert.equal(online.state, 'sent');
    await context.setOffline(true);
    const offline = await write('En mijn termijnbedrag klopt ook niet.');
    assert.equal(offline.state, 'queued');
    assert.equal(await made.store.count(), 1);

    const bothMailed = new Promise((resolve) => (mailed = () => mails.length >= 2 && resolve()));
    await context.setOffline(false);
    await bothMailed;
    const stored = await made.store.list(10);
    assert.equal(stored.length, 2);
    assert.deepEqual(stored.map((m) => m.body.message).sort(), ['En mijn termijnbedrag klopt ook niet.', 'Mijn factuur is hoger dan verwacht.']);
    assert.ok(stored.some((m) => m.reference === online.reference));
    await courier.runOnce();
    assert.equal(mails.length, 2);
    for (const m of stored) assert.equal(mails.filter((raw) => raw.includes(m.reference)).length, 1, `${m.reference} mailed once`);
    await context.close();
  });
});
