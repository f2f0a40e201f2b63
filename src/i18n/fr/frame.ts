/**
 * French: the words of the launcher and the panel's frame. Not in the entry: they come with the
 * panel chunk. French punctuation takes a narrow no-break space (U+202F) before ? ! : and ;.
 */
import type { FrameStrings } from '../nl/frame.js';

export const fr: FrameStrings = {
  launcher: 'Besoin d’aide ?',
  title: 'Comment pouvons-nous vous aider ?',
  loading: 'Chargement des moyens de contact…',
  slow: 'Le chargement prend plus de temps que d’habitude. Vous pouvez aussi nous joindre directement :',
  unavailable: 'Les moyens de contact ne peuvent pas s’afficher pour le moment. Vous pouvez toutefois nous joindre directement :',
  tryAgain: 'Réessayer',
};
