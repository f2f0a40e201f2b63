/**
 * The editor's interface in Dutch and English. It follows the browser's languages until the
 * marketer picks one, and remembers that choice. Static text carries `data-i18n` (its text) or
 * `data-i18n-label` (its aria-label); code asks `t()`. Panels added later register their own
 * strings with `addStrings`.
 */
export type UiLanguage = 'nl' | 'en';

const CHOICE_KEY = 'kanaalwijzer-editor:ui-language';

const strings: Record<UiLanguage, Record<string, string>> = {
  en: {
    title: 'Channel policy editor – Kanaalwijzer',
    heading: 'Channel policy editor',
    uiLanguage: 'Interface language',
    open: 'Open file…',
    download: 'Download',
    loadDemo: 'Start from the demo policy',
    policy: 'Policy',
    restored: 'Your last version in this browser was restored.',
    preview: 'Preview',
    topic: 'Topic',
    language: 'Language',
    date: 'Date',
    time: 'Time',
    now: 'Now',
    editorLabel: 'Channel policy (JSON)',
    problemsLabel: 'Problems',
    fromPage: '(from the page address)',
    demoPolicy: '(demo policy)',
    wholePolicy: '(whole policy)',
    jumpTo: 'Go to line {line}, column {column}',
    fatal: 'The widget cannot use this policy: {problems}. Visitors would see only the fallback.',
    partial: '{problems}: the broken entries are left out, the rest works.',
    valid: 'Valid: {channels} channels, {topics} topics, {faq} FAQ entries, {notices} notices.',
    problemOne: '1 problem',
    problemMany: '{count} problems',
    moment: 'As a visitor sees it on {weekday} {date} at {time}, {zone} time.',
    replace: 'Replace your changes? They are not in a file yet: download them first to keep them.',
  },
  nl: {
    title: 'Kanalenbeleid bewerken – Kanaalwijzer',
    heading: 'Kanalenbeleid bewerken',
    uiLanguage: 'Taal van de editor',
    open: 'Bestand openen…',
    download: 'Downloaden',
    loadDemo: 'Beginnen met het demobeleid',
    policy: 'Beleid',
    restored: 'Uw laatste versie in deze browser is teruggezet.',
    preview: 'Voorbeeld',
    topic: 'Onderwerp',
    language: 'Taal',
    date: 'Datum',
    time: 'Tijd',
    now: 'Nu',
    editorLabel: 'Kanalenbeleid (JSON)',
    problemsLabel: 'Problemen',
    fromPage: '(uit het paginaadres)',
    demoPolicy: '(demobeleid)',
    wholePolicy: '(hele beleid)',
    jumpTo: 'Ga naar regel {line}, kolom {column}',
    fatal: 'De widget kan dit beleid niet gebruiken: {problems}. Bezoekers zien alleen de terugvallink.',
    partial: '{problems}: wat kapot is, valt weg; de rest werkt.',
    valid: 'Geldig: {channels} kanalen, {topics} onderwerpen, {faq} veelgestelde vragen, {notices} meldingen.',
    problemOne: '1 probleem',
    problemMany: '{count} problemen',
    moment: 'Zoals een bezoeker het ziet op {weekday} {date} om {time}, tijd in {zone}.',
    replace: 'Uw wijzigingen vervangen? Ze staan nog niet in een bestand: download ze eerst om ze te bewaren.',
  },
};

export function addStrings(more: Record<UiLanguage, Record<string, string>>): void {
  Object.assign(strings.en, more.en);
  Object.assign(strings.nl, more.nl);
}

function stored(): UiLanguage | undefined {
  try {
    const choice = localStorage.getItem(CHOICE_KEY);
    return choice === 'nl' || choice === 'en' ? choice : undefined;
  } catch {
    return undefined;
  }
}

function fromBrowser(): UiLanguage {
  for (const language of navigator.languages ?? [navigator.language]) {
    if (/^nl\b/i.test(language)) return 'nl';
    if (/^en\b/i.test(language)) return 'en';
  }
  return 'en';
}

let current: UiLanguage = stored() ?? fromBrowser();
const listeners: ((language: UiLanguage) => void)[] = [];

export function uiLanguage(): UiLanguage {
  return current;
}

/** The text for `key` in the current language, with `{name}` filled in. */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const text = strings[current][key] ?? strings.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function problems(count: number): string {
  return count === 1 ? t('problemOne') : t('problemMany', { count });
}

/** Translates the page's marked text, now and whenever the language changes. */
export function translatePage(root: Document): void {
  root.documentElement.lang = current;
  root.title = t('title');
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset['i18n'] ?? '');
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset['i18nLabel'] ?? ''));
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-ui-language]')) button.setAttribute('aria-pressed', String(button.dataset['uiLanguage'] === current));
}

export function onLanguageChange(listener: (language: UiLanguage) => void): void {
  listeners.push(listener);
}

export function setUiLanguage(language: UiLanguage): void {
  current = language;
  try {
    localStorage.setItem(CHOICE_KEY, language);
  } catch {
    // Not remembered: the choice still holds until the page is closed.
  }
  for (const listener of listeners) listener(language);
}
