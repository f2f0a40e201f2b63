/**
 * The checks behind `kanaalwijzer check-endpoint`: each endpoint a policy names is asked what the
 * widget would ask it, and each answer is held to openapi.yaml. Probes carry the test header, so a
 * receiver that keeps the contract stores them once and forwards nothing.
 */
import * as v from 'valibot';
import { LiveWaitsSchema } from '../contract/feeds.js';
import { IDEMPOTENCY_KEY_HEADER, REFERENCE_PATTERN, RETRYABLE_STATUSES, TEST_HEADER } from '../contract/http.js';
import type { CallbackMessage, EmailMessage } from '../contract/messages.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/problem.js';
import type { Policy } from '../policy/schema.js';

export type EndpointKind = 'email' | 'callback' | 'live' | 'insights';
export type Verdict = 'pass' | 'fail' | 'warn' | 'skip';

export interface CheckResult {
  /** A stable name, for --json. */
  check: string;
  verdict: Verdict;
  /** What was found. */
  found: string;
  /** What to change, for a failure or a warning. */
  fix?: string;
}

export interface EndpointReport {
  kind: EndpointKind;
  url: string;
  /** The channels that send to it (messages only). */
  channels: string[];
  checks: CheckResult[];
}

export interface CheckOptions {
  /** The origin of the pages that carry the widget, sent as Origin. */
  origin: string;
  /** Preflight and GET only: nothing is POSTed. */
  dryRun: boolean;
  timeoutMs: number;
}

export interface Endpoint {
  kind: EndpointKind;
  url: string;
  channels: string[];
}

/** Every endpoint the policy names, resolved against the site, once per kind and address. */
export function endpointsOf(policy: Policy, site: string): Endpoint[] {
  const found = new Map<string, Endpoint>();
  const add = (kind: EndpointKind, address: string, channel?: string) => {
    const url = new URL(address, site).href;
    const endpoint = found.get(`${kind} ${url}`) ?? { kind, url, channels: [] };
    if (channel) endpoint.channels.push(channel);
    found.set(`${kind} ${url}`, endpoint);
  };
  for (const channel of policy.channels) {
    if (channel.email?.endpoint) add('email', channel.email.endpoint, channel.id);
    if (channel.callback?.endpoint) add('callback', channel.callback.endpoint, channel.id);
  }
  if (policy.live) add('live', policy.live.url);
  if (policy.insights) add('insights', policy.insights.endpoint);
  return [...found.values()];
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  ms: number;
}
type Outcome = Answer | { error: string };

const isAnswer = (outcome: Outcome): outcome is Answer => 'status' in outcome;
const ok = (answer: Answer) => answer.status >= 200 && answer.status < 300;
const retryable = (status: number) => status >= 500 || (RETRYABLE_STATUSES as readonly number[]).includes(status);
const mediaType = (answer: Answer) => (answer.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
const isJsonType = (type: string) => type === 'application/json' || type.endsWith('+json');
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const CONTRACT = 'openapi.yaml';

async function ask(url: string, init: RequestInit, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  try {
    // A redirect is reported, not followed: a browser cannot follow one from a preflight.
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, ms: performance.now() - started };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { error: `no answer within ${seconds(timeoutMs)}` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: `no answer: ${cause?.code ?? cause?.message ?? (error as Error).message}` };
  }
}

/** Why an answer is not the one hoped for, in words, with its problem detail when it has one. */
function described(outcome: Outcome): string {
  if (!isAnswer(outcome)) return outcome.error;
  if (outcome.status >= 300 && outcome.status < 400) return `${outcome.status}, a redirect to ${outcome.headers.get('Location') ?? 'nowhere'}`;
  const type = mediaType(outcome);
  let detail = '';
  if (isJsonType(type)) {
    try {
      const body = JSON.parse(outcome.text) as Record<string, unknown>;
      detail = [body['detail'], body['title'], body['message']].find((value) => typeof value === 'string') as string | undefined ?? '';
    } catch {
      // A body that is not JSON says nothing more than its status.
    }
  }
  return `${outcome.status}${type ? ` (${type})` : ''}${detail ? `: "${detail.slice(0, 120)}"` : ''}`;
}

function result(check: string, verdict: Verdict, found: string, fix?: string): CheckResult {
  return { check, verdict, found, ...(fix && { fix }) };
}

