// Writes openapi.yaml, the contract for a site's endpoints, from the valibot schemas in
// src/contract/ (the source of the widget's payload types) and the outbox's rules for each
// status. With --check, fails instead when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { stringify } from 'yaml';
import { InsightsBatchSchema, LiveWaitsSchema } from '../src/contract/feeds.js';
import { IDEMPOTENCY_KEY_HEADER, MESSAGE_MAX_CHARS, RETRYABLE_STATUSES, TEST_HEADER } from '../src/contract/http.js';
import { INSIGHTS_MAX_EVENTS, LIVE_WAIT_MAX_MINUTES } from '../src/contract/limits.js';
import { CallbackMessageSchema, EmailMessageSchema, ReceiptSchema } from '../src/contract/messages.js';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from '../src/contract/problem.js';

const FILE = new URL('../openapi.yaml', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function schema(source: GenericSchema): Record<string, unknown> {
  const { $schema: _dialect, ...json } = toJsonSchema(source, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return json;
}

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const problem = { [PROBLEM_CONTENT_TYPE]: { schema: ref('schemas', 'Problem') } };
const allowOrigin = { 'Access-Control-Allow-Origin': ref('headers', 'AccessControlAllowOrigin') };

/** What the widget does with an answer, as the outbox (src/outbox/outbox.ts) decides it from RETRYABLE_STATUSES. */
const WIDGET = {
  sent: 'The widget: **sent**. It drops the message from its outbox, shows the receipt with `reference` from the body (when it is one) or the visit reference, and fires `kw-email-sent`.',
  queued:
    'The widget: **queued**. It keeps the message, tells the customer it will be sent as soon as it can, fires `kw-email-queued`, and retries with the same `Idempotency-Key`: exponential backoff with full jitter (2 s doubling up to 10 minutes), never sooner than `Retry-After`, at once when the browser comes back online, and on the next visit.',
  rejected:
    'The widget: **rejected**. It drops the message from its outbox and shows the problem\'s `detail` (else `title`). An email goes back into the form, with the `mailto:` fallback offered when the policy has `email.to`; a call-back request shows the problem at the phone field. Not retried.',
} as const;

type Outcome = keyof typeof WIDGET;

/** What the outbox makes of a status (or an OpenAPI range like "5XX"): the same rule, from the same list. */
function outcomeOf(status: string): Outcome {
  if (status.startsWith('2')) return 'sent';
  if (status.startsWith('5') || (RETRYABLE_STATUSES as readonly number[]).includes(Number(status))) return 'queued';
  return 'rejected';
}

/** Every answer to a message the contract names: the status, the component's name, and what it means for the receiver. */
const MESSAGE_ANSWERS: [status: string, name: string, summary: string][] = [
  ['200', 'Sent', 'Stored: the message is safe on the receiver\'s side (a 2xx must mean that, not "forwarded"). Any 2xx status (200, 201, 202, 204) is read the same way. The same key with the same body answers again with the same status and reference, without storing or forwarding a second time.'],
  ['400', 'Invalid', 'The body is not a valid message (a field missing, too long, of the wrong type), or the `Idempotency-Key` header is missing.'],
  ['408', 'RequestTimeout', 'The receiver gave up waiting for the body.'],
  [
    '409',
    'KeyInFlight',
    'A request with this `Idempotency-Key` is still being handled. The widget sends one attempt at a time per message, so this happens only when an attempt timed out (15 s) on the widget\'s side while the receiver was still at work on it.',
  ],
  ['413', 'TooLarge', `The body or a field is over the receiver's limit. Accept at least what the schema allows (a message of ${MESSAGE_MAX_CHARS.toLocaleString('en')} characters): the widget sends whatever the policy's \`maxChars\` lets the customer write.`],
  ['415', 'UnsupportedMediaType', 'The body is not `application/json`.'],
  ['422', 'KeyReused', 'This `Idempotency-Key` was used before with another body. Nothing is stored.'],
  ['425', 'TooEarly', 'Too early to handle the request (TLS early data).'],
  ['429', 'TooManyRequests', 'A rate limit: send `Retry-After`.'],
  ['4XX', 'OtherClientError', 'Any other 4xx.'],
  ['500', 'ServerError', 'The receiver could not store the message. Nothing may be half-stored: the retry with the same key must work as a first attempt.'],
  ['503', 'Unavailable', 'The receiver is down for maintenance or overloaded: send `Retry-After`.'],
  ['5XX', 'ServerError', 'The receiver could not store the message. Nothing may be half-stored: the retry with the same key must work as a first attempt.'],
];

function messageAnswer(status: string, summary: string) {
  const outcome = outcomeOf(status);
  return {
    description: `${summary}\n\n${WIDGET[outcome]}`,
    'x-kanaalwijzer-widget': outcome,
    headers: { ...(outcome === 'queued' && { 'Retry-After': ref('headers', 'RetryAfter') }), ...allowOrigin },
    content:
      outcome === 'sent' ? { 'application/json': { schema: ref('schemas', 'Receipt'), example: { reference: 'HE-2026-004211' } } } : problem,
  };
}

const responses = {
  ...Object.fromEntries(MESSAGE_ANSWERS.map(([status, name, summary]) => [name, messageAnswer(status, summary)])),
  Preflight: {
    description:
      'The CORS preflight a browser sends before a cross-origin POST with a JSON body and an `Idempotency-Key` header. Without these headers the browser never sends the message: the widget sees a network error and keeps it queued for good. Answer only for origins you serve the widget on, never `*`.',
    headers: {
      ...allowOrigin,
      'Access-Control-Allow-Methods': ref('headers', 'AccessControlAllowMethods'),
      'Access-Control-Allow-Headers': ref('headers', 'AccessControlAllowHeaders'),
      'Access-Control-Max-Age': ref('headers', 'AccessControlMaxAge'),
      Vary: ref('headers', 'Vary'),
    },
  },
  PreflightRefused: { description: 'The origin is not on the receiver\'s allow-list: answer without `Access-Control-Allow-Origin` (403 is usual), and the browser sends nothing.' },
};

const messageResponses = Object.fromEntries(MESSAGE_ANSWERS.map(([status, name]) => [status, ref('responses', name)]));

const messageHeaders = [ref('parameters', 'IdempotencyKey'), ref('parameters', 'Test')];
const preflight = (what: string, operationId: string, tag: string) => ({
  operationId,
  tags: [tag],
  summary: `CORS preflight for ${what}`,
  description: 'Needed only when the endpoint\'s origin differs from the pages that carry the widget.',
  parameters: [ref('parameters', 'Origin'), ref('parameters', 'AccessControlRequestMethod'), ref('parameters', 'AccessControlRequestHeaders')],
  responses: { '204': ref('responses', 'Preflight'), '4XX': ref('responses', 'PreflightRefused') },
});

function messageEndpoint(what: string, policyKey: string, operationId: string, body: string, example: Record<string, unknown>) {
  return {
    post: {
      operationId,
      tags: ['Messages'],
      summary: `Receive ${what}`,
      description: `POSTed to the policy's \`${policyKey}\` (a path on the site, or an https: address), with \`credentials: 'same-origin'\` (no cookies cross-origin) from the page it was written on and \`credentials: 'omit'\` from later page loads, or \`'include'\` when the site sets \`credentials="include"\` (then later page loads send it only under the same \`account\` key), and \`keepalive\` below 64 KiB. It goes only to an address the site's \`endpoints\` attribute allows, and is given up (and shown to the customer, with the \`mailto:\` way) after the policy's \`outbox.lifetimeHours\` or \`outbox.maxAttempts\`. The outbox writes the message down before the first attempt and sends it with the same \`Idempotency-Key\` until the endpoint answers with a 2xx or a refusal; one attempt waits at most 15 s. A dropped connection or a timeout is retried like a 5xx.`,
      parameters: messageHeaders,
      requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', body), example } } },
      responses: messageResponses,
    },
    options: preflight(what, `${operationId}Preflight`, 'Messages'),
  };
}

const liveFailed = 'Any answer but a 2xx, or none: the widget shows the typical figures from the policy and asks again after twice the period (doubling up to 10 minutes).';

const context = { channel: 'email', topic: 'factuur', pageUrl: 'https://www.example.nl/factuur', locale: 'nl', reference: 'KW-7F3Q9X' };

const document = {
  openapi: '3.1.0',
  info: {
    title: 'Kanaalwijzer site endpoints',
    version,
    summary: 'What the <kanaal-wijzer> widget sends to a site, and every answer it understands.',
    description: [
      'The widget talks to four endpoints of the site: it POSTs emails and call-back requests, GETs the live-wait feed and POSTs insights batches. The policy names each (`channels[].email.endpoint`, `channels[].callback.endpoint`, `live.url`, `insights.endpoint`); the paths here are the ones `kanaalwijzer receive` serves.',
      `**Idempotency.** Every message carries an \`${IDEMPOTENCY_KEY_HEADER}\` that stays the same across its retries. The same key with the same body gives the same answer (the same reference) without storing or forwarding twice; the same key with another body gives 422; a key still in flight gives 409.`,
      '**Errors** are RFC 9457 problem details (`application/problem+json`). The widget shows a customer `detail` (else `title`), so write it for them.',
      `**What the widget does per status**: 2xx sent; ${RETRYABLE_STATUSES.join(', ')} and every 5xx queued and retried, honouring \`Retry-After\`; every other status rejected (the text goes back into the form, with the \`mailto:\` fallback).`,
      `**Probes.** \`kanaalwijzer check-endpoint\` marks its requests with \`${TEST_HEADER}: 1\`: treat them as real (store once per key, same reference on a repeat) but never forward them, nor count their insights events.`,
      '**Cross-origin endpoints** need the CORS preflight (OPTIONS) for the POSTs, and `Access-Control-Allow-Origin` on every answer, for the origins that carry the widget.',
    ].join('\n\n'),
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'https://www.example.nl', description: 'Your site: the policy says where each endpoint is.' }],
  security: [],
  tags: [
    { name: 'Messages', description: 'Emails and call-back requests from the outbox.' },
    { name: 'Live wait', description: 'Current wait minutes per channel.' },
    { name: 'Insights', description: 'The widget\'s own events, masked, in batches.' },
  ],
  paths: {
    '/api/contact': messageEndpoint('an email', 'channels[].email.endpoint', 'sendEmail', 'EmailMessage', {
      ...context,
      email: 'sam@example.nl',
      name: 'Sam de Vries',
      subject: 'Meterstand',
      message: 'Mijn meter geeft een vreemde stand aan sinds gisteren.',
      faqShown: ['meterstand-doorgeven'],
    }),
    '/api/callback': messageEndpoint('a call-back request', 'channels[].callback.endpoint', 'requestCallback', 'CallbackMessage', {
      ...context,
      channel: 'terugbellen',
      kind: 'callback',
      phone: '06 1234 5678',
      name: 'Sam de Vries',
      note: 'Over mijn jaarafrekening',
      slot: '2026-12-07T10:30:00+01:00',
      slotLabel: 'maandag 7 december, 10:30',
    }),
    '/api/live-waits': {
      get: {
        operationId: 'liveWaits',
        tags: ['Live wait'],
        summary: 'Current wait minutes per channel',
        description:
          'GET from the policy\'s `live.url` every `live.refreshSeconds` (default 60), only while the panel is shown and the tab visible, with `cache: \'no-store\'` and `credentials: \'same-origin\'`. A simple request (no preflight); a cross-origin feed needs `Access-Control-Allow-Origin` on its answer.',
        responses: {
          '200': {
            description: `The figures. Entries for ids the policy lacks, and values that are not finite numbers from 0 to ${LIVE_WAIT_MAX_MINUTES}, are ignored.`,
            headers: allowOrigin,
            content: { 'application/json': { schema: ref('schemas', 'LiveWaits'), example: { phone: 7, chat: 1 } } },
          },
          '4XX': { description: liveFailed },
          '5XX': { description: liveFailed },
        },
      },
    },
    '/api/insights': {
      post: {
        operationId: 'sendInsights',
        tags: ['Insights'],
        summary: 'Receive a batch of insights events',
        description: `POSTed to the policy's \`insights.endpoint\`: a few batches per page view by \`fetch\` (\`application/json\`, \`credentials: 'omit'\`, \`keepalive\`), and what is left when the page is hidden or left by \`navigator.sendBeacon\` as \`text/plain;charset=UTF-8\` (so a cross-origin beacon needs no preflight); the body is the same JSON either way. At most ${INSIGHTS_MAX_EVENTS} events per batch. What customers typed in the search box is masked; what they wrote in a message is never sent. Mask again where you read it.`,
        parameters: [ref('parameters', 'Test')],
        requestBody: {
          required: true,
          content: {
            'text/plain': { schema: ref('schemas', 'InsightsBatch'), example: { events: [{ type: 'kw-open', detail: { topic: 'factuur' }, at: '2026-12-06T09:14:03Z' }] } },
            'application/json': { schema: ref('schemas', 'InsightsBatch') },
          },
        },
        responses: {
          '204': { description: 'Taken. Any 2xx is read the same way; a beacon never reads the answer.', headers: allowOrigin },
          '4XX': { description: 'Refused: a batch sent by `fetch` is tried once more later in the page view, then dropped.', headers: allowOrigin, content: problem },
          '5XX': { description: 'Failed: as for 4xx.', headers: allowOrigin, content: problem },
        },
      },
      options: preflight('an insights batch sent by fetch', 'sendInsightsPreflight', 'Insights'),
    },
  },
  components: {
    schemas: {
      EmailMessage: schema(EmailMessageSchema),
      CallbackMessage: schema(CallbackMessageSchema),
      Receipt: schema(ReceiptSchema),
      Problem: schema(ProblemSchema),
      LiveWaits: schema(LiveWaitsSchema),
      InsightsBatch: schema(InsightsBatchSchema),
    },
    parameters: {
      IdempotencyKey: {
        name: IDEMPOTENCY_KEY_HEADER,
        in: 'header',
        required: true,
        description: 'A UUID per message, the same on every retry of it. Store the message once per key.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
        example: '5b0c8a4e-2f6d-4c3e-9a7b-1d2e3f4a5b6c',
      },
      Test: {
        name: TEST_HEADER,
        in: 'header',
        required: false,
        description: 'Sent by `kanaalwijzer check-endpoint`, never by the widget: answer as to a real request (a message is stored once per key, a repeat gets the same reference), but forward nothing, and keep test insights events out of the report.',
        schema: { type: 'string', const: '1' },
      },
      Origin: { name: 'Origin', in: 'header', required: true, description: 'The origin of the page that carries the widget.', schema: { type: 'string' }, example: 'https://www.example.nl' },
      AccessControlRequestMethod: { name: 'Access-Control-Request-Method', in: 'header', required: true, schema: { type: 'string', const: 'POST' } },
      AccessControlRequestHeaders: {
        name: 'Access-Control-Request-Headers',
        in: 'header',
        required: false,
        description: 'The non-simple headers the POST will carry, lower case.',
        schema: { type: 'string' },
        example: 'content-type,idempotency-key',
      },
    },
    headers: {
      RetryAfter: {
        description: 'Seconds, or an HTTP date: the widget waits at least this long before the next attempt.',
        schema: { type: 'string' },
        example: '120',
      },
      AccessControlAllowOrigin: {
        description: 'For a cross-origin endpoint: the requesting origin when it is on your allow-list. Without it the browser hides the answer from the widget, which then reads it as a network error.',
        schema: { type: 'string' },
        example: 'https://www.example.nl',
      },
      AccessControlAllowMethods: { description: 'Must include POST.', schema: { type: 'string' }, example: 'POST' },
      AccessControlAllowHeaders: { description: 'Must include Content-Type and Idempotency-Key.', schema: { type: 'string' }, example: 'Content-Type, Idempotency-Key' },
      AccessControlMaxAge: { description: 'Seconds the browser may keep this answer, so a retry needs no new preflight.', schema: { type: 'string' }, example: '86400' },
      Vary: { description: 'Origin, since the answer depends on it.', schema: { type: 'string' }, example: 'Origin' },
    },
    responses,
  },
};

const text = `# Generated by scripts/generate-openapi.ts from src/contract/: edit those and run "npm run openapi".\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // A missing file is as stale as an old one.
  }
  if (committed !== text) {
    console.error('Stale: openapi.yaml. Run "npm run openapi" and commit the result.');
    process.exit(1);
  }
  console.log('openapi.yaml is up to date.');
} else {
  writeFileSync(FILE, text);
  console.log('Wrote openapi.yaml.');
}
