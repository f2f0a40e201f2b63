/**
 * French and German folding for the FAQ search, beside the Dutch and English one (normalize.ts).
 *
 * French: elisions come off ("l'adresse" is "adresse", "d'électricité" is "électricité"), accents
 * and ligatures go, and a light strip of plural and common verb and noun endings lets "factures",
 * "facturé" and "facturation" meet. German: "ß" is "ss" and an umlaut is its ae/oe/ue spelling, so
 * "Zähler" and "Zaehler" meet; compounds ("Stromzählerstand") are split against the FAQ's own
 * words by the search, as for Dutch.
 */
import { DUTCH_ENGLISH, EN_STOP, type Folding } from './normalize.js';

const FR_STOP = `a ai aie aient aies ait alors as au aucun aussi autre aux avais avait avant avec avez aviez avoir avons bon
c ca car ce ceci cela celle celles celui ces cet cette ceux chez comme comment d dans de des deja depuis dois doit donc dont du elle
elles en encore est et etais etait ete etes etre eu eux fait faire fais faut il ils j je juste l la le les leur leurs lui m ma mais
me meme mes moi mon n ne ni nos notre nous on ont ou par pas peu peut peux plus pour pourquoi pourrais pourriez pouvez puis puisque qu
quand que quel quelle quelles quels qui quoi s sa sans se ses si sont suis sur t ta te tes toi ton tous tout toute toutes tres tu un
une vais veut veux voudrais vous vos votre vu y bonjour bonsoir merci madame monsieur cordialement salut svp stp question
besoin voila aujourd hui cependant vraiment bien avoir ici la-bas quelqu quelque chose faire`;

const DE_STOP = `aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bist bitte da dafür dann das dass
dem den denn der des dich die dies diese diesem diesen dieser dir doch dort du durch ein eine einem einen einer eines er es etwa
etwas euch euer für gab gibt habe haben hat hatte hatten hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jetzt kann
kein keine können könnte man mein meine meinem meinen meiner mich mir mit muss möchte möchten müssen nach nicht nichts noch nun nur ob oder ohne
schon sehr sein seine sich sie sind so soll sollen sollte über um und uns unser unsere unter viel vom von vor war waren warum was
weil wenn wer werden wie wieso will wir wird wo wurde wurden würde würden zu zum zur hallo guten tag morgen abend danke vielen dank freundlichen
grüßen gruß herr frau damen herren geehrte geehrter liebe lieber frage hilfe mal gerne gern eigentlich leider irgendwie`;

const ELISION = /(^|[^\p{L}])(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’`]/gu;

function foldFrench(text: string): string {
  return text.toLowerCase().replace(ELISION, '$1').replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/\p{M}/gu, '');
}

// Longest first; "aux" is the plural of "-al" ("journaux", "généraux").
const FR_SUFFIXES = ['issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'ments', 'ment', 'aient', 'erons', 'eront', 'ees', 'ee', 'ent', 'er', 'ez', 'es', 'e', 's', 'x'];

function stemFrench(word: string): string {
  if (word.length >= 6 && word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  for (const suffix of FR_SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * "Zähler" and "Zaehler" are one word here, as are "Straße" and "Strasse". The umlaut keeps its e:
 * "Zähler" is not "Zahl" ("zaehl" and "zahl" stay apart); a visitor who types "Zahler" is a typo
 * away, which fuzzy matching forgives.
 */
function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[äöüß]/g, (letter) => UMLAUT[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const DE_SUFFIXES = ['ungen', 'ung', 'heiten', 'heit', 'keiten', 'keit', 'lichen', 'liche', 'lich', 'ern', 'en', 'er', 'em', 'es', 'e', 'n', 's'];

function stemGerman(word: string): string {
  for (const suffix of DE_SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

function folding(fold: (text: string) => string, stem: (word: string) => string, stop: string): Folding {
  return { fold, stem, stop: new Set(`${stop} ${EN_STOP}`.split(/\s+/).map(fold)) };
}

let french: Folding | undefined;
let german: Folding | undefined;

/** The folding for a language tag ("fr-BE" folds as French); Dutch and English for any other. */
export function foldingFor(lang: string | undefined): Folding {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  if (base === 'fr') return (french ??= folding(foldFrench, stemFrench, FR_STOP));
  if (base === 'de') return (german ??= folding(foldGerman, stemGerman, DE_STOP));
  return DUTCH_ENGLISH;
}
