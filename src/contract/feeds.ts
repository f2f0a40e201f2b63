/**
 * The live-wait feed the widget reads and the insights batches it sends, as valibot schemas: the
 * source of their part of openapi.yaml, and what the tests hold the widget's real output to.
 */
import * as v from 'valibot';
import type { PromptedEvent } from '../insights/prompted.js';
import { INSIGHTS_MAX_EVENTS, INSIGHTS_MAX_RESULTS, LIVE_WAIT_MAX_MINUTES } from './limits.js';

export const LiveWaitsSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.minLength(1), v.description('A channel id from the policy.')),
    v.pipe(v.number(), v.minValue(0), v.maxValue(LIVE_WAIT_MAX_MINUTES), v.description('Current wait in minutes.')),
  ),
  v.description(
    `Current wait minutes per channel id. The widget takes each finite number from 0 to ${LIVE_WAIT_MAX_MINUTES} for a channel of the policy and ignores every other entry; a figure older than three refresh periods falls back to the channel's typical wait.`,
  ),
);

const nullableText = v.nullable(v.string());
const topic = { topic: v.pipe(nullableText, v.description('The page\'s topic id, or null when the page matched none.')) };
const query = {
  source: v.pipe(v.picklist(['search', 'email']), v.description('Where the customer typed: the search box, or the email form (whose text is never sent).')),
  query: v.pipe(
    nullableText,
    v.description('What was typed in the search box, masked (e-mail addresses, IBANs, postcodes, phone numbers, digits; not names); with the policy\'s insights.queries "faq-words", only the FAQ\'s words it matched. Null for the email form, or when no FAQ word matched.'),
  ),
};
const kind = { kind: v.pipe(nullableText, v.description('"email" or "callback".')) };

/** The detail each event may carry: what insights.ts lets leave the browser, nothing more. */
const DETAILS = {
  'kw-open': {},
  'kw-close': {},
  'kw-channel-select': {
    channel: nullableText,
    open: v.optional(v.pipe(v.boolean(), v.description('Whether the channel was open when picked.'))),
    urgency: v.pipe(nullableText, v.description('The urgency the customer chose, if any.')),
  },
  'kw-chat-start': { channel: nullableText },
  'kw-faq-suggest': {
    ...query,
    noMatch: v.optional(v.pipe(v.boolean(), v.description('With insights.queries "faq-words": whether the search found no answer.'))),
    results: v.pipe(
      v.array(v.strictObject({ id: nullableText, score: v.pipe(v.nullable(v.number()), v.description('Match score, two decimals; lower is closer.')) })),
      v.maxLength(INSIGHTS_MAX_RESULTS),
      v.description('The suggested FAQ answers, best first.'),
    ),
  },
  'kw-faq-open': { id: nullableText, ...query },
  'kw-faq-deflect': { id: nullableText, ...query },
  'kw-feedback': { target: nullableText, helpful: v.boolean() },
  'kw-email-sent': kind,
  'kw-email-queued': kind,
  'kw-email-expired': { ...kind, reason: v.pipe(nullableText, v.description('Why the kept message was given up: "lifetime", "attempts" or "endpoint".')) },
} satisfies Record<PromptedEvent, v.ObjectEntries>;

const at = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/), v.description('When it happened, UTC, to the second.'));

export const InsightsEventSchema = v.variant(
  'type',
  Object.entries(DETAILS).map(([type, detail]) => v.strictObject({ type: v.literal(type), detail: v.strictObject({ ...topic, ...detail }), at })),
);

export const InsightsBatchSchema = v.strictObject({
  events: v.pipe(v.array(InsightsEventSchema), v.minLength(1), v.maxLength(INSIGHTS_MAX_EVENTS)),
});

export type InsightsBatch = v.InferOutput<typeof InsightsBatchSchema>;
