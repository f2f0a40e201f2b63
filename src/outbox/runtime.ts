/** Storage and outbox, loaded together the first time a draft is saved or a message is sent. */
export { browserStore } from '../storage/store.js';
export { Outbox } from './outbox.js';
