/** The widget's own words in Dutch and English. Policy texts come from the policy, not from here. */
import type { UiLanguage } from '../i18n/text.js';

const nl = {
  launcher: 'Hulp nodig?',
  title: 'Hoe kunnen we helpen?',
  about: 'Over',
  close: 'Sluiten',
  loading: 'Contactmogelijkheden laden…',
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
  unavailable: 'De contactgegevens kunnen nu niet worden geladen.',
  opensInNewTab: '(opent in een nieuw tabblad)',
};

type Strings = typeof nl;

const en: Strings = {
  launcher: 'Need help?',
  title: 'How can we help?',
  about: 'About',
  close: 'Close',
  loading: 'Loading ways to reach us…',
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
  unavailable: 'Contact details cannot be loaded right now.',
  opensInNewTab: '(opens in a new tab)',
};

export const STRINGS: Record<UiLanguage, Strings> = { nl, en };
export type { Strings };
