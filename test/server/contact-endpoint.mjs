// A contact endpoint for the tests, served by the test runner itself: real HTTP, not a mocked
// fetch. The `mode` query parameter picks its behaviour; messages are stored by Idempotency-Key,
// as a well-behaved endpoint does, so a retried message is stored once.
// Every body it receives is also checked against the request schema openapi.yaml declares for
// its operation, and the verdicts are kept for /test-api/contract: the widget's real requests
// hold to the contract, not a copy of it.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';

// One store per engine: the engines run at the same time, and one engine's reset must not wipe
// what another engine's test is about to read.
const stores = new Map();

function storeFor(ctx) {
  const engine = engineOf(ctx.get('User-Agent'));
  if (!stores.has(engine)) stores.set(engine, { stored: new Map(), attempts: new Map(), firstSeen: new Map(), verdicts: [], seen: [] });
  return stores.get(engine);
}

const contract = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });

/** The validator for the body of one operation in openapi.yaml, found as a reader of the file would. */
function requestValidator(operationId, mediaType) {
  const operation = Object.values(contract.paths)
    .flatMap((path) => Object.values(path))
    .find((candidate) => candidate.operationId === operationId);
  const { $ref } = operation.requestBody.content[mediaType].schema;
  return ajv.compile($ref.split('/').slice(1).reduce((node, key) => node[key], contract));
}

const validators = {
  sendEmail: requestValidator('sendEmail', 'application/json'),
  requestCallback: requestValidator('requestCallback', 'application/json'),
  sendInsights: requestValidator('sendInsights', 'text/plain'),
};

/** `operationFor` names the operation a body was sent for: one endpoint may take emails and call-back requests. */
function judge(verdicts, operationFor, text, contentType) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    verdicts.push({ operationId: operationFor(undefined), contentType, valid: false, errors: ['not JSON'] });
    return;
  }
  const operationId = operationFor(body);
  const validate = validators[operationId];
  const valid = validate(body);
  verdicts.push({ operationId, contentType, valid, errors: valid ? [] : validate.errors.map((error) => `${error.instancePath || '/'} ${error.message}`) });
}

function readBody(req) {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

function reply(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

// Engines without request routing (Firefox over BiDi, WebKit over WebDriver classic) go offline
// here instead: the endpoint drops the connection for requests from that engine.
const offlineEngines = new Set();

function engineOf(userAgent = '') {
  if (userAgent.includes('Firefox/')) return 'firefox';
  if (userAgent.includes('AppleWebKit') && !userAgent.includes('Chrome/')) return 'webkit';
  return 'chromium';
}

export async function contactEndpoint(ctx, next) {
  const { stored, attempts, firstSeen, verdicts, seen } = storeFor(ctx);
  if (ctx.path === '/test-api/messages') return reply(ctx, 200, [...stored.values()]);
  // Every request that reached the endpoint, answered or not, with the cookie it carried.
  if (ctx.path === '/test-api/seen') return reply(ctx, 200, seen);
  if (ctx.path === '/test-api/contract') return reply(ctx, 200, verdicts);
  if (ctx.path === '/test-api/reset') {
    stored.clear();
    attempts.clear();
    firstSeen.clear();
    verdicts.length = 0;
    seen.length = 0;
    return reply(ctx, 200, {});
  }
  if (ctx.path === '/test-api/insights' && ctx.method === 'POST') {
    judge(verdicts, () => 'sendInsights', await readBody(ctx.req), ctx.get('Content-Type'));
    ctx.status = 204;
    return undefined;
  }
  if (ctx.path === '/test-api/live') {
    if (ctx.query.mode === 'good') return reply(ctx, 200, { chat: 1, phone: 9 });
    if (ctx.query.mode === 'garbage') {
      return reply(ctx, 200, { chat: -5, phone: 'NaN', email: '<img src=x onerror=alert(1)>', storingslijn: 1e9, extra: [1] });
    }
    return reply(ctx, 500, { message: 'feed down' });
  }
  if (ctx.path !== '/test-api/contact') return next();
  if (offlineEngines.has(engineOf(ctx.get('User-Agent')))) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return undefined;
  }

  const key = ctx.get('Idempotency-Key') || 'none';
  const attempt = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, attempt);
  const body = await readBody(ctx.req);
  const cookie = ctx.get('Cookie') || null;
  seen.push({ key, cookie });
  judge(verdicts, (parsed) => (parsed?.kind === 'callback' ? 'requestCallback' : 'sendEmail'), body, ctx.get('Content-Type'));
  const store = () => stored.set(key, { key, attempt, body: JSON.parse(body), cookie });
  const firstTime = attempt === 1;
  if (!firstSeen.has(key)) firstSeen.set(key, Date.now());

  switch (ctx.query.mode) {
    case 'ok':
      store();
      return reply(ctx, 200, { reference: 'SRV-2026-0042' });
    case 'ok-no-reference':
      store();
      return reply(ctx, 201, { received: true });
    case 'ok-slowly':
      // Time for the visitor to go elsewhere before the answer comes.
      await new Promise((done) => setTimeout(done, 1500));
      store();
      return reply(ctx, 200, { reference: 'SRV-2026-0043' });
    case '503-then-ok':
      if (firstTime) return reply(ctx, 503, { message: 'busy' }, { 'Retry-After': '1' });
      store();
      return reply(ctx, 200, {});
    case '503':
      return reply(ctx, 503, { message: 'busy' }, { 'Retry-After': '1' });
    case '429-then-ok':
      if (firstTime) return reply(ctx, 429, { message: 'slow down' }, { 'Retry-After': '1' });
      store();
      return reply(ctx, 200, {});
    case 'drop-for-a-second':
      // Stores the message, then drops the connection before answering, so the browser cannot
      // know it arrived. For a whole second, because Chromium itself quickly retries a POST when
      // a reused connection closes; only the outbox's own, later retry gets an answer.
      store();
      if (Date.now() - firstSeen.get(key) < 1000) {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return undefined;
      }
      return reply(ctx, 200, {});
    case '400':
      return reply(ctx, 400, { message: 'Dit e-mailadres accepteren we niet' });
    default:
      return reply(ctx, 500, { message: `unknown mode ${ctx.query.mode}` });
  }
}

const ENDPOINT = '**/test-api/contact**';

/**
 * `set-offline` makes the browser fail every request to the contact endpoint the way a lost
 * connection does (the page's own link to the test runner stays up), or lets them through again.
 */
export function offlineCommand() {
  return {
    name: 'kanaalwijzer-offline',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-offline') return undefined;
      if (session.browser.type === 'playwright') {
        const page = session.browser.getPage(session.id);
        await page.unroute(ENDPOINT);
        if (payload?.offline) await page.route(ENDPOINT, (route) => route.abort('internetdisconnected'));
        return true;
      }
      // Per engine, which is safe because the config runs one test file at a time in each of them.
      const engine = /firefox/i.test(session.browser.name) ? 'firefox' : 'webkit';
      if (payload?.offline) offlineEngines.add(engine);
      else offlineEngines.delete(engine);
      return true;
    },
  };
}
