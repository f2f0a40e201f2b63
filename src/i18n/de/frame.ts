/** German: the words of the launcher and the panel's frame. Not in the entry: they come with the panel chunk. */
import type { FrameStrings } from '../nl/frame.js';

export const de: FrameStrings = {
  launcher: 'Brauchen Sie Hilfe?',
  title: 'Wie können wir Ihnen helfen?',
  loading: 'Kontaktmöglichkeiten werden geladen…',
  slow: 'Das dauert länger als üblich. Sie können uns auch direkt erreichen:',
  unavailable: 'Die Kontaktmöglichkeiten lassen sich gerade nicht laden. Sie können uns aber direkt erreichen:',
  tryAgain: 'Erneut versuchen',
};
