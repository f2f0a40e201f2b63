/**
 * policy.schema.json from the valibot schema, saying every rule JSON Schema can say. Each check
 * valibot's converter does not know gets its JSON Schema form here; a check with neither a form
 * nor a place in UNSAID_RULES fails the conversion, so a new rule cannot slip past the editor.
 * The channel-type rules live in the validator (validate.ts, channelUsable) and become if/then here.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import {
  CURRENCY_CODE,
  ISO_INSTANT,
  MAX_LINK,
  calendarDateProblem,
  currencyProblem,
  instantProblem,
  linkProblem,
  timeRangeProblem,
  timeZoneProblem,
} from '../src/policy/checks.js';
import { ALLOWED_SCHEMES } from '../src/policy/constants.js';
import { EACH_DAY_ONCE, PolicySchema, type TextCheck } from '../src/policy/schema.js';
import { NEEDS_HREF } from '../src/policy/validate.js';
import { UNSAID_RULES, type UnsaidRule } from './unsaid-rules.js';

/*
 * The widget parses times and dates (src/time/calendar.ts); the schema says the same rules as
 * patterns, and test/unit/checks.test.ts holds each pattern to its parser.
 */

/** Opening 00:00–23:59, closing 00:00–24:00, not the same moment. */
export const VALID_TIME_RANGE = /^(?!(\d{2}:\d{2})-\1$)(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

// Years 0000–0099 are left out because Date.UTC reads them as 1900–1999 (parseCalendarDate relies on it).
const YEAR = '(?!00)\\d{4}';
const LEAP_YEAR = '(?:(?!00)\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const DATE = `(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;

/** A date that exists, leap days included. */
export const CALENDAR_DATE = new RegExp(`^${DATE}$`);

/** ISO_INSTANT with a date that exists. */
const INSTANT = new RegExp(`^${DATE}${ISO_INSTANT.source.slice(ISO_INSTANT.source.indexOf('T'))}`);

const unsaid = (start: string): UnsaidRule => {
  const rule = UNSAID_RULES.find((each) => each.rule.startsWith(start));
  if (!rule) throw new Error(`no rule in UNSAID_RULES starts with "${start}"`);
  return rule;
};

/** Scheme letters in either case, as urlProblem compares schemes. */
const anyCase = (word: string) => [...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');

/**
 * urlProblem as a pattern: no spaces, backslashes or control characters; not "//…"; a relative
 * link, or one of the allowed schemes (tel: in lower case and followed by a number).
 * What the pattern cannot see is whether the URL parser takes an https: address (UNSAID_RULES).
 */
function linkPattern(schemes: readonly string[]): string {
  const ways = schemes.map((scheme) => (scheme === 'tel:' ? 'tel:\\+?[0-9][0-9().-]{2,}$' : anyCase(scheme)));
  return `^(?=[^\\s\\\\\\u0000-\\u001f]+$)(?!//)(?:(?![a-zA-Z][a-zA-Z0-9+.-]*:)|${ways.join('|')})`;
}

type Form = (jsonSchema: JsonSchema, check: TextCheck) => JsonSchema;

const TEXT_CHECKS = new Map<TextCheck['problem'], Form | UnsaidRule>([
  [timeRangeProblem, (jsonSchema) => ({ ...jsonSchema, pattern: VALID_TIME_RANGE.source })],
  [calendarDateProblem, (jsonSchema) => ({ ...jsonSchema, pattern: CALENDAR_DATE.source })],
  [instantProblem, (jsonSchema) => ({ ...jsonSchema, pattern: INSTANT.source })],
  [currencyProblem, (jsonSchema) => ({ ...jsonSchema, pattern: CURRENCY_CODE.source })],
  [linkProblem, (jsonSchema, check) => ({ ...jsonSchema, maxLength: MAX_LINK, pattern: linkPattern(check.rules?.schemes ?? ALLOWED_SCHEMES) })],
  [timeZoneProblem, unsaid('`timeZone`')],
]);

const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  // JSON has no Infinity or NaN: every number in a policy file is finite.
  if (valibotAction.type === 'finite') return jsonSchema;
  if (valibotAction === EACH_DAY_ONCE) return unsaid('Each weekday') && jsonSchema;
  if (valibotAction.type !== 'raw_check' || !('problem' in valibotAction)) return null;
  const form = TEXT_CHECKS.get((valibotAction as TextCheck).problem);
  if (form === undefined) return null;
  return typeof form === 'function' ? form(jsonSchema, valibotAction as TextCheck) : jsonSchema;
};

// ajv's strict mode asks a subschema with object keywords to say it is about an object, and to
// name each key it requires among its properties.
const object = (schema: JsonSchema): JsonSchema => ({ type: 'object', ...schema });
const has = (...keys: string[]) => object({ required: keys, properties: Object.fromEntries(keys.map((key) => [key, true])) });
const typeIs = (...types: string[]) => object({ required: ['type'], properties: { type: types.length === 1 ? { const: types[0] } : { enum: types } } });

/** What channelUsable (src/policy/validate.ts) asks of each channel type. */
function channelTypeRules(): JsonSchema[] {
  const hrefNeeded = [...NEEDS_HREF].filter((type) => type !== 'chat');
  return [
    { if: typeIs('phone'), then: object({ required: ['href'], properties: { href: { type: 'string', pattern: '^tel:' } } }) },
    { if: typeIs('email'), then: object({ required: ['email'], properties: { email: { anyOf: [has('endpoint'), has('to')] } } }) },
    { if: typeIs('callback'), then: has('callback') },
    { if: typeIs('chat'), then: { anyOf: [has('href'), object({ required: ['start'], properties: { start: { const: 'event' } } })] }, else: { not: has('start') } },
    { if: typeIs(...hrefNeeded), then: has('href') },
    { if: typeIs('visit'), then: { anyOf: [has('href'), has('address')] } },
  ];
}

type Node = JsonSchema & { properties?: Record<string, Node>; items?: Node };

export function policyJsonSchema(): Node {
  const schema = toJsonSchema(PolicySchema, { overrideAction }) as Node;
  const channels = schema.properties?.channels as Node;
  // The validator needs one usable channel; none at all is the one case a schema can see.
  channels.minItems = 1;
  (channels.items as Node).allOf = channelTypeRules();
  return schema;
}
