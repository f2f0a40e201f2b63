// `kanaalwijzer check-endpoint` (the built command) against local receivers on 127.0.0.1: one that
// keeps openapi.yaml, and copies of it that each break one rule. Each fault must be found, named,
// and make the exit status non-zero.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const bin = fileURLToPath(new URL('../../bin/kanaalwijzer.js', import.meta.url));
const PAGES = 'https://www.example.nl';

const contract = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020();
const validEmail = ajv.compile(contract.components.schemas.EmailMessage);
const validCallback = ajv.compile(contract.components.schemas.CallbackMessage);

const policy = {
  version: 1,
  locale: 'nl',
  timeZone: 'Europe/Amsterdam',
  channels: [
    { id: 'chat', type: 'chat', label: 'Chat', href: 'https://www.example.nl/chat', wait: { minutes: 2 } },
    { id: 'phone', type: 'phone', label: 'Bellen', href: 'tel:+31201234567', wait: { minutes: 6 } },
    { id: 'email', type: 'email', label: 'E-mail', email: { endpoint: '/api/contact', to: 'service@example.nl' } },
    { id: 'terugbellen', type: 'callback', label: 'Bel mij terug', callback: { endpoint: '/api/callback' } },
  ],
  live: { url: '/api/live-waits' },
  insights: { endpoint: '/api/insights' },
};

/**
 * A receiver that keeps the contract, with `faults` to break one rule at a time: `cors: false`
 * (no preflight, no Access-Control-Allow-Origin), `idempotent: false` (a new record per request),
 * `html` (200 with a web page), `delayMs` (answers late), `errorType` (errors not as problem+json),
 * `busy` (every message answered 503 without Retry-After), and the live feed's `liveType` and `liveBody`.
 */
