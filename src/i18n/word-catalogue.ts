/**
 * Every one of the widget's own words a policy may give (`words` in the policy), by a flat dotted
 * key that mirrors the built-in shapes (`panel.wait` is `nl/panel.ts`'s `wait`), with what it is
 * and the placeholders it takes. The schema, the validator, the editor's help and the compiling of
 * a policy's words all read this one list; its type follows the built-in shapes, so a word added
 * there and missing here (or a placeholder too few) fails type-check.
 *
 * Each `doc(…)` text is hover help for the marketer's editor only: the browser build empties them
 * (scripts/strip-schema-docs.ts), as it does the schema's descriptions.
 */
import type { FrameStrings } from './nl/frame.js';
import type { Strings } from './nl/panel.js';
import type { SelfServiceStrings } from './nl/self-service.js';
import type { Counted } from './plural.js';

/** The built-in shapes, by the first part of a key. */
export interface WordShapes {
  frame: FrameStrings;
  panel: Strings;
  selfService: SelfServiceStrings;
}

/** What a placeholder is, e.g. `['span', 'the wait, like "9 min"']`; the meaning is editor help only. */
type Placeholder = readonly [name: string, meaning: string];

/** One word: what it is, and for a phrase its placeholders in the order of the built-in function's parameters. */
export interface WordEntry {
  doc: string;
  placeholders?: readonly Placeholder[];
  /** A counted phrase: given per plural category (`.one`, `.other`, …), with `{count}`. */
  counted?: true;
}

type EntryOf<T> = T extends Counted
  ? { doc: string; placeholders: readonly [Placeholder]; counted: true }
  : T extends (...args: infer P) => string
    ? { doc: string; placeholders: { readonly [I in keyof P]: Placeholder } }
    : { doc: string };

/** `{'panel.wait': EntryOf<…>, 'panel.cost.free': …}` from the nested shapes. */
type Flatten<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends Counted | string | ((...args: never[]) => string)
    ? { [Key in `${Prefix}.${K}`]: EntryOf<T[K]> }
    : Flatten<T[K], `${Prefix}.${K}`>;
}[keyof T & string];

type UnionToIntersection<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void ? I : never;

type Catalogue = UnionToIntersection<{ [Part in keyof WordShapes]: Flatten<WordShapes[Part], Part> }[keyof WordShapes]>;

/** A description for the editor; emptied in the browser build. */
const doc = (text: string): string => text;

const COUNT: Placeholder = ['count', doc('the number, like "3"')];

