/**
 * The channel policy, version 1, as one valibot schema: the TypeScript types, the runtime
 * validation and the published `policy.schema.json` all come from here. Every field carries a
 * description because the marketer reads it as hover help in their editor. Each description's
 * text is written inside its `v.description(…)` call (helpers take that call, not a string), so
 * the browser build can leave the texts out (scripts/strip-schema-docs.ts).
 */
import * as v from 'valibot';
import {
  CHANNEL_TYPES,
  CHAT_START_MODES,
  INSIGHTS_QUERY_MODES,
  NOTICE_LEVELS,
  SUITS_TAGS,
} from './constants.js';
import {
  calendarDateProblem,
  currencyProblem,
  instantProblem,
  EMAIL_ADDRESS,
  MAX_EMAIL_ADDRESS,
  linkProblem,
  nearest,
  timeRangeProblem,
  timeZoneProblem,
  type UrlRules,
} from './checks.js';
import { describeValue } from './describe.js';
import { en as enFrame } from '../i18n/en/frame.js';
import { en as enPanel } from '../i18n/en/panel.js';
import { en as enSelfService } from '../i18n/en/self-service.js';
import { PLURAL_FORMS, WORD_CATALOGUE, type WordEntry } from '../i18n/word-catalogue.js';
import { WEEKDAYS, weekdaysOfKey } from '../time/calendar.js';

/**
 * The schema, refusing lists. valibot's `record()` and `strictObject()` take a list for an object
 * (`[]` has no keys to fault), so `"hours": []` passed as a channel closed all week and `"label": []`
 * as an empty label, while policy.schema.json (`"type": "object"`) refused both. The issue is the
 * wrapped schema's own, with its message; the JSON Schema is the wrapped schema's.
 */
function noList<TSchema extends v.GenericSchema>(schema: TSchema): TSchema {
  return {
    ...schema,
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      if (!Array.isArray(dataset.value)) return schema['~run'](dataset, config);
      v._addIssue(this, 'type', dataset, config);
      return dataset;
    },
  } as TSchema;
}

/** A strict object whose unknown keys are reported with the nearest known key as a hint. */
function entity<const TEntries extends v.ObjectEntries>(entries: TEntries, what: string) {
  const known = Object.keys(entries);
  return noList(v.strictObject(entries, (issue) => {
    const key = issue.path?.at(-1)?.key;
    if (issue.input === undefined && typeof key === 'string' && key in entries) {
      return `required key "${key}" is missing`;
    }
    if (issue.expected === 'never' && typeof issue.input === 'string') {
      const hint = nearest(issue.input, known);
      return hint
        ? `unknown key "${issue.input}"; did you mean "${hint}"?`
        : `unknown key "${issue.input}"; ${what} can have: ${known.join(', ')}`;
    }
    return `expected ${what} (an object with {…}), found ${describeValue(issue.input)}`;
  }));
}

/** The check run on a text, named on the action so scripts/policy-json-schema.ts can give its JSON Schema form. */
interface TextCheck extends v.RawCheckAction<string> {
  problem: (value: string, rules?: UrlRules) => string | undefined;
  rules?: UrlRules;
}

function checked(problem: TextCheck['problem'], rules?: UrlRules): TextCheck {
  const action = v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const message = problem(dataset.value, rules);
    if (message !== undefined) addIssue({ message });
  });
  return { ...action, problem, ...(rules && { rules }) };
}

const nonEmptyString = v.pipe(v.string(), v.nonEmpty('text cannot be empty'));

function url(doc: v.DescriptionAction<string, string>, rules?: UrlRules) {
  return v.pipe(v.string(), checked(linkProblem, rules), doc);
}

