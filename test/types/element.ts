// The element's type as a site's project sees it (lib/*.d.ts): its public API alone.
import type { KanaalWijzer } from 'kanaalwijzer';

declare const widget: KanaalWijzer;

// A built-in language, or one the policy gives words for.
export const speaks: 'nl' | 'en' | 'fr' | 'de' | (string & {}) = widget.language;
export const forgotten: Promise<boolean> = widget.forget();

// @ts-expect-error emit is internal: a page script cannot fire the widget's own events
widget.emit('kw-email-sent', { topic: null, kind: 'email' });