export const WORD_CATALOGUE = {
  'frame.launcher': { doc: doc('The launcher button\'s text and accessible name.') },
  'frame.title': { doc: doc('The panel\'s heading.') },
  'frame.loading': { doc: doc('While the panel\'s contents load.') },
  'frame.slow': { doc: doc('When loading takes long, before the policy\'s own links.') },
  'frame.unavailable': { doc: doc('When the contact options cannot load, before the policy\'s own links.') },
  'frame.tryAgain': { doc: doc('The button that loads the panel again.') },

  'panel.selfService': { doc: doc('Heading of the self-service tasks and FAQ.') },
  'panel.channels': { doc: doc('Heading of the channel list.') },
  'panel.about': { doc: doc('Before the page\'s topic in the panel\'s heading, like "About: Bills".') },
  'panel.close': { doc: doc('The panel\'s close button.') },
  'panel.open': { doc: doc('A channel that is open now.') },
  'panel.closed': { doc: doc('A channel that is closed now.') },
  'panel.always': { doc: doc('A channel open day and night.') },
  'panel.sendAnyTime': { doc: doc('A written channel (email, form) outside its hours.') },
  'panel.until': { doc: doc('Between "open now" and the closing time.') },
  'panel.opens': { doc: doc('Before the next opening moment of a closed channel.') },
  'panel.noOpening': { doc: doc('A closed channel with no opening in sight.') },
  'panel.noticeLabel.info': { doc: doc('Label of an "info" notice.') },
  'panel.noticeLabel.warning': { doc: doc('Label of a "warning" notice.') },
  'panel.noticeLabel.critical': { doc: doc('Label of a "critical" notice (an outage).') },
  'panel.noticeMore': { doc: doc('Shows the rest of a long notice.') },
  'panel.noticeLess': { doc: doc('Folds a long notice again.') },
  'panel.opensInNewTab': { doc: doc('Told to screen readers after a link that opens a new tab.') },
  'panel.recommended': { doc: doc('Badge of the channel recommended for the urgency chosen.') },
  'panel.noWait': { doc: doc('A real-time channel with no wait.') },
  'panel.wait': { doc: doc('A real-time channel\'s wait, live or typical.'), placeholders: [['span', doc('the wait, like "9 min"')]] },

  'panel.replyWithin': { doc: doc('A written channel\'s reply time.'), placeholders: [['span', doc('the time, like "48 hours" or "3 days"')]] },
  'panel.cost.free': { doc: doc('A free channel.') },
  'panel.cost.call': { doc: doc('A phone channel at the customer\'s normal call rate.') },
  'panel.cost.rate': { doc: doc('Another channel at the customer\'s normal rate.') },
  'panel.cost.perMinute': { doc: doc('After a price per minute, like "€ 0,10 per minute".') },
  'panel.cost.perCall': { doc: doc('After a price per call.') },
  'panel.reasonAlways': { doc: doc('Why a channel is suggested: it is always open.') },
  'panel.reasonWritten': { doc: doc('Why a channel is suggested: the answer comes in writing.') },
  'panel.live': { doc: doc('Marks a wait measured now (from the live feed).') },
  'panel.liveLabel': { doc: doc('Explains "live" in words.') },
  'panel.urgencyQuestion': { doc: doc('The question above the urgency choice.') },
  'panel.urgency.now': { doc: doc('Urgency choice: it cannot wait.') },
  'panel.urgency.today': { doc: doc('Urgency choice: today.') },
  'panel.urgency.no-rush': { doc: doc('Urgency choice: no hurry.') },
  'panel.record': { doc: doc('Urgency choice: the customer wants it in writing.') },
  'panel.remembered': { doc: doc('Says the channel chosen last time is shown first.') },
  'panel.forget': { doc: doc('Forgets the channel chosen last time.') },
  'panel.nudgeQuestion': { doc: doc('Heading of the suggestion of a quicker channel.') },
  'panel.back': { doc: doc('Back to the channel list.') },
  'panel.formUnavailable': { doc: doc('A form that cannot load.') },
  'panel.formUnavailableText': { doc: doc('Before the email address, when the form cannot load.') },
  'panel.formUnavailableOther': { doc: doc('When the form cannot load and there is no address.') },
  'panel.tryAgain': { doc: doc('Loads the form again.') },
  'panel.yourReference': { doc: doc('Before the visit reference the customer can quote.') },

  'selfService.searchLabel': { doc: doc('Label of the FAQ search box.') },
  'selfService.searchHint': { doc: doc('Example in the empty search box.') },
  'selfService.found': { doc: doc('How many FAQ answers match (1 or more).'), placeholders: [COUNT], counted: true },
  'selfService.noneFound': { doc: doc('No FAQ answer matches.') },
  'selfService.suggestionsUnavailable': { doc: doc('FAQ suggestions cannot load.') },
  'selfService.back': { doc: doc('Back from an answer or a form.') },
  'selfService.emailTitle': { doc: doc('Heading of the email form.') },
  'selfService.fieldEmail': { doc: doc('Email form: the customer\'s address.') },
  'selfService.fieldName': { doc: doc('Email form: the customer\'s name.') },
  'selfService.fieldSubject': { doc: doc('Email form: the subject.') },
  'selfService.fieldMessage': { doc: doc('Email form: the message.') },
  'selfService.optional': { doc: doc('After the label of a field that may stay empty.') },
  'selfService.emailInvalid': { doc: doc('The email address cannot be right.') },
  'selfService.messageRequired': { doc: doc('The message is empty.') },
  'selfService.tooLong': { doc: doc('The message is over the limit by some characters.'), placeholders: [['count', doc('how many characters too many')]], counted: true },
  'selfService.counter': {
    doc: doc('The character counter near the limit.'),
    placeholders: [['count', doc('characters written')], ['max', doc('the limit')]],
  },
  'selfService.send': { doc: doc('The send button.') },
  'selfService.mightHelp': { doc: doc('Heading of FAQ answers suggested while the customer types.') },
  'selfService.answered': { doc: doc('The answer helped: ends without sending.') },
  'selfService.continueEmail': { doc: doc('The answer did not help: back to the email.') },
  'selfService.backToChannels': { doc: doc('The answer did not help: back to the channels.') },
  'selfService.helpful': { doc: doc('Asks whether an answer helped.') },
  'selfService.yes': { doc: doc('Yes, helpful.') },
  'selfService.no': { doc: doc('No, not helpful.') },
  'selfService.feedbackThanks': { doc: doc('After the customer answered "helpful?".') },
  'selfService.thanksTitle': { doc: doc('Heading when an answer ended the contact.') },
  'selfService.thanksText': { doc: doc('Text when an answer ended the contact.') },
  'selfService.sending': { doc: doc('While a message is sent.') },
  'selfService.sentTitle': { doc: doc('Heading of the receipt of a sent message.') },
  'selfService.queuedTitle': { doc: doc('Heading when a message is kept to send later.') },
  'selfService.queuedText': { doc: doc('Explains that a kept message is sent by itself.') },
  'selfService.queuedMailto': { doc: doc('Offers to send a kept message by the customer\'s own email.') },
  'selfService.memoryOnly': { doc: doc('The browser cannot store the message.') },
  'selfService.reference': { doc: doc('Before the message\'s reference on the receipt.') },
  'selfService.referenceHint': { doc: doc('Explains what the reference is for.') },
  'selfService.sentAt': { doc: doc('When a message was sent.'), placeholders: [['time', doc('the time, like "14:05"')]] },
  'selfService.savedAt': { doc: doc('When a kept message was saved.'), placeholders: [['time', doc('the time, like "14:05"')]] },
  'selfService.expect': { doc: doc('What reply time to expect.'), placeholders: [['reply', doc('the reply time, like "reply within 48 hours"')]] },
  'selfService.copy': { doc: doc('Copies the message.') },
  'selfService.copied': { doc: doc('After copying.') },
  'selfService.download': { doc: doc('Downloads the message as a text file.') },
  'selfService.rejectedTitle': { doc: doc('Heading when the server refused the message.') },
  'selfService.rejectedText': { doc: doc('Why the server refused the message.'), placeholders: [['problem', doc('the server\'s reason')]] },
  'selfService.notSentTitle': { doc: doc('Heading of a message given up on.') },
  'selfService.notSentText': {
    doc: doc('A message given up on.'),
    placeholders: [['reference', doc('the message\'s reference')], ['when', doc('when it was written, like "yesterday 14:05"')]],
  },
  'selfService.notSentHere': { doc: doc('The site does not allow this form to send.') },
  'selfService.notSentDone': { doc: doc('The customer sent it themselves: remove it.') },
  'selfService.mailtoOffer': { doc: doc('Offers the customer\'s own email program.') },
  'selfService.mailtoTooLong': { doc: doc('The message is too long for a mailto: link.'), placeholders: [['to', doc('the email address')]] },
  'selfService.mailtoConfirm': { doc: doc('Asks whether the email was sent.') },
  'selfService.mailtoDone': { doc: doc('Yes, sent: the draft is cleared.') },
  'selfService.discard': { doc: doc('Clears the draft.') },
  'selfService.draftSaved': { doc: doc('The draft is kept on this device.') },
  'selfService.draftSavedTab': { doc: doc('The draft is kept in this tab.') },
  'selfService.draftNotSaved': { doc: doc('The draft is kept only while the page is open.') },
  'selfService.callbackTitle': { doc: doc('Heading of the call-back form.') },
  'selfService.fieldPhone': { doc: doc('Call-back form: the phone number.') },
  'selfService.fieldSlot': { doc: doc('Call-back form: the moment.') },
  'selfService.fieldNote': { doc: doc('Call-back form: what it is about.') },
  'selfService.phoneInvalid': { doc: doc('The phone number cannot be right.') },
  'selfService.slotRequired': { doc: doc('No moment chosen.') },
  'selfService.noSlots': { doc: doc('No call-back moments left.') },
  'selfService.requestCallback': { doc: doc('The call-back form\'s send button.') },
  'selfService.callbackSentTitle': { doc: doc('Heading after a call-back request was sent.') },
  'selfService.callbackQueuedTitle': { doc: doc('Heading when a call-back request is kept to send later.') },
  'selfService.callbackAt': { doc: doc('The moment planned for the call-back.'), placeholders: [['slot', doc('the moment, like "tomorrow 10:00"')]] },
} as const satisfies Catalogue;

export type WordKey = keyof typeof WORD_CATALOGUE;

/** The plural categories a counted phrase may be given in (`selfService.found.few`). */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Every key a policy's `words` may hold: counted phrases once per plural category. */
export function wordKeys(): string[] {
  return Object.entries(WORD_CATALOGUE as Record<string, WordEntry>).flatMap(([key, entry]) =>
    entry.counted ? PLURAL_FORMS.map((form) => `${key}.${form}`) : [key],
  );
}

/** The catalogue entry of a policy key (`selfService.found.one` is `selfService.found`'s), and its plural form if any. */
export function entryOf(key: string): { key: WordKey; entry: WordEntry; form?: (typeof PLURAL_FORMS)[number] } | undefined {
  const catalogue = WORD_CATALOGUE as Record<string, WordEntry>;
  const own = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (own && !own.counted) return { key: key as WordKey, entry: own };
  const dot = key.lastIndexOf('.');
  const form = key.slice(dot + 1) as (typeof PLURAL_FORMS)[number];
  const base = key.slice(0, dot);
  const counted = Object.hasOwn(catalogue, base) ? catalogue[base] : undefined;
  return counted?.counted && PLURAL_FORMS.includes(form) ? { key: base as WordKey, entry: counted, form } : undefined;
}
