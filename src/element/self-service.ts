/**
 * Everything the panel needs once a customer starts helping themselves: FAQ search, the email
 * form, answers and receipts, with their words and styles. Loaded when the panel opens (or the
 * page is idle), so it never delays the launcher.
 */
export { callbackProblems, slotOptions } from './callback.js';
export { callbackForm, mailtoBlock, receipt } from './email-views.js';
export { answer, emailForm, searchBox, thanks } from './faq-views.js';
export { followKeyboard } from './keyboard.js';
export { SELF_SERVICE_STRINGS } from './self-service-strings.js';
export { selfServiceStyles } from './self-service.styles.js';
