/**
 * The panel's own words in Dutch and English (the frame's few are in frame-strings.ts, the
 * self-service views' in self-service/strings.ts, each with the chunk that shows them). Policy
 * texts come from the policy, not from here.
 */
import type { UiLanguage } from '../../i18n/text.js';

const nl = {
  selfService: 'Zelf regelen',
  channels: 'Neem contact op',
  open: 'Nu open',
  closed: 'Gesloten',
  always: '24/7 bereikbaar',
  sendAnyTime: 'Altijd te versturen',
  until: 'tot',
  opens: 'opent',
  noOpening: 'geen openingstijd gepland',
  noticeLabel: { info: 'Mededeling', warning: 'Let op', critical: 'Storing' },
  noticeMore: 'Lees verder',
  noticeLess: 'Minder tonen',
  opensInNewTab: '(opent in een nieuw tabblad)',
  recommended: 'Aanbevolen',
  waitNow: (minutes: number) => (minutes < 1 ? 'nu geen wachttijd' : `nu ~${minutes} min wachten`),
  reasonAlways: '24/7 bereikbaar',
  reasonWritten: 'antwoord op papier',
  reasonFree: 'gratis',
  live: 'live',
  liveLabel: 'actuele wachttijd',
  urgencyQuestion: 'Hoe dringend is het?',
  urgency: { now: 'Nu meteen', today: 'Vandaag nog', 'no-rush': 'Geen haast' },
  record: 'Op papier',
  remembered: 'Je keuze van de vorige keer staat bovenaan.',
  forget: 'Vergeet mijn keuze',
  nudgeQuestion: 'Sneller geholpen?',
  yourReference: 'Je referentie',
};

type Strings = typeof nl;

const en: Strings = {
  selfService: 'Do it yourself',
  channels: 'Get in touch',
  open: 'Open now',
  closed: 'Closed',
  always: 'Available 24/7',
  sendAnyTime: 'Send any time',
  until: 'until',
  opens: 'opens',
  noOpening: 'no opening scheduled',
  noticeLabel: { info: 'Notice', warning: 'Please note', critical: 'Outage' },
  noticeMore: 'Read more',
  noticeLess: 'Show less',
  opensInNewTab: '(opens in a new tab)',
  recommended: 'Recommended',
  waitNow: (minutes: number) => (minutes < 1 ? 'no wait now' : `~${minutes} min wait now`),
  reasonAlways: 'available 24/7',
  reasonWritten: 'written answer',
  reasonFree: 'free',
  live: 'live',
  liveLabel: 'current wait',
  urgencyQuestion: 'How urgent is it?',
  urgency: { now: 'Right now', today: 'Today', 'no-rush': 'No rush' },
  record: 'In writing',
  remembered: 'Your choice from last time is at the top.',
  forget: 'Forget my choice',
  nudgeQuestion: 'Quicker help?',
  yourReference: 'Your reference',
};

export const STRINGS: Record<UiLanguage, Strings> = { nl, en };
export type { Strings };