function receiver(faults = {}) {
  const { cors = true, idempotent = true, html = false, delayMs = 0, errorType = 'application/problem+json', busy = false } = faults;
  const { liveType = 'application/json', liveBody = { chat: 1, phone: 7 } } = faults;
  const records = new Map();
  const requests = [];
  let serial = 0;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => setTimeout(() => answer(request, response, body), delayMs));
  });

  function send(response, status, type, body, headers = {}) {
    response.writeHead(status, { ...(type && { 'Content-Type': type }), ...(cors && { 'Access-Control-Allow-Origin': PAGES, Vary: 'Origin' }), ...headers });
    response.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
  }
  const problem = (response, status, detail) => send(response, status, errorType, { type: 'about:blank', title: detail, status, detail });

  function answer(request, response, body) {
    const path = new URL(request.url, 'http://localhost').pathname;
    requests.push({ method: request.method, path, test: request.headers['kanaalwijzer-test'] });
    if (request.method === 'OPTIONS') {
      if (!cors || request.headers.origin !== PAGES) return send(response, 404, 'text/plain', 'not found');
      return send(response, 204, undefined, undefined, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '86400' });
    }
    if (html) return send(response, 200, 'text/html; charset=utf-8', '<!doctype html><title>Helder Energie</title><p>Welkom');
    if (path === '/api/live-waits' && request.method === 'GET') return send(response, 200, liveType, liveBody);
    if (path === '/api/insights' && request.method === 'POST') {
      if (!/^(text\/plain|application\/json)/.test(request.headers['content-type'] ?? '')) return problem(response, 415, 'Send the batch as JSON.');
      return send(response, 204);
    }
    if ((path === '/api/contact' || path === '/api/callback') && request.method === 'POST') {
      if (busy) return problem(response, 503, 'We are busy.');
      const key = request.headers['idempotency-key'];
      let message;
      try {
        message = JSON.parse(body);
      } catch {
        return problem(response, 400, 'The body is not JSON.');
      }
      const valid = path === '/api/contact' ? validEmail : validCallback;
      if (!key || !valid(message)) return problem(response, 400, 'This message is not complete.');
      const known = records.get(key);
      if (known && idempotent) return known.body === body ? send(response, 201, 'application/json', { reference: known.reference }) : problem(response, 422, 'This key was used for another message.');
      const reference = `HE-${++serial}`;
      records.set(idempotent ? key : randomUUID(), { body, reference });
      return send(response, 201, 'application/json', { reference });
    }
    return problem(response, 404, 'Not here.');
  }

  return {
    records,
    requests,
    listen: () => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`))),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

let folder;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanaalwijzer-check-'));
  writeFileSync(join(folder, 'policy.json'), JSON.stringify(policy));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built command against a receiver (asynchronously: the receiver answers from this process). */
function check(site, ...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'check-endpoint', 'policy.json', '--site', site, ...args], { cwd: folder, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

async function against(faults, ...args) {
  const server = receiver(faults);
  const site = await server.listen();
  try {
    const text = await check(site, ...args);
    const json = await check(site, ...args, '--json');
    const verdicts = JSON.parse(json.stdout).flatMap((report) => report.checks.map((c) => ({ kind: report.kind, ...c })));
    return { ...text, verdicts, failed: verdicts.filter((c) => c.verdict === 'fail'), server };
  } finally {
    await server.close();
  }
}

const failedChecks = (result) => [...new Set(result.failed.map((c) => `${c.kind} ${c.check}`))].sort();

describe('kanaalwijzer check-endpoint', () => {
  it('passes a receiver that keeps the contract, stores one record per probe, and exits 0', async () => {
    const result = await against({}, '--origin', PAGES);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(result.failed, []);
    assert.deepEqual(result.verdicts.filter((c) => c.verdict !== 'pass'), []);
    // The text run and the --json run each stored one email and one call-back request.
    assert.equal(result.server.records.size, 4);
    assert.ok(result.server.requests.filter((r) => r.method === 'POST').every((r) => r.test === '1'));
    assert.match(result.stdout, /^  PASS  CORS preflight +204; allows https:\/\/www\.example\.nl, POST, content-type,idempotency-key$/m);
    assert.match(result.stdout, /^\d+ checks: (\d+) passed, 0 failed, 0 warnings, 0 skipped\.$/m);
  });

  it('with --dry-run, only asks preflights and GETs', async () => {
    const result = await against({}, '--origin', PAGES, '--dry-run');
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual([...new Set(result.server.requests.map((r) => r.method))].sort(), ['GET', 'OPTIONS']);
    assert.equal(result.server.records.size, 0);
  });

  it('finds a receiver without CORS for pages on another origin', async () => {
    const result = await against({ cors: false }, '--origin', PAGES);
    assert.equal(result.code, 1);
    assert.deepEqual(failedChecks(result), ['callback cors-answer', 'callback preflight', 'email cors-answer', 'email preflight', 'insights cors-answer', 'insights preflight', 'live cors-answer']);
    assert.match(result.stdout, /FAIL  CORS preflight +status 404; Access-Control-Allow-Origin is missing; POST is not in Access-Control-Allow-Methods/);
    assert.match(result.stdout, /fix: Answer OPTIONS from https:\/\/www\.example\.nl with Access-Control-Allow-Origin/);
  });

  it('needs no CORS when the pages are on the endpoint\'s own origin', async () => {
    const result = await against({ cors: false });
    assert.equal(result.code, 0, result.stdout);
    assert.equal(result.verdicts.filter((c) => c.check === 'preflight' || c.check === 'cors-answer').length, 0);
  });

  it('finds a second record for the same key', async () => {
    const result = await against({ idempotent: false });
    assert.equal(result.code, 1);
    assert.deepEqual(failedChecks(result), ['callback same-key-other-body', 'callback same-key-same-body', 'email same-key-other-body', 'email same-key-same-body']);
    assert.match(result.stdout, /FAIL  same key twice +a second record: reference "HE-1", then "HE-2"/);
    assert.match(result.stdout, /fix: Store one message per Idempotency-Key/);
  });

  it('finds a 200 with a web page', async () => {
    const result = await against({ html: true });
    assert.equal(result.code, 1);
    assert.ok(failedChecks(result).includes('email json-answer'));
    assert.ok(failedChecks(result).includes('live live-json'));
    assert.match(result.stdout, /FAIL  answer is JSON +200 with text\/html: "<!doctype html>/);
  });

  it('gives up on a slow answer after --timeout and says so', async () => {
    const result = await against({ delayMs: 3000 }, '--timeout', '0.5');
    assert.equal(result.code, 1);
    assert.deepEqual(failedChecks(result), ['callback accepts-probe', 'email accepts-probe', 'insights insights-json', 'insights insights-text-plain', 'live live-answers']);
    assert.match(result.stdout, /FAIL  takes a test message +no answer within 0\.5 s/);
  });

  it('finds errors that are not problem+json, and a live feed that is not JSON', async () => {
    const result = await against({ errorType: 'application/json', liveType: 'text/plain' });
    assert.equal(result.code, 1);
    assert.deepEqual(failedChecks(result), ['callback problem-json', 'email problem-json', 'live live-json']);
    assert.match(result.stdout, /FAIL  errors as problem\+json +422 as application\/json, 400 as application\/json/);
  });

  it('finds a 503 without Retry-After', async () => {
    const result = await against({ busy: true });
    assert.equal(result.code, 1);
    assert.deepEqual(failedChecks(result), ['callback accepts-probe', 'callback retry-after', 'email accepts-probe', 'email retry-after']);
    assert.match(result.stdout, /FAIL  Retry-After +503 without a valid Retry-After/);
  });

  it('finds live waits out of range, and warns of ids the policy lacks', async () => {
    const result = await against({ liveBody: { chat: -5, phone: 9999, bellen: 3 } });
    assert.equal(result.code, 1);
    assert.deepEqual(failedChecks(result), ['live live-shape']);
    assert.match(result.stdout, /FAIL  shape and ranges +chat: Invalid value: Expected >=0 but received -5; phone: Invalid value: Expected <=600 but received 9999/);
    const unknownIds = await against({ liveBody: { chat: 1, bellen: 3 } });
    assert.equal(unknownIds.code, 0);
    assert.match(unknownIds.stdout, /WARN  channel ids +not channels of the policy: bellen/);
  });
});

describe('kanaalwijzer check-endpoint, called wrongly', () => {
  it('exits 2 without --site', async () => {
    const result = await check('');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--site needs an address/);
  });
});