const NO_ANSWER_FIX = 'Make sure the address answers from the internet, and within the time: the widget gives up on an attempt after 15 s.';
const REDIRECT_FIX = 'Point the policy at the final address: a browser follows no redirect from a CORS preflight, and a POST redirected may arrive as a GET.';

/** The CORS preflight a browser sends before the widget's POST, from the pages' origin. */
async function preflight(url: string, requestHeaders: string, options: CheckOptions): Promise<CheckResult> {
  const outcome = await ask(
    url,
    { method: 'OPTIONS', headers: { Origin: options.origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': requestHeaders } },
    options.timeoutMs,
  );
  const fix = `Answer OPTIONS from ${options.origin} with Access-Control-Allow-Origin: ${options.origin}, Access-Control-Allow-Methods: POST and Access-Control-Allow-Headers: ${requestHeaders} (${CONTRACT}: the preflight). Without it the browser never sends the request, and messages wait in the outbox for good.`;
  if (!isAnswer(outcome)) return result('preflight', 'fail', outcome.error, fix);
  if (outcome.status >= 300 && outcome.status < 400) return result('preflight', 'fail', described(outcome), REDIRECT_FIX);
  const allowOrigin = outcome.headers.get('Access-Control-Allow-Origin');
  const list = (name: string) => (outcome.headers.get(name) ?? '').split(',').map((item) => item.trim().toLowerCase());
  const methods = list('Access-Control-Allow-Methods');
  const headers = list('Access-Control-Allow-Headers');
  const missing = [
    !ok(outcome) && `status ${outcome.status}`,
    allowOrigin !== options.origin && allowOrigin !== '*' && `Access-Control-Allow-Origin is ${allowOrigin === null ? 'missing' : `"${allowOrigin}"`}`,
    !methods.includes('post') && !methods.includes('*') && 'POST is not in Access-Control-Allow-Methods',
    ...requestHeaders
      .split(',')
      .filter((header) => !headers.includes(header) && !headers.includes('*'))
      .map((header) => `${header} is not in Access-Control-Allow-Headers`),
  ].filter((problem): problem is string => typeof problem === 'string');
  if (missing.length > 0) return result('preflight', 'fail', missing.join('; '), fix);
  if (allowOrigin === '*') return result('preflight', 'warn', 'allows every origin (*)', `Answer only the origins that carry the widget, such as ${options.origin}: with *, any site can post messages into your inbox.`);
  return result('preflight', 'pass', `${outcome.status}; allows ${options.origin}, POST, ${requestHeaders}`);
}

/** Whether each answer a cross-origin page would read carries Access-Control-Allow-Origin. */
function corsOnAnswers(answers: Answer[], options: CheckOptions): CheckResult {
  const lacking = answers.filter((answer) => ![options.origin, '*'].includes(answer.headers.get('Access-Control-Allow-Origin') ?? ''));
  if (lacking.length === 0) return result('cors-answer', 'pass', `Access-Control-Allow-Origin on ${answers.length === 1 ? 'the answer' : answers.length === 2 ? 'both answers' : `all ${answers.length} answers`}`);
  return result(
    'cors-answer',
    'fail',
    `no Access-Control-Allow-Origin for ${options.origin} on the ${[...new Set(lacking.map((answer) => answer.status))].join(', ')} answer${lacking.length > 1 ? 's' : ''}`,
    `Send Access-Control-Allow-Origin: ${options.origin} on every answer, errors included: without it the browser hides the answer, and the widget reads it as a network error.`,
  );
}

function retryAfter(answers: Answer[]): CheckResult | undefined {
  const asking = answers.filter((answer) => answer.status === 429 || answer.status === 503);
  if (asking.length === 0) return undefined;
  const valid = (value: string | null) => value !== null && (/^\d+$/.test(value.trim()) || !Number.isNaN(Date.parse(value)));
  const lacking = asking.filter((answer) => !valid(answer.headers.get('Retry-After')));
  if (lacking.length === 0) return result('retry-after', 'pass', `Retry-After on each ${asking.map((answer) => answer.status).join(', ')}`);
  return result('retry-after', 'fail', `${lacking.map((answer) => answer.status).join(', ')} without a valid Retry-After`, 'Send Retry-After (seconds or an HTTP date) with 429 and 503: the widget waits at least that long.');
}

function problemJson(answers: Answer[]): CheckResult | undefined {
  const errors = answers.filter((answer) => answer.status >= 400);
  if (errors.length === 0) return undefined;
  const wrong = errors.filter((answer) => mediaType(answer) !== PROBLEM_CONTENT_TYPE);
  if (wrong.length === 0) return result('problem-json', 'pass', `${PROBLEM_CONTENT_TYPE} on each ${errors.map((answer) => answer.status).join(', ')}`);
  return result(
    'problem-json',
    'fail',
    wrong.map((answer) => `${answer.status} as ${mediaType(answer) || 'no content type'}`).join(', '),
    `Answer errors as ${PROBLEM_CONTENT_TYPE} (RFC 9457) with a "detail" for the customer: the widget shows it.`,
  );
}

function probeMessage(endpoint: Endpoint, policy: Policy, options: CheckOptions, reference: string): EmailMessage | CallbackMessage {
  const context = { channel: endpoint.channels[0] ?? endpoint.kind, topic: null, pageUrl: `${options.origin}/`, locale: policy.locale, reference };
  const note = `A test from kanaalwijzer check-endpoint (${TEST_HEADER}: 1): not to be forwarded.`;
  if (endpoint.kind === 'callback') {
    const slot = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    return { ...context, kind: 'callback', phone: '+31 20 000 0000', name: 'kanaalwijzer check-endpoint', note, slot, slotLabel: slot };
  }
  return { ...context, email: 'check-endpoint@example.invalid', name: 'kanaalwijzer check-endpoint', subject: 'Test', message: note, faqShown: [] };
}

/** What a message endpoint answers to the widget's requests: a probe, its repeat, a reused key, a broken message. */
async function checkMessages(endpoint: Endpoint, policy: Policy, options: CheckOptions): Promise<CheckResult[]> {
  const crossOrigin = new URL(endpoint.url).origin !== options.origin;
  const checks: CheckResult[] = [];
  if (crossOrigin) checks.push(await preflight(endpoint.url, 'content-type,idempotency-key', options));
  if (options.dryRun) return [...checks, result('messages', 'skip', 'dry run: no message POSTed')];

  const key = crypto.randomUUID();
  const probe = probeMessage(endpoint, policy, options, `KW-CHECK-${key.slice(0, 8).toUpperCase()}`);
  const post = (body: unknown, idempotencyKey = key) =>
    ask(
      endpoint.url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Origin: options.origin, [IDEMPOTENCY_KEY_HEADER]: idempotencyKey, [TEST_HEADER]: '1' },
        body: JSON.stringify(body),
      },
      options.timeoutMs,
    );
  const answers: Answer[] = [];
  const keep = (outcome: Outcome) => {
    if (isAnswer(outcome)) answers.push(outcome);
    return outcome;
  };

  const first = keep(await post(probe));
  if (!isAnswer(first) || !ok(first)) {
    const fix = !isAnswer(first)
      ? NO_ANSWER_FIX
      : first.status < 400
        ? REDIRECT_FIX
        : `Accept the message in ${CONTRACT} (${endpoint.kind === 'email' ? 'EmailMessage' : 'CallbackMessage'}) with a 2xx${retryable(first.status) ? '' : '; the widget would refuse to send it and offer mailto: instead'}.`;
    checks.push(result('accepts-probe', 'fail', described(first), fix));
    if (crossOrigin && answers.length > 0) checks.push(corsOnAnswers(answers, options));
    return [...checks, ...[retryAfter(answers), problemJson(answers)].filter((check) => check !== undefined)];
  }
  checks.push(result('accepts-probe', 'pass', `${first.status} in ${Math.round(first.ms)} ms`));

  let reference: string | undefined;
  const type = mediaType(first);
  if (first.text.trim() === '') {
    checks.push(result('json-answer', 'pass', 'no body (the widget shows its own reference)'));
  } else if (!isJsonType(type)) {
    checks.push(
      result(
        'json-answer',
        'fail',
        `${first.status} with ${type || 'no content type'}: ${JSON.stringify(first.text.trim().slice(0, 60))}`,
        'Answer with application/json ({"reference": "..."}) or no body. An HTML page at a 2xx is often a catch-all (a single-page app or a CMS) rather than your endpoint: the message may have gone nowhere.',
      ),
    );
  } else {
    try {
      const body = JSON.parse(first.text) as unknown;
      const value = body && typeof body === 'object' ? (body as Record<string, unknown>)['reference'] : undefined;
      checks.push(result('json-answer', 'pass', type));
      if (value === undefined) checks.push(result('reference', 'warn', 'no reference in the answer', 'Answer {"reference": "..."} with your own reference: the customer quotes it to your staff. Without it the receipt shows the visit reference.'));
      else if (typeof value === 'string' && REFERENCE_PATTERN.test(value)) {
        reference = value;
        checks.push(result('reference', 'pass', JSON.stringify(value)));
      } else {
        checks.push(result('reference', 'fail', `${JSON.stringify(value)} is not a reference the widget shows`, `Give "reference" as 1 to 64 letters, digits, ".", "_" or "-" (${CONTRACT}: Receipt); the widget ignores anything else.`));
      }
    } catch {
      checks.push(result('json-answer', 'fail', `${type}, but not JSON: ${JSON.stringify(first.text.trim().slice(0, 60))}`, 'Answer with valid JSON, or no body.'));
    }
  }

  const again = keep(await post(probe));
  const repeatFix = `Store one message per ${IDEMPOTENCY_KEY_HEADER} and answer a repeat with the first answer (${CONTRACT}: idempotency): the widget retries after a lost answer, and each retry must not become another ticket.`;
  if (!isAnswer(again) || !ok(again)) checks.push(result('same-key-same-body', 'fail', `the repeat got ${described(again)}`, repeatFix));
  else {
    let repeated: unknown;
    try {
      repeated = (JSON.parse(again.text) as Record<string, unknown> | null)?.['reference'];
    } catch {
      repeated = undefined;
    }
    if (reference === undefined) checks.push(result('same-key-same-body', 'warn', `${again.status}; with no reference, a second record cannot be seen from outside`, 'Give a reference in the answer, so a repeat can be told from a new message.'));
    else if (repeated !== reference) checks.push(result('same-key-same-body', 'fail', `a second record: reference ${JSON.stringify(reference)}, then ${JSON.stringify(repeated)}`, repeatFix));
    else checks.push(result('same-key-same-body', 'pass', `${again.status}, the same reference`));
  }

  const other = keep(await post(endpoint.kind === 'callback' ? { ...probe, note: `${(probe as CallbackMessage).note} (changed)` } : { ...probe, message: `${(probe as EmailMessage).message} (changed)` }));
  if (isAnswer(other) && other.status === 422) checks.push(result('same-key-other-body', 'pass', '422'));
  else {
    checks.push(
      result(
        'same-key-other-body',
        'fail',
        isAnswer(other) && ok(other) ? `${other.status}: a key reused with another body was taken` : described(other),
        `Answer 422 when a key comes back with another body, and store nothing (${CONTRACT}: idempotency).`,
      ),
    );
  }

  const broken = keep(await post({ ...probe, message: undefined, note: undefined, channel: '' }, crypto.randomUUID()));
  if (!isAnswer(broken)) checks.push(result('invalid-message', 'fail', broken.error, NO_ANSWER_FIX));
  else if (ok(broken)) checks.push(result('invalid-message', 'fail', `${broken.status}: a message without text was taken`, `Check each body against ${CONTRACT} and answer 400 with what is wrong.`));
  else if (retryable(broken.status)) checks.push(result('invalid-message', 'fail', `${described(broken)}: the widget would retry it for ever`, 'Answer a broken message with 400: a 5xx, 408, 425 or 429 asks the widget to try again.'));
  else checks.push(result('invalid-message', 'pass', String(broken.status)));

  if (crossOrigin) checks.push(corsOnAnswers(answers, options));
  return [...checks, ...[retryAfter(answers), problemJson(answers)].filter((check) => check !== undefined)];
}

