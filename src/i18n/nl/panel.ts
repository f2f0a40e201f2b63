/**
 * Dutch: the panel's words (channels, their waits and costs, notices, urgency), loaded with the panel.
 * The shape every language follows. Policy texts come from the policy, not from here.
 */
export const nl = {
  selfService: 'Zelf regelen',
  channels: 'Neem contact op',
  /** Before the page's topic in the panel's heading: "Over: …". */
  about: 'Over',
  close: 'Sluiten',
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
  /** Every wait a channel shows, live or typical; `span` is "9 min". */
  wait: (span: string) => `wachttijd ~${span}`,
  noWait: 'geen wachttijd',
  /** `span` is "48 uur" or "3 dagen". */
  replyWithin: (span: string) => `antwoord binnen ${span}`,
  cost: { free: 'gratis', call: 'normale belkosten', rate: 'normale kosten', perMinute: 'per minuut', perCall: 'per gesprek' },
  reasonAlways: '24/7 bereikbaar',
  reasonWritten: 'antwoord op papier',
  live: 'live',
  liveLabel: 'nu gemeten',
  urgencyQuestion: 'Hoe dringend is het?',
  urgency: { now: 'Nu meteen', today: 'Vandaag nog', 'no-rush': 'Geen haast' },
  record: 'Op papier',
  remembered: 'Je keuze van de vorige keer staat bovenaan.',
  forget: 'Vergeet mijn keuze',
  nudgeQuestion: 'Sneller geholpen?',
  back: 'Terug',
  formUnavailable: 'Dit formulier laadt nu niet',
  formUnavailableText: 'Je kunt ons ook direct mailen:',
  formUnavailableOther: 'Kies hieronder een ander kanaal, of probeer het zo opnieuw.',
  tryAgain: 'Probeer opnieuw',
  yourReference: 'Je referentie',
};

export type Strings = typeof nl;