/** What an id of a channel, topic or FAQ entry looks like; the insights report accepts no other. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const id = (of: string) =>
  v.pipe(
    v.string(),
    v.regex(ID_PATTERN, (issue) => `${describeValue(issue.input)} is not an id like "chat" or "factuur-hoger" (lower-case letters, digits, - and _)`),
    v.description(`Unique id of this ${of}: lower-case letters, digits, "-" and "_". Used in events and references.`),
  );

const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const localeCode = v.pipe(
  v.string(),
  v.regex(LOCALE_PATTERN, (issue) => `${describeValue(issue.input)} is not a language code like "nl" or "en"`),
);

/** Text a customer reads: one string, or a map of language code to string. */
export const LocalTextSchema = v.pipe(
  v.union([nonEmptyString, v.pipe(noList(v.record(localeCode, nonEmptyString)), v.minEntries(1, 'a text per language needs at least one language, like {"nl": "…"}'))], (issue) => {
    const input = issue.input;
    if (input && typeof input === 'object' && !Array.isArray(input)) {
      for (const [key, value] of Object.entries(input)) {
        if (!LOCALE_PATTERN.test(key)) return `"${key}" is not a language code like "nl" or "en"`;
        if (typeof value !== 'string' || value === '') {
          return `"${key}": expected text, found ${describeValue(value)}`;
        }
      }
    }
    return `expected text, or a map of language to text like {"nl": "…", "en": "…"}, found ${describeValue(input)}`;
  }),
  v.description('Text a customer reads: a string, or a map of language code to string, e.g. {"nl": "Bellen", "en": "Call us"}.'),
);
export type LocalText = v.InferOutput<typeof LocalTextSchema>;

const localText = (doc: v.DescriptionAction<LocalText, string>) => v.pipe(LocalTextSchema, doc);

const TIME_RANGE_SHAPE = /^\d{2}:\d{2}-\d{2}:\d{2}$/;
const timeRange = v.pipe(
  v.string(),
  v.regex(TIME_RANGE_SHAPE, (issue) => `${describeValue(issue.input)} is not a time range like "08:00-17:30" or "closed"`),
  checked(timeRangeProblem),
  v.description('Opening time and closing time, "HH:MM-HH:MM"; a closing time before the opening time runs past midnight ("22:00-02:00").'),
);

/** What one day (or date) looks like: closed, one range, or several ranges. */
export const DayHoursSchema = v.pipe(
  v.union([
    v.literal('closed'),
    timeRange,
    v.pipe(v.array(timeRange), v.nonEmpty('list at least one time range, or write "closed"')),
  ]),
  v.description('"closed", a time range like "08:00-17:30", or a list of them like ["08:00-12:00", "13:00-17:00"].'),
);
export type DayHours = v.InferOutput<typeof DayHoursSchema>;

const DAY = `(${WEEKDAYS.join('|')})`;
const DAY_KEY = new RegExp(`^${DAY}(-${DAY})?$`);

/** Each weekday in one key only: one of the rules policy.schema.json cannot say (scripts/unsaid-rules.ts). */
export const EACH_DAY_ONCE = v.rawCheck<Record<string, DayHours>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const owner = new Map<number, string>();
  for (const key of Object.keys(dataset.value)) {
    for (const day of weekdaysOfKey(key)) {
      const earlier = owner.get(day);
      if (earlier !== undefined) {
        addIssue({
          message: `${WEEKDAYS[day]} is in both "${earlier}" and "${key}"; give each day once`,
          path: [{ type: 'object', origin: 'value', input: dataset.value, key, value: dataset.value[key] }],
        });
      } else {
        owner.set(day, key);
      }
    }
  }
});

const weeklyHours = v.pipe(
  noList(v.record(
    v.pipe(
      v.string(),
      v.regex(DAY_KEY, (issue) => `"${String(issue.input)}" is not a day like "mon" or a range like "mon-fri"`),
    ),
    DayHoursSchema,
  )),
  EACH_DAY_ONCE,
);