async function checkLive(endpoint: Endpoint, policy: Policy, options: CheckOptions): Promise<CheckResult[]> {
  const answer = await ask(endpoint.url, { headers: { Origin: options.origin, Accept: 'application/json' } }, options.timeoutMs);
  if (!isAnswer(answer) || !ok(answer)) {
    const fix = !isAnswer(answer) ? NO_ANSWER_FIX : answer.status < 400 ? REDIRECT_FIX : 'Serve the feed at this address (the policy\'s live.url) with a 200; until then the widget shows the typical waits.';
    return [result('live-answers', 'fail', described(answer), fix)];
  }
  const checks = [result('live-answers', 'pass', `${answer.status} in ${Math.round(answer.ms)} ms`)];
  if (new URL(endpoint.url).origin !== options.origin) checks.push(corsOnAnswers([answer], options));
  const type = mediaType(answer);
  if (!isJsonType(type)) {
    checks.push(result('live-json', 'fail', `${type || 'no content type'}: ${JSON.stringify(answer.text.trim().slice(0, 60))}`, 'Answer with application/json, like {"phone": 7, "chat": 1}.'));
    return checks;
  }
  let data: unknown;
  try {
    data = JSON.parse(answer.text);
  } catch {
    checks.push(result('live-json', 'fail', `${type}, but not JSON: ${JSON.stringify(answer.text.trim().slice(0, 60))}`, 'Answer with valid JSON, like {"phone": 7, "chat": 1}.'));
    return checks;
  }
  checks.push(result('live-json', 'pass', type));
  const parsed = v.safeParse(LiveWaitsSchema, data);
  if (!parsed.success) {
    const where = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? 'the feed'}: ${issue.message}`);
    checks.push(result('live-shape', 'fail', where.slice(0, 3).join('; '), `Give a JSON object of channel id to minutes, each a number from 0 to 600 (${CONTRACT}: LiveWaits); the widget ignores anything else.`));
    return checks;
  }
  checks.push(result('live-shape', 'pass', `${Object.keys(parsed.output).length} figures, each 0 to 600 minutes`));
  const ids = new Set(policy.channels.map((channel) => channel.id));
  const unknown = Object.keys(parsed.output).filter((id) => !ids.has(id));
  if (unknown.length > 0 || Object.keys(parsed.output).length === 0) {
    checks.push(result('live-channels', 'warn', unknown.length > 0 ? `not channels of the policy: ${unknown.join(', ')}` : 'no figures', `Name channels by their ids in the policy (${[...ids].join(', ')}).`));
  } else checks.push(result('live-channels', 'pass', Object.keys(parsed.output).join(', ')));
  return checks;
}

async function checkInsights(endpoint: Endpoint, options: CheckOptions): Promise<CheckResult[]> {
  const crossOrigin = new URL(endpoint.url).origin !== options.origin;
  const checks: CheckResult[] = [];
  if (crossOrigin) checks.push(await preflight(endpoint.url, 'content-type', options));
  if (options.dryRun) return [...checks, result('insights', 'skip', 'dry run: no batch POSTed')];
  const batch = JSON.stringify({ events: [{ type: 'kw-open', detail: { topic: null }, at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }] });
  const answers: Answer[] = [];
  for (const [check, contentType, how] of [
    ['insights-text-plain', 'text/plain;charset=UTF-8', 'the beacon sent when a page is left'],
    ['insights-json', 'application/json', 'the batches sent while the page is open'],
  ] as const) {
    const outcome = await ask(endpoint.url, { method: 'POST', headers: { 'Content-Type': contentType, Origin: options.origin, [TEST_HEADER]: '1' }, body: batch }, options.timeoutMs);
    if (isAnswer(outcome)) answers.push(outcome);
    if (isAnswer(outcome) && ok(outcome)) checks.push(result(check, 'pass', `${outcome.status} for ${contentType}`));
    else checks.push(result(check, 'fail', described(outcome), isAnswer(outcome) ? `Accept {"events": [...]} as ${contentType}: that is ${how} (${CONTRACT}: InsightsBatch).` : NO_ANSWER_FIX));
  }
  if (crossOrigin && answers.length > 0) checks.push(corsOnAnswers(answers, options));
  return checks;
}

export async function checkEndpoint(endpoint: Endpoint, policy: Policy, options: CheckOptions): Promise<EndpointReport> {
  const checks =
    endpoint.kind === 'live' ? await checkLive(endpoint, policy, options) : endpoint.kind === 'insights' ? await checkInsights(endpoint, options) : await checkMessages(endpoint, policy, options);
  return { ...endpoint, checks };
}
