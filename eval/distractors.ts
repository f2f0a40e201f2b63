// Generated FAQ entries that look like a large Dutch service FAQ: the same kind of words as the
// demo FAQ (bills, contracts, meters, moving house) in other combinations, so they compete with the
// right answer instead of being trivially unrelated. Deterministic, so every run measures the same.
import type { SearchableEntry } from '../src/search/faq-search.js';

const NOUNS = `factuur rekening contract abonnement pakket bundel tarief korting bestelling levering retour pakketje
verzekering polis schade claim premie eigen risico dekking lening hypotheek spaarrekening pinpas creditcard
meter meterstand slimme meter laadpaal zonnepanelen thuisbatterij warmtepomp cv-ketel monteur afspraak storing
internet modem router wifi glasvezel telefoon simkaart nummer toestel account wachtwoord inlogcode app
adres verhuizing woning huurwoning parkeervergunning paspoort rijbewijs afvalpas container belasting toeslag
klacht vergoeding garantie reparatie onderhoud opzegtermijn boete machtiging incasso betaling termijn aanmaning
herinnering korting cadeaubon voucher punten spaarpunten nieuwsbrief privacy gegevens cookie toegang code`.split(/\s+/);

const VERBS = `aanvragen wijzigen opzeggen stopzetten doorgeven verlengen annuleren terugsturen activeren blokkeren
vervangen bekijken downloaden betalen terugkrijgen aanpassen overzetten koppelen instellen resetten melden
ophalen inleveren omzetten verhogen verlagen afsluiten bevestigen registreren`.split(/\s+/);

const CONTEXTS = `in de app|bij verhuizing|voor mijn bedrijf|in het buitenland|na overlijden|tijdens vakantie|voor een student|
met een machtiging|zonder inlogcode|bij een storing|na de proefperiode|via de klantenservice|op een ander adres|
voor mijn ouders|bij een nieuwe woning|na een verbouwing|op zaterdag|met korting`.split('|').map((s) => s.trim());

const SENTENCES = [
  'Je regelt dit in een paar minuten online via je persoonlijke omgeving.',
  'Houd je klantnummer bij de hand; dat staat op elke brief die je van ons krijgt.',
  'De wijziging gaat in vanaf de eerstvolgende maand en je ontvangt een bevestiging per e-mail.',
  'Kom je er niet uit, bel dan onze klantenservice op werkdagen tussen 8 en 20 uur.',
  'Er zijn geen extra kosten aan verbonden, tenzij je contract iets anders zegt.',
  'Binnen vijf werkdagen hoor je van ons wat de volgende stap is.',
  'Voor zakelijke klanten gelden soms andere voorwaarden; kijk in je overeenkomst.',
  'Je kunt de status altijd volgen in het overzicht van je aanvragen.',
];

/** `count` entries, each a question about a noun, what to do with it, and a situation. */
export function distractors(count: number, seed = 7): SearchableEntry[] {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const noun = pick(NOUNS);
    const verb = pick(VERBS);
    const context = pick(CONTEXTS);
    return {
      id: `generated-${i}`,
      question: `Hoe kan ik mijn ${noun} ${verb} ${context}?`,
      answer: `Wil je je ${noun} ${verb}? ${pick(SENTENCES)} ${pick(SENTENCES)} Let op: ${pick(NOUNS)} en ${pick(NOUNS)} regel je apart.`,
      keywords: [pick(NOUNS), `${noun} ${verb}`, pick(NOUNS)],
      topics: [],
    };
  });
}