export const HoursSchema = v.pipe(
  v.union([v.literal('24/7'), weeklyHours], (issue) => `expected "24/7" or opening hours per day like {"mon-fri": "08:00-17:00"}, found ${describeValue(issue.input)}`),
  v.description('Opening hours: "24/7", or per day or day range ("mon" … "sun", "mon-fri") the day\'s hours. Days left out are closed. Wall-clock time in the time zone.'),
);
export type Hours = v.InferOutput<typeof HoursSchema>;

const ExceptionsSchema = v.pipe(
  noList(v.record(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), checked(calendarDateProblem)), DayHoursSchema)),
  v.description('Dates (YYYY-MM-DD, in the channel\'s time zone) with other hours than usual: holidays, early closing.'),
);

const amount = (doc: v.DescriptionAction<number, string>) =>
  v.pipe(
    v.number((issue) => `expected an amount like 0.10, found ${describeValue(issue.input)}`),
    v.finite(),
    v.minValue(0, (issue) => `an amount cannot be negative; found ${String(issue.input)}`),
    doc,
  );
const currency = v.pipe(v.string(), checked(currencyProblem), v.description('ISO 4217 currency code, e.g. "EUR".'));

export const CostSchema = v.pipe(
  v.union(
    [
      v.pipe(v.picklist(['free', 'standard']), v.description('"free", or "standard": the customer\'s normal rate with their own provider.')),
      entity({ perMinute: amount(v.description('Price per minute, on top of the normal rate.')), currency }, 'a cost per minute'),
      entity({ perCall: amount(v.description('Price per call or contact.')), currency }, 'a cost per call'),
      entity({ text: localText(v.description('Cost in your own words, for anything the other forms cannot say.')) }, 'a cost text'),
    ],
    (issue) => `expected "free", "standard", {"perMinute": 0.10, "currency": "EUR"}, {"perCall": …} or {"text": …}, found ${describeValue(issue.input)}`,
  ),
  v.description('What contacting this way costs the customer.'),
);
export type Cost = v.InferOutput<typeof CostSchema>;

const LinkSchema = entity(
  {
    label: localText(v.description('Link text.')),
    href: url(v.description('Where the link goes: https:, tel:, mailto:, sms: or a path on this site.')),
  },
  'a link',
);
export type Link = v.InferOutput<typeof LinkSchema>;

export const EmailSettingsSchema = entity(
  {
    endpoint: v.optional(
      url(v.description('Where the email form is POSTed as JSON: a path on this site or an https: address.'), { schemes: ['https:'] }),
    ),
    to: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(MAX_EMAIL_ADDRESS, `an email address has at most ${MAX_EMAIL_ADDRESS} characters`),
        v.regex(EMAIL_ADDRESS, (issue) => `${describeValue(issue.input)} is not an email address`),
        v.description('Address for the mailto: fallback when there is no endpoint or it refuses.'),
      ),
    ),
    maxChars: v.optional(
      v.pipe(
        v.number(),
        v.integer('expected a whole number of characters'),
        v.minValue(200, 'a limit below 200 characters stops customers telling their story'),
        v.description('Longest message the endpoint accepts; a counter shows near the limit.'),
      ),
    ),
  },
  'email settings',
);

export const CallbackSettingsSchema = entity(
  {
    endpoint: url(v.description('Where callback requests are POSTed as JSON: a path on this site or an https: address.'), { schemes: ['https:'] }),
    slotMinutes: v.optional(
      v.pipe(v.number(), v.integer('expected a whole number of minutes'), v.minValue(5, 'a slot needs at least 5 minutes'), v.description('Length of one callback slot in minutes. Default 30.')),
    ),
  },
  'callback settings',
);

const suits = v.pipe(
  v.array(v.picklist(SUITS_TAGS, (issue) => `${describeValue(issue.input)} is not one of: ${SUITS_TAGS.join(', ')}`)),
  v.description('What this channel is good for: urgent, complex, personal, simple, record (leaves a written trace). Used to rank channels by what the customer needs.'),
);

