/**
 * German folding for the FAQ search: "ß" is "ss" and an umlaut is its ae/oe/ue spelling, so
 * "Zähler" and "Zaehler" meet; compounds ("Stromzählerstand") are split against the FAQ's own
 * words by the search, as for Dutch. It travels with the German words (i18n/de/german.ts), so
 * only a German-speaking visitor loads it.
 */
import type { Folding } from './normalize.js';

const DE_STOP = `aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bist bitte da dafür dann das dass
dem den denn der des dich die dies diese diesem diesen dieser dir doch dort du durch ein eine einem einen einer eines er es etwa
etwas euch euer für gab gibt habe haben hat hatte hatten hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ist ja jetzt kann
kein keine können könnte man mein meine meinem meinen meiner mich mir mit muss möchte möchten müssen nach nicht nichts noch nun nur ob oder ohne
schon sehr sein seine sich sie sind so soll sollen sollte über um und uns unser unsere unter viel vom von vor war waren warum was
weil wenn wer werden wie wieso will wir wird wo wurde wurden würde würden zu zum zur hallo guten tag morgen abend danke vielen dank freundlichen
grüßen gruß herr frau damen herren geehrte geehrter liebe lieber frage hilfe mal gerne gern eigentlich leider irgendwie`;

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

export const german: Folding = { fold: foldGerman, stem: stemGerman, stopWords: DE_STOP };
