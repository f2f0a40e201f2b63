/** `kanaalwijzer init`: a small policy that is valid as written, for a site owner to change. */
import { validatePolicy } from '../policy/validate.js';
import { EXIT, USAGE_LINES, reason, type CliIo } from './io.js';

const DEFAULT_FILE = 'contact-policy.json';

/** Two channels, one topic and three questions, in Dutch and English: each part of the format once. */
export function starterPolicy(schema: string): object {
  return {
    $schema: schema,
    version: 1,
    locale: 'nl',
    timeZone: 'Europe/Amsterdam',
    channels: [
      {
        id: 'bellen',
        type: 'phone',
        label: { nl: 'Bellen', en: 'Call us' },
        description: { nl: 'Houd uw klantnummer bij de hand.', en: 'Have your customer number at hand.' },
        href: 'tel:+31201234567',
        hours: { 'mon-fri': '08:00-17:30', sat: '09:00-13:00' },
        wait: { minutes: 5 },
        cost: 'standard',
        suits: ['urgent', 'complex', 'personal'],
      },
      {
        id: 'email',
        type: 'email',
        label: { nl: 'E-mail', en: 'Email' },
        hours: '24/7',
        reply: { hours: 24 },
        cost: 'free',
        suits: ['complex', 'record'],
        email: { to: 'klantenservice@example.nl' },
      },
    ],
    topics: [
      {
        id: 'algemeen',
        label: { nl: 'Algemene vragen', en: 'General questions' },
        match: ['/**'],
        channels: ['bellen', 'email'],
      },
    ],
    defaultTopic: 'algemeen',
    faq: [
      {
        id: 'openingstijden',
        question: { nl: 'Wanneer zijn jullie bereikbaar?', en: 'When can I reach you?' },
        answer: {
          nl: 'Telefonisch op werkdagen van 08:00 tot 17:30 en zaterdag van 09:00 tot 13:00. E-mail kan altijd; we antwoorden binnen een werkdag.',
          en: 'By phone on weekdays from 08:00 to 17:30 and on Saturday from 09:00 to 13:00. Email any time; we answer within a working day.',
        },
        keywords: ['bereikbaar', 'open', 'hours'],
        topics: ['algemeen'],
      },
      {
        id: 'adres-wijzigen',
        question: { nl: 'Hoe geef ik een nieuw adres door?', en: 'How do I change my address?' },
        answer: {
          nl: 'Stuur ons een e-mail met uw klantnummer en het nieuwe adres.',
          en: 'Send us an email with your customer number and the new address.',
        },
        keywords: ['verhuizen', 'adres', 'moving'],
        topics: ['algemeen'],
      },
      {
        id: 'klacht',
        question: { nl: 'Hoe dien ik een klacht in?', en: 'How do I make a complaint?' },
        answer: {
          nl: 'Mail ons wat er gebeurd is. U krijgt binnen vijf werkdagen een reactie van een vaste medewerker.',
          en: 'Email us what happened. A named colleague answers within five working days.',
        },
        keywords: ['ontevreden', 'complaint'],
        topics: ['algemeen'],
      },
    ],
  };
}

export function init(args: readonly string[], io: CliIo): number {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    io.err(USAGE_LINES.init);
    return EXIT.unreadable;
  }
  const file = args[0] ?? DEFAULT_FILE;
  const path = io.resolve(file);
  const policy = starterPolicy(io.schemaReference(path));
  const problems = validatePolicy(policy).errors;
  if (problems.length > 0) throw new Error(`the starter policy is invalid: ${JSON.stringify(problems)}`);
  try {
    io.createFile(path, `${JSON.stringify(policy, null, 2)}\n`);
  } catch (error) {
    io.out(`${file}: cannot write ${path}: ${reason(error)}`);
    return EXIT.unreadable;
  }
  io.out(`${file}: written: 2 channels, 1 topic, 3 FAQ entries, in Dutch and English.`);
  io.out(`Change it, then check it with: npx kanaalwijzer validate ${file}`);
  return EXIT.valid;
}