export const ChannelSchema = entity(
  {
    id: id('channel'),
    type: v.pipe(
      v.picklist(CHANNEL_TYPES, (issue) => `${describeValue(issue.input)} is not a channel type; use one of: ${CHANNEL_TYPES.join(', ')}`),
      v.description(`Kind of channel: ${CHANNEL_TYPES.join(', ')}. Decides the icon and what picking it does.`),
    ),
    label: localText(v.description('Name of the channel as the customer sees it.')),
    description: v.optional(localText(v.description('One line under the label, e.g. what to have at hand.'))),
    href: v.optional(url(v.description('Where picking the channel goes: tel: for phone, https: for chat or WhatsApp, a path for a form.'))),
    start: v.optional(
      v.pipe(
        v.picklist(CHAT_START_MODES),
        v.description('"link" follows href; "event" fires kw-chat-start so the site opens its own chat tool.'),
      ),
    ),
    address: v.optional(localText(v.description('Street address, for visit channels.'))),
    hours: v.optional(HoursSchema),
    exceptions: v.optional(ExceptionsSchema),
    timeZone: v.optional(v.pipe(v.string(), checked(timeZoneProblem), v.description('IANA time zone of this channel\'s hours when it differs from the policy\'s.'))),
    wait: v.optional(
      v.pipe(
        entity(
          { minutes: v.pipe(v.number(), v.finite(), v.minValue(0, 'a wait cannot be negative'), v.description('Typical minutes before a person answers.')) },
          'a wait time',
        ),
        v.description('Typical wait for real-time channels (phone, chat, video). A live feed may override it.'),
      ),
    ),
    reply: v.optional(
      v.pipe(
        entity(
          { hours: v.pipe(v.number(), v.finite(), v.minValue(0, 'a reply time cannot be negative'), v.description('Typical hours until the answer arrives.')) },
          'a reply time',
        ),
        v.description('Typical reply time for asynchronous channels (email, forms).'),
      ),
    ),
    cost: v.optional(CostSchema),
    suits: v.optional(suits),
    email: v.optional(v.pipe(EmailSettingsSchema, v.description('For email channels: where the form is sent, and the mailto: fallback.'))),
    callback: v.optional(v.pipe(CallbackSettingsSchema, v.description('For callback channels: where requests go; the customer picks a slot within this channel\'s hours.'))),
    nudge: v.optional(v.pipe(v.boolean(), v.description('false: never suggest another channel when this one is picked.'))),
  },
  'a channel',
);
export type Channel = v.InferOutput<typeof ChannelSchema>;

const TaskSchema = entity(
  {
    label: localText(v.description('What the customer can do themselves, e.g. "Factuur downloaden".')),
    href: url(v.description('Where the task is done.')),
  },
  'a task',
);
export type Task = v.InferOutput<typeof TaskSchema>;

export const TopicSchema = entity(
  {
    id: id('topic'),
    label: localText(v.description('Name of the topic as the customer sees it.')),
    match: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.string(),
            v.startsWith('/', (issue) => `${describeValue(issue.input)} is not a path pattern like "/factuur*" (it starts with "/")`),
          ),
        ),
        v.description('Page paths of this topic: "*" matches within one path segment, "**" across segments. The first topic that matches wins.'),
      ),
    ),
    channels: v.optional(
      v.pipe(v.array(v.string()), v.description('Channel ids shown for this topic, in their base order. Without it, all channels show.')),
    ),
    tasks: v.optional(v.pipe(v.array(TaskSchema), v.description('Self-service tasks shown before any channel.'))),
  },
  'a topic',
);
export type Topic = v.InferOutput<typeof TopicSchema>;

