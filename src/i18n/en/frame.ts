/** English: the words of the launcher and the panel's frame, all the entry chunk carries. */
import type { FrameStrings } from '../nl/frame.js';

export const en: FrameStrings = {
  launcher: 'Need help?',
  title: 'How can we help?',
  loading: 'Loading ways to reach us…',
  slow: 'This is taking longer than usual. You can also reach us directly:',
  unavailable: 'The contact options cannot load right now. You can still reach us directly:',
  tryAgain: 'Try again',
};
