/**
 * What the widget POSTs to a site's email and call-back endpoints, and what it reads back: one
 * valibot source for the widget's payload types, the receiver's input checks and the OpenAPI
 * contract, so none of them can drift from what is really sent. The widget imports types only.
 */
import * as v from 'valibot';

/** Fields every message carries, besides what the customer wrote. */
const MessageContext = {
  /** The channel id in the policy the message was written for. */
  channel: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** The page's topic id, or null when the page matched none. */
  topic: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  /** The page the message was written on. */
  pageUrl: v.pipe(v.string(), v.maxLength(2048)),
  /** The language the customer saw the widget in. */
  locale: v.pipe(v.string(), v.minLength(2), v.maxLength(35)),
  /** The visit reference the customer was shown; the receipt repeats it. */
  reference: v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/)),
};

export const EmailMessageSchema = v.strictObject({
  ...MessageContext,
  email: v.pipe(v.string(), v.maxLength(254)),
  name: v.pipe(v.string(), v.maxLength(200)),
  subject: v.pipe(v.string(), v.maxLength(200)),
  message: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  /** FAQ answers suggested while the message was written, by id. */
  faqShown: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(100)),
});

export const CallbackMessageSchema = v.strictObject({
  ...MessageContext,
  kind: v.literal('callback'),
  phone: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  name: v.pipe(v.string(), v.maxLength(200)),
  note: v.pipe(v.string(), v.maxLength(2000)),
  /** The chosen slot as an ISO moment, in the policy's time zone. */
  slot: v.pipe(v.string(), v.maxLength(64)),
  /** The slot as the customer read it. */
  slotLabel: v.pipe(v.string(), v.maxLength(200)),
});

/** The body of a 2xx answer: the endpoint's own reference, when it gives one, replaces the visit reference on the receipt. */
export const ReceiptSchema = v.object({
  reference: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/))),
});

export type EmailMessage = v.InferOutput<typeof EmailMessageSchema>;
export type CallbackMessage = v.InferOutput<typeof CallbackMessageSchema>;
/** The payload before the outbox adds the reference. */
export type EmailDraftPayload = Omit<EmailMessage, 'reference'>;
export type CallbackDraftPayload = Omit<CallbackMessage, 'reference'>;