/** A question's other words: one list for every language, or a list per language (issue 26). */
const KeywordsSchema = v.pipe(
  v.union(
    [v.array(nonEmptyString), v.pipe(noList(v.record(localeCode, v.array(nonEmptyString))), v.minEntries(1, 'a list per language needs at least one language, like {"nl": ["rekening"]}'))],
    (issue) => `expected a list of words, or a list per language like {"nl": ["rekening"], "fr": ["facture"]}, found ${describeValue(issue.input)}`,
  ),
  v.description('Other words customers use for this, e.g. "rekening" for "factuur": one list for every language, or a list per language code like {"nl": ["rekening"], "fr": ["facture"]}.'),
);
export type Keywords = v.InferOutput<typeof KeywordsSchema>;

export const FaqItemSchema = entity(
  {
    id: id('question'),
    question: localText(v.description('The question as a customer would ask it.')),
    answer: localText(v.description('The answer, as plain text; a blank line starts a new paragraph. No HTML.')),
    keywords: v.optional(KeywordsSchema),
    topics: v.optional(v.pipe(v.array(v.string()), v.description('Topic ids this answer belongs to; searched first on those pages.'))),
    links: v.optional(v.pipe(v.array(LinkSchema), v.description('Links shown under the answer.'))),
  },
  'a question',
);
export type FaqItem = v.InferOutput<typeof FaqItemSchema>;

export const NoticeSchema = entity(
  {
    id: id('notice'),
    text: localText(v.description('The message, e.g. "Storing in Noord-Holland. We werken eraan."')),
    level: v.optional(
      v.pipe(v.picklist(NOTICE_LEVELS), v.description('"info", "warning" or "critical"; decides colour and icon. Default "info".')),
    ),
    from: v.optional(v.pipe(v.string(), checked(instantProblem), v.description('First moment shown, with offset: "2026-11-24T08:00:00+01:00".'))),
    until: v.optional(v.pipe(v.string(), checked(instantProblem), v.description('Last moment shown, with offset.'))),
    topics: v.optional(v.pipe(v.array(v.string()), v.description('Topic ids the notice concerns; all topics when left out.'))),
    link: v.optional(v.pipe(LinkSchema, v.description('A link for more information, e.g. an outage map.'))),
  },
  'a notice',
);
export type Notice = v.InferOutput<typeof NoticeSchema>;

export const LiveSchema = entity(
  {
    url: url(v.description('Address returning current wait minutes per channel id, like {"phone": 7, "chat": 1}.')),
    refreshSeconds: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(10, 'refresh at most every 10 seconds'), v.description('How often to ask, in seconds. Default 60.')),
    ),
  },
  'a live feed',
);

export const FallbackSchema = entity(
  {
    label: localText(v.description('Text of the contact link shown if a later policy cannot be loaded.')),
    href: url(v.description('Your contact page.')),
  },
  'a fallback link',
);

export const InsightsSchema = entity(
  {
    endpoint: url(v.description('Where the widget POSTs its events in batches, as JSON {"events": [{type, detail, at}]}: a path on this site or an https: address. What customers typed is masked first.'), { schemes: ['https:'] }),
    queries: v.optional(
      v.pipe(
        v.picklist(INSIGHTS_QUERY_MODES, (issue) => `${describeValue(issue.input)} is not "masked" or "faq-words"`),
        v.description('What a search query becomes in insights. "masked" (the default): what was typed in the search box, with e-mail addresses, IBANs, postcodes, phone numbers and digits masked. "faq-words": only the words of it the FAQ knows, and noMatch when no answer matched; never what was typed.'),
      ),
    ),
  },
  'insights settings',
);

export const DraftsSchema = entity(
  {
    deviceHours: v.optional(
      v.pipe(
        v.number(),
        v.finite(),
        v.minValue(1),
        v.maxValue(720),
        v.description('Hours (1 to 720) a draft is kept on the device after its last change where the element has drafts="device"; then it is deleted unread. Default 24.'),
      ),
    ),
  },
  'draft settings',
);

