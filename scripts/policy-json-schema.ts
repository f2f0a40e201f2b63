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
  type UrlRules,
} from '../src/policy/checks.js';
import { ALLOWED_SCHEMES, CHANNEL_TYPES, CHAT_START_MODES, INSIGHTS_QUERY_MODES, NOTICE_LEVELS, SUITS_TAGS, type ChannelType, type NoticeLevel, type SuitsTag } from '../src/policy/constants.js';
import { WEEKDAYS } from '../src/time/calendar.js';
import type { RawCheckAction } from 'valibot';
import { EACH_DAY_ONCE, PolicySchema, type PlaceholderCheck } from '../src/policy/schema.js';
import { PLURAL_FORMS, WORD_CATALOGUE, type WordEntry } from '../src/i18n/word-catalogue.js';
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

/** A text check as schema.ts's checked() makes it: the rawCheck, with the check it runs. */
type TextCheck = RawCheckAction<string> & { problem: (value: string, rules?: UrlRules) => string | undefined; rules?: UrlRules };

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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word's placeholders as the validator checks them: each required one present, no `{name}` it does not take. */
function placeholderPattern({ placeholders, required }: PlaceholderCheck): string {
  const present = required.map((name) => `(?=[\\s\\S]*\\{${escape(name)}\\})`).join('');
  const known = placeholders.map((name) => `${escape(name)}\\}`).join('|');
  return `^${present}(?![\\s\\S]*\\{${known ? `(?!${known})` : ''}[^{}\\s]*\\})`;
}

const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  // JSON has no Infinity or NaN: every number in a policy file is finite.
  if (valibotAction.type === 'finite') return jsonSchema;
  if (valibotAction === EACH_DAY_ONCE) return unsaid('Each weekday') && jsonSchema;
  if (valibotAction.type === 'raw_check' && 'placeholders' in valibotAction) return { ...jsonSchema, pattern: placeholderPattern(valibotAction as PlaceholderCheck) };
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

/*
 * Help for editors, in the keywords VS Code's JSON language service reads besides the standard
 * ones: `enumDescriptions` (one text per value of an `enum`, shown as each is offered) and
 * `defaultSnippets` (whole values offered as completions). Typed by the vocabularies, so a new
 * channel type or tag fails type-check until it is described here.
 */
const CHANNEL_TYPE_HELP: Record<ChannelType, string> = {
  phone: 'A phone line; "href" is its tel: link.',
  email: 'An email form in the widget, or a mailto: link; "email" says where it goes.',
  chat: 'Live chat: "href" opens it, or "start": "event" lets the site open its own chat tool.',
  whatsapp: 'WhatsApp Business; "href" is the wa.me link.',
  social: 'A social network\'s messages; "href" is the profile or conversation link.',
  video: 'A video call; "href" is where it starts.',
  visit: 'A place to visit; "address", or "href" for a page with the address.',
  callback: 'The customer picks a time and you call them; "callback" says where requests go.',
  link: 'Any other page, such as a contact form; "href" is its address.',
};
const SUITS_HELP: Record<SuitsTag, string> = {
  urgent: 'Something that cannot wait: an outage, a blocked card.',
  complex: 'A question that takes explaining back and forth.',
  personal: 'Something about this customer\'s own account or situation.',
  simple: 'A short question with a short answer.',
  record: 'Leaves a written trace the customer can keep.',
};
const LEVEL_HELP: Record<NoticeLevel, string> = {
  info: 'Good to know: planned maintenance, changed hours.',
  warning: 'Something customers notice now: longer waits, a slow service.',
  critical: 'An outage or emergency: shown first, in red.',
};
const START_HELP: Record<(typeof CHAT_START_MODES)[number], string> = {
  link: 'Picking the channel follows "href".',
  event: 'Picking the channel fires kw-chat-start; the site opens its own chat tool.',
};
const QUERIES_HELP: Record<(typeof INSIGHTS_QUERY_MODES)[number], string> = {
  masked: 'What was typed in the search box, with e-mail addresses, IBANs, postcodes, phone numbers and digits masked.',
  'faq-words': 'Only the words of the query that the FAQ knows, and noMatch when no answer matched; never what was typed.',
};
const COST_HELP: Record<string, string> = {
  free: 'Free for the customer.',
  standard: 'The customer\'s normal rate with their own provider, nothing on top.',
};

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Every key `hours` takes: a day, then ranges from each day; the pattern in schema.ts as a list an editor can offer. */
const DAY_KEYS: [string, string][] = [
  ...WEEKDAYS.map((day, index): [string, string] => [day, DAY_NAMES[index] ?? day]),
  ...WEEKDAYS.flatMap((first, from) => WEEKDAYS.map((last, to): [string, string] => [`${first}-${last}`, from === to ? `${DAY_NAMES[from]} (the same as "${first}")` : `${DAY_NAMES[from]} to ${DAY_NAMES[to]}${to < from ? ', through the weekend' : ''}`])),
];

