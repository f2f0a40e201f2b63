/**
 * French folding for the FAQ search: elisions come off ("l'adresse" is "adresse", "d'électricité"
 * is "électricité"), accents and ligatures go, and a light strip of plural and common verb and
 * noun endings lets "factures", "facturé" and "facturation" meet. It travels with the French words
 * (i18n/fr/french.ts), so only a French-speaking visitor loads it.
 */
import type { Folding } from './normalize.js';

const FR_STOP = `a ai aie aient aies ait alors as au aucun aussi autre aux avais avait avant avec avez aviez avoir avons bon
c ca car ce ceci cela celle celles celui ces cet cette ceux chez comme comment d dans de des deja depuis dois doit donc dont du elle
elles en encore est et etais etait ete etes etre eu eux fait faire fais faut il ils j je juste l la le les leur leurs lui m ma mais
me meme mes moi mon n ne ni nos notre nous on ont ou par pas peu peut peux plus pour pourquoi pourrais pourriez pouvez puis puisque qu
quand que quel quelle quelles quels qui quoi s sa sans se ses si sont suis sur t ta te tes toi ton tous tout toute toutes tres tu un
une vais veut veux voudrais vous vos votre vu y bonjour bonsoir merci madame monsieur cordialement salut svp stp question
besoin voila aujourd hui cependant vraiment bien avoir ici la-bas quelqu quelque chose faire`;

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

export const french: Folding = { fold: foldFrench, stem: stemFrench, stopWords: FR_STOP };