/** Which query parameters may go with the page address in a message; by default none. */
export const PageUrlSchema = entity(
  {
    keepQuery: v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.regex(/^[^*]+\*?$|^\*$/, (issue) => `${describeValue(issue.input)} is not a parameter name like "order", or a prefix like "utm_*"`),
          v.description('A query parameter name ("order"), or a prefix ending in * ("utm_*"); "*" alone keeps the whole query string.'),
        ),
      ),
      v.description('Query parameters kept in the page address that goes with an email, call-back request or chat hand-over. Everything else in the query string, and the fragment, is left out.'),
    ),
  },
  'page address settings',
);

export const OutboxSchema = entity(
  {
    lifetimeHours: v.optional(
      v.pipe(
        v.number(),
        v.minValue(1, 'at least 1 hour'),
        v.description('How long an unsent message is kept and tried, in hours from when it was written. After that it is not sent: the customer is shown it, with the way to send it by email themselves. Default 72.'),
      ),
    ),
    maxAttempts: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(1, 'at least 1 attempt'),
        v.description('How often an unsent message is tried before it is given up and shown to the customer as not sent. Default 20.'),
      ),
    ),
  },
  'outbox settings',
);

/**
 * A language tag as BCP 47 writes it: a language, then optionally a script, a region and
 * variants (`pl`, `ar`, `pt-BR`, `sr-Latn-RS`, `de-CH-1996`). Private-use and grandfathered tags
 * are left out: no browser's `Intl` speaks them.
 */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*$/;
const languageTag = v.pipe(
  v.string(),
  v.regex(LANGUAGE_TAG, (issue) => `${describeValue(issue.input)} is not a language tag like "pl", "ar" or "pt-BR" (BCP 47)`),
);

/** The placeholders of one word, for the validator and for policy.schema.json's pattern. */
export interface PlaceholderCheck extends v.RawCheckAction<string> {
  placeholders: readonly string[];
  /** The ones the text must hold (a counted phrase needs `{count}` in its `other` form only). */
  required: readonly string[];
}

function placeholderCheck(key: string, placeholders: readonly (readonly [string, string])[], required: boolean): PlaceholderCheck {
  const names = placeholders.map(([name]) => name);
  const action = v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const [, name] of dataset.value.matchAll(/\{([^{}\s]*)\}/g)) {
      if (name !== undefined && !names.includes(name)) {
        const hint = nearest(name, names);
        const takes = names.length > 0 ? `it takes ${names.map((each) => `{${each}}`).join(', ')}` : 'it takes none';
        addIssue({ message: `unknown placeholder "{${name}}" in ${key}; ${hint ? `did you mean "{${hint}}"?` : takes}` });
      }
    }
    if (!required) return;
    for (const name of names) {
      if (!dataset.value.includes(`{${name}}`)) addIssue({ message: `placeholder "{${name}}" is missing; ${key} takes ${names.map((each) => `{${each}}`).join(', ')}` });
    }
  });
  return { ...action, placeholders: names, required: required ? names : [] };
}

/** A word's hover help: what it is, its English wording, and its placeholders. */
function wordHelp(entry: WordEntry, english: string, form?: string): string {
  const placeholders = entry.placeholders?.map(([name, meaning]) => `{${name}}: ${meaning}`).join('; ');
  return `${entry.doc}${form ? ` Plural form "${form}" (as Intl.PluralRules names them; "other" is required).` : ''} English: "${english}".${placeholders ? ` Placeholders: ${placeholders}.` : ''}`;
}

/** The English wording of a word, placeholders shown as `{name}`. */
function englishOf(key: string, entry: WordEntry, form?: string): string {
  const [part, ...path] = key.split('.');
  let node: unknown = ENGLISH[part as keyof typeof ENGLISH];
  for (const step of path) node = (node as Record<string, unknown>)[step];
  if (entry.counted) node = (node as Record<string, unknown>)[form === 'one' ? 'one' : 'other'];
  return typeof node === 'function' ? (node as (...args: string[]) => string)(...(entry.placeholders ?? []).map(([name]) => `{${name}}`)) : String(node);
}