const described = (values: readonly string[], help: Record<string, string>) => values.map((value) => help[value] ?? '');

type Node = { [keyword: string]: unknown; type?: unknown; enum?: unknown[]; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };

function withEnumHelp(node: Node): Node {
  const values = node.enum as string[] | undefined;
  if (!values) return node;
  const help = [CHANNEL_TYPE_HELP, SUITS_HELP, LEVEL_HELP, START_HELP, QUERIES_HELP, COST_HELP].find((each) => values.every((value) => value in each));
  return help ? { ...node, enumDescriptions: described(values, help) } : node;
}

const overrideSchema: ConversionConfig['overrideSchema'] = ({ valibotSchema, jsonSchema }) => {
  if (valibotSchema.type !== 'picklist') return null;
  const options = (valibotSchema as unknown as { options: readonly string[] }).options;
  const known = [CHANNEL_TYPES, SUITS_TAGS, NOTICE_LEVELS, CHAT_START_MODES, INSIGHTS_QUERY_MODES].includes(options as never) || options.every((option) => option in COST_HELP);
  if (!known) throw new Error(`no enumDescriptions for the values ${options.join(', ')}`);
  return withEnumHelp(jsonSchema as Node) as JsonSchema;
};

const at = <T>(node: T | undefined, what: string): T => {
  if (!node) throw new Error(`the generated schema has no ${what}`);
  return node;
};

export function policyJsonSchema(): Node {
  const schema = toJsonSchema(PolicySchema, { overrideAction, overrideSchema }) as Node;
  const channels = at(schema.properties?.channels, 'channels');
  // The validator needs one usable channel; none at all is the one case a schema can see.
  channels.minItems = 1;
  const channel = at(channels.items, 'channels[]');
  channel.allOf = channelTypeRules();
  const fields = at(channel.properties, 'channel keys');
  const weekly = at(fields.hours?.anyOf?.find((option) => option.type === 'object'), 'hours per day');
  weekly.propertyNames = { type: 'string', enum: DAY_KEYS.map(([key]) => key), enumDescriptions: DAY_KEYS.map(([, help]) => help) };
  at(fields.hours, 'hours').defaultSnippets = [
    { label: 'weekdays', description: 'Monday to Friday, office hours', body: { 'mon-fri': '08:00-17:30' } },
    { label: 'weekdays and Saturday', body: { 'mon-fri': '08:00-17:30', sat: '09:00-13:00' } },
    { label: 'with a lunch break', body: { 'mon-fri': ['08:00-12:00', '13:00-17:00'] } },
    { label: 'always open', body: '24/7' },
  ];
  at(fields.cost, 'cost').defaultSnippets = [
    { label: 'per minute', description: 'A price per minute on top of the normal rate', body: { perMinute: 0.1, currency: 'EUR' } },
    { label: 'per call', description: 'A price per call or contact', body: { perCall: 0.5, currency: 'EUR' } },
    { label: 'in your own words', description: 'A cost the other forms cannot say', body: { text: { nl: 'Lokaal tarief', en: 'Local rate' } } },
  ];
  at(fields.wait, 'wait').defaultSnippets = [{ label: 'minutes', description: 'Typical minutes before a person answers', body: { minutes: 5 } }];
  // A counted phrase given in some plural forms needs its "other" form (validate.ts, usableWords).
  const language = at(schema.properties?.words?.additionalProperties as Node | undefined, 'words per language');
  language.dependencies = Object.fromEntries(
    Object.entries(WORD_CATALOGUE as Record<string, WordEntry>).flatMap(([key, entry]) =>
      entry.counted ? PLURAL_FORMS.filter((form) => form !== 'other').map((form) => [`${key}.${form}`, [`${key}.other`]]) : [],
    ),
  );
  return schema;
}
