/**
 * Turning customer text into searchable words: lower case, no diacritics, Dutch "ij" written as
 * "y" (so "kwyt" finds "kwijt"), stop words out, and a light suffix strip so "verhuizing",
 * "verhuizen" and "verhuisd" meet. Deliberately simple: fuzzy matching covers the rest.
 * That is the Dutch and English folding; French and German fold their own way (languages.ts).
 */
import { splitWords } from './bounds.js';

const NL_STOP = `aan al alle alles als altijd andere ben bij daar dag dan dat de deze die dit doch doen door dus een eens en er
ge geen geweest goedemiddag goedemorgen goedenavond groet groeten haar had heb hebben heeft hem het hier hij hoe hun iemand iets
ik in is ja je jij jou jouw jullie kan kon kunnen kun maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat
onder ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor vriendelijke waren wat we wel werd wezen wie wij
wil wilt word worden wordt zal ze zei zelf zich zij zijn zo zonder zou hallo beste dank bedankt graag alvast vraag even waarom
wanneer welke waar hoi heer mevrouw mvg gr ga gaan gaat kom komt komen doe doet gedaan hebt kunt mag mogen moeten weet weten
vind vindt zit zitten staat staan lijkt zie ziet zien heel erg echt goed gewoon weer al nou hen zou zouden zullen willen
jullie even eigenlijk misschien iedereen iets sinds sindsdien`;

const EN_STOP = `a about above after again all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into
is it its itself just me more most my myself no nor now of off on once only or other our ours out over own same she should
so some such than that the their theirs them then there these they this those through to too under until up very was we were
what which while who whom will with would you your yours yourself hello hi thanks thank please regards dear
get got can't cant im i'm ive i've dont don't go going goes went come comes doing done know think like want
need would really also yet ok okay since`;


/** How a language turns text into words and words into stems, and which words carry no meaning. */
export interface Folding {
  fold(text: string): string;
  stem(word: string): string;
  /** The language's own words that carry no meaning; the English ones count too, as customers mix English in. */
  stopWords: string;
}

const stopSets = new WeakMap<Folding, ReadonlySet<string>>();

function stopSet(folding: Folding): ReadonlySet<string> {
  let set = stopSets.get(folding);
  if (!set) stopSets.set(folding, (set = new Set(`${folding.stopWords} ${EN_STOP}`.split(/\s+/).map((word) => folding.fold(word)))));
  return set;
}

/** Lower case without diacritics, with "ij" as "y". */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ij/g, 'y');
}

// After fold() "lijk" is spelt "lyk".
const SUFFIXES = ['ingen', 'ing', 'heid', 'lyk', 'tjes', 'jes', 'ies', 'en', 'es', 'ed', 'er', 'e', 's', 'd', 't'];

/** A light stem: the longest listed suffix goes when at least four letters remain. */
export function stem(word: string): string {
  const once = strip(word);
  // A plural's singular may itself end in a listed suffix ("payments" → "payment" → "paymen"): both forms must meet.
  if (once.length === word.length - 1 && word.endsWith('s')) return strip(once);
  // English doubles a final consonant before -ed ("topped"); Dutch -ing keeps it ("stelling", "stellen").
  return word.endsWith('ed') && /([^aeiouy])\1$/.test(once) ? once.slice(0, -1) : once;
}

function strip(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Dutch and English together: Dutch customers write English words too ("factuur download"). */
export const DUTCH_ENGLISH: Folding = { fold, stem, stopWords: NL_STOP };

/** Stems of every word of an entry's text, repeats included: what the index counts. */
export function indexTerms(text: string, folding: Folding = DUTCH_ENGLISH): string[] {
  return words(text, folding)
    .filter((word) => word.length >= 2)
    .map(folding.stem);
}

/** The words of a text, folded, in order. */
export function words(text: string, folding: Folding = DUTCH_ENGLISH): string[] {
  return splitWords(folding.fold(text));
}

/** Whether a folded word can carry meaning: not a stop word, a number or a letter or two. */
export function informative(word: string, folding: Folding = DUTCH_ENGLISH): boolean {
  return word.length >= 3 && !stopSet(folding).has(word) && !/^\d+$/.test(word);
}

/** Stems of the words that carry meaning, in order of appearance, without repeats. */
export function informativeStems(text: string, folding: Folding = DUTCH_ENGLISH): string[] {
  return [...new Set(words(text, folding).filter((word) => informative(word, folding)).map(folding.stem))];
}

/**
 * Words customers use for the same thing in customer service, English and Dutch; general, not
 * any one FAQ's vocabulary. A related word counts less than the word itself.
 */
const RELATED_GROUPS = `close terminate cancel delete quit
refund reimburse reimbursement
fee charge cost
receive arrive arrival deliver delivery sent
order request apply
lost stolen missing
broken damaged
wrong incorrect
money cash funds
phone mobile
address location
pending processing waiting
failed declined rejected
verify confirm
change update edit modify
fix repair
help support assist
password passcode
opzeggen beeindigen stoppen
kosten tarief prijs
kapot defect stuk
kwijt verloren gestolen
terugbetalen terugstorten vergoeden
wijzigen aanpassen veranderen
storing uitval`;

export const RELATED: ReadonlyMap<string, readonly string[]> = new Map(
  RELATED_GROUPS.split('\n').flatMap((line) => {
    const stems = [...new Set(words(line).map(stem))];
    return stems.map((key): [string, string[]] => [key, stems.filter((other) => other !== key)]);
  }),
);
