/**
 * `kanaalwijzer/server`: the reference receiver for a site's email, call-back and insights
 * endpoints. Never imported by the widget.
 */
import { postgresFromUrl } from './postgres.js';
import { MessageStore } from './store.js';

export { createReceiver, newMessageReference, TEST_HEADER, type ConnectionInfo, type Receiver, type ReceiverOptions } from './receiver.js';
export { MessageStore, type EventRow, type MessageKind, type NewMessage, type PutResult, type StoredMessage } from './store.js';
export { Courier, mailText, oneLine, SIGNATURE_HEADER, smtpForwarder, webhookForwarder, webhookSignature, type CourierOptions, type Forwarder, type SmtpOptions, type WebhookOptions } from './forward.js';
export { handleNodeRequest, nodeServer } from './node.js';
export { postgresSql } from './postgres.js';
export { sqlReport } from './insights-report.js';
export type { Sql } from './sql.js';
export type { RateLimit } from './rate-limit.js';

/**
 * A store for a SQLite file path or a postgres:// URL. Each database's driver is loaded only
 * when used: better-sqlite3 for a file, pg for a URL.
 */
export async function openStore(location: string): Promise<MessageStore> {
  if (/^postgres(ql)?:\/\//.test(location)) return MessageStore.open(await postgresFromUrl(location));
  const { sqliteSql } = await import('./sqlite.js');
  return MessageStore.open(sqliteSql(location));
}
