/** Call-back requests: the moments on offer and the checks before sending. Loaded with the self-service views. */
import { formatMoment } from '../../../i18n/format.js';
import type { UiLanguage } from '../../../i18n/language.js';
import type { Channel, Policy } from '../../../policy/schema.js';
import { callbackSlots, compileSchedule } from '../../../time/hours.js';
import type { CallbackDraft } from './email-views.js';
import type { SelfServiceStrings } from '../../../i18n/self-service-strings.js';

export interface SlotOption {
  /** The slot's start as an ISO instant: what the endpoint receives. */
  value: string;
  /** "morgen 09:30", in the channel's zone: what the customer reads. */
  label: string;
}

export function slotOptions(channel: Channel, policy: Policy, now: number, lang: UiLanguage): SlotOption[] {
  const zone = channel.timeZone ?? policy.timeZone;
  const slots = callbackSlots(compileSchedule(channel.hours, channel.exceptions, zone), now, {
    ...(channel.callback?.slotMinutes !== undefined && { slotMinutes: channel.callback.slotMinutes }),
  });
  return slots.map((instant) => ({ value: new Date(instant).toISOString(), label: formatMoment(instant, now, lang, zone) }));
}

/** A phone number with at least nine digits, in any common notation. */
const PHONE_PATTERN = /^\+?[\d\s().-]*$/;

export function callbackProblems(draft: CallbackDraft, slots: SlotOption[], words: SelfServiceStrings): Partial<Record<keyof CallbackDraft, string>> {
  const digits = draft.phone.replace(/\D/g, '');
  return {
    ...(!(PHONE_PATTERN.test(draft.phone.trim()) && digits.length >= 9) && { phone: words.phoneInvalid }),
    ...(!slots.some((option) => option.value === draft.slot) && { slot: words.slotRequired }),
  };
}
