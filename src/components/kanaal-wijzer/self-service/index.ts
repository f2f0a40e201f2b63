/**
 * Everything the panel needs once a customer starts helping themselves: FAQ search, the email
 * form and call-back request, answers and receipts, with their words and styles. Loaded when the
 * panel opens, so it never delays the launcher.
 */
export { answer, searchBox, thanks } from './faq-views.js';
export { followKeyboard } from './keyboard.js';
export { MessageFlow } from './message-flow.js';
export { SELF_SERVICE_STRINGS } from '../../../i18n/self-service-strings.js';
export { selfServiceStyles } from './self-service.styles.js';
