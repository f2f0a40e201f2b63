/** What `kanaalwijzer receive` does under Node: the receiver on node:http, forwarding in the background. */
import { createReceiver, Courier, nodeServer, openStore, smtpForwarder, webhookForwarder, type Forwarder } from '../server/index.js';
import type { ReceiveConfig } from './receive.js';

export async function serve(config: ReceiveConfig, log: (line: string) => void): Promise<void> {
  const store = await openStore(config.store);
  let forwarder: Forwarder | undefined;
  if (config.smtp) forwarder = await smtpForwarder(config.smtp);
  else if (config.webhook) forwarder = webhookForwarder(config.webhook);
  const courier = new Courier({
    store,
    ...(forwarder && { forwarder }),
    ...(config.retentionDays !== undefined && { retentionDays: config.retentionDays }),
    onError: (error) => log(`forwarding failed, will retry: ${error instanceof Error ? error.message : String(error)}`),
  });
  const server = nodeServer(createReceiver({ store, allowOrigins: config.allowOrigins, ...(forwarder && { forwarding: courier }) }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  courier.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const forwarding = config.smtp ? `mailing to ${config.smtp.to}` : config.webhook ? `posting to ${config.webhook.url}` : 'keeping messages in the store only';
  log(`Receiving at http://${config.host}:${port} for ${config.allowOrigins.join(', ')}; store ${config.store.replace(/\/\/[^@/]*@/, '//…@')}; ${forwarding}.`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await courier.stop();
  await store.close();
}
