/**
 * An error answer as RFC 9457 problem details (application/problem+json). The widget shows the
 * customer `detail` (else `title`) beside the refusal, so it should be a sentence for a customer.
 */
import * as v from 'valibot';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const ProblemSchema = v.looseObject({
  type: v.optional(v.pipe(v.string(), v.description('A URI naming the kind of problem; "about:blank" when the status says it all.'))),
  title: v.optional(v.pipe(v.string(), v.description('A short summary of the kind of problem.'))),
  status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599), v.description('The HTTP status, repeated.'))),
  detail: v.optional(v.pipe(v.string(), v.maxLength(300), v.description('What went wrong with this message, for the customer: the widget shows it.'))),
  instance: v.optional(v.pipe(v.string(), v.description('A URI for this occurrence.'))),
});

export type Problem = v.InferOutput<typeof ProblemSchema>;