const ENGLISH = { frame: enFrame, panel: enPanel, selfService: enSelfService };

const wordEntries = Object.fromEntries(
  Object.entries(WORD_CATALOGUE as Record<string, WordEntry>).flatMap(([key, entry]) =>
    (entry.counted ? PLURAL_FORMS : [undefined]).map((form) => [
      form ? `${key}.${form}` : key,
      v.optional(
        v.pipe(
          nonEmptyString,
          placeholderCheck(form ? `${key}.${form}` : key, entry.placeholders ?? [], form === undefined || form === 'other'),
          v.description(wordHelp(entry, englishOf(key, entry, form), form)),
        ),
      ),
    ]),
  ),
);

export const WordsSchema = v.pipe(
  noList(v.record(languageTag, entity(wordEntries, 'a language\'s words'))),
  v.description(
    'The widget\'s own words (the launcher, headings, open/closed, waits, the email form…) by language tag: a language the widget does not speak itself, like {"pl": {"frame.launcher": "Potrzebujesz pomocy?"}}, or your own phrasing of single words in a built-in one ("nl", "en", "fr", "de"). A word missing for a language comes from the policy\'s locale, then English.',
  ),
);

export const PolicySchema = entity(
  {
    $schema: v.optional(v.pipe(v.string(), v.description('Address of this JSON Schema, for editor help.'))),
    version: v.pipe(
      v.literal(1, (issue) => `this widget reads policy version 1, found ${describeValue(issue.input)}`),
      v.description('Policy format version; always 1.'),
    ),
    locale: v.pipe(localeCode, v.description('Language of texts given as plain strings and the fallback for missing translations, e.g. "nl".')),
    timeZone: v.pipe(v.string(), checked(timeZoneProblem), v.description('IANA time zone of all opening hours, e.g. "Europe/Amsterdam".')),
    channels: v.pipe(v.array(ChannelSchema), v.description('Every way to reach you.')),
    topics: v.optional(v.pipe(v.array(TopicSchema), v.description('Subjects customers come for; each picks and orders channels.'))),
    defaultTopic: v.optional(v.pipe(v.string(), v.description('Topic id used when no topic matches the page.'))),
    faq: v.optional(
      v.pipe(
        v.union([v.pipe(v.array(FaqItemSchema), v.description('Frequently asked questions.')), url(v.description('Address of a JSON file holding the list of questions, for large FAQs.'))]),
        v.description('Frequently asked questions, searched as the customer types: the list itself, or the address of a JSON file holding it.'),
      ),
    ),
    notices: v.optional(v.pipe(v.array(NoticeSchema), v.description('Service notices such as outages, shown at the top within their window.'))),
    live: v.optional(v.pipe(LiveSchema, v.description('A feed of current wait times; stale or broken values fall back to the typical figures.'))),
    fallback: v.optional(v.pipe(FallbackSchema, v.description('A plain contact link the widget remembers and shows if a later policy cannot be loaded.'))),
    nudge: v.optional(v.pipe(v.boolean(), v.description('false: never suggest a faster channel.'))),
    drafts: v.optional(v.pipe(DraftsSchema, v.description('Unsent drafts kept on the device (drafts="device"); otherwise a draft stays in its tab.'))),
    insights: v.optional(v.pipe(InsightsSchema, v.description('Send the widget\'s own events to your endpoint for the insights report; without it nothing is sent anywhere.'))),
    pageUrl: v.optional(v.pipe(PageUrlSchema, v.description('What of the page\'s address goes with a message. Without it: origin and path only, no query string or fragment.'))),
    outbox: v.optional(v.pipe(OutboxSchema, v.description('How long a message that could not be sent yet is kept and retried (lifetime and attempts).'))),
    words: v.optional(WordsSchema),
  },
  'a channel policy',
);
export type Policy = v.InferOutput<typeof PolicySchema>;
