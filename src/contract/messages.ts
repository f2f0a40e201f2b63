/**
 * What the widget POSTs to a site's email and call-back endpoints, and what it reads back: one
 * valibot source for the widget's payload types, the receiver's input checks and the OpenAPI
 * contract, so none of them can drift from what is really sent. The widget imports types only.
 */
import * as v from 'valibot';
import { MESSAGE_MAX_CHARS, REFERENCE_PATTERN } from './http.js';

/** Fields every message carries, besides what the customer wrote. */
const MessageContext = {
  channel: v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.description('The channel id in the policy the message was written for.')),
  topic: v.pipe(v.nullable(v.pipe(v.string(), v.maxLength(64))), v.description('The page\'s topic id, or null when the page matched none.')),
  pageUrl: v.pipe(v.string(), v.maxLength(2048), v.description('The page the message was written on.')),
  locale: v.pipe(v.string(), v.minLength(2), v.maxLength(35), v.description('The language the customer saw the widget in, e.g. "nl".')),
  reference: v.pipe(v.string(), v.regex(REFERENCE_PATTERN), v.description('The visit reference the customer was shown, e.g. "KW-7F3Q9X"; the receipt repeats it unless the endpoint answers with its own.')),
};

export const EmailMessageSchema = v.strictObject({
  ...MessageContext,
  email: v.pipe(v.string(), v.maxLength(254), v.description('The customer\'s reply address.')),
  name: v.pipe(v.string(), v.maxLength(200), v.description('The customer\'s name; may be empty.')),
  subject: v.pipe(v.string(), v.maxLength(200), v.description('May be empty.')),
  message: v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_MAX_CHARS), v.description('What the customer wrote, as plain text.')),
  faqShown: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(100), v.description('FAQ answers suggested while the message was written, by id.')),
});

export const CallbackMessageSchema = v.strictObject({
  ...MessageContext,
  kind: v.pipe(v.literal('callback'), v.description('Tells a call-back request from an email where one endpoint takes both.')),
  phone: v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.description('The number to call, as the customer typed it.')),
  name: v.pipe(v.string(), v.maxLength(200), v.description('The customer\'s name; may be empty.')),
  note: v.pipe(v.string(), v.maxLength(2000), v.description('What the call is about; may be empty.')),
  slot: v.pipe(v.string(), v.maxLength(64), v.description('The chosen slot as an ISO moment, in the policy\'s time zone.')),
  slotLabel: v.pipe(v.string(), v.maxLength(200), v.description('The slot as the customer read it.')),
});

/** The body of a 2xx answer: the endpoint's own reference, when it gives one, replaces the visit reference on the receipt. */
export const ReceiptSchema = v.object({
  reference: v.optional(
    v.pipe(v.string(), v.regex(REFERENCE_PATTERN), v.description('The endpoint\'s own reference for the message, shown on the receipt in place of the visit reference. Any other shape is ignored.')),
  ),
});

export type EmailMessage = v.InferOutput<typeof EmailMessageSchema>;
export type CallbackMessage = v.InferOutput<typeof CallbackMessageSchema>;
/** The payload before the outbox adds the reference. */
export type EmailDraftPayload = Omit<EmailMessage, 'reference'>;
export type CallbackDraftPayload = Omit<CallbackMessage, 'reference'>;
