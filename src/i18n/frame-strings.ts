/** The words of the launcher and the panel's frame, in Dutch and English: all the entry chunk carries. */
import type { UiLanguage } from '../../i18n/language.js';

export interface FrameStrings {
  launcher: string;
  title: string;
  about: string;
  close: string;
  loading: string;
}
export const FRAME_STRINGS: Record<UiLanguage, FrameStrings> = {
  nl: {
    launcher: 'Hulp nodig?',
    title: 'Hoe kunnen we helpen?',
    about: 'Over',
    close: 'Sluiten',
    loading: 'Contactmogelijkheden laden…',
  },
  en: {
    launcher: 'Need help?',
    title: 'How can we help?',
    about: 'About',
    close: 'Close',
    loading: 'Loading ways to reach us…',
  },
};
