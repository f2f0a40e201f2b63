import { appendFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { createReceiver, handleNodeRequest, openStore } from '../src/server/index.ts';

/** Where the demo keeps the events its widgets send, for `kanaalwijzer insights` and the editor. */
export const DEMO_EVENT_LOG = new URL('../demo/insights.ndjson', import.meta.url);
/** The demo's inbox: what the reference receiver stored, listed at /inbox.html. */
export const DEMO_INBOX = fileURLToPath(new URL('../demo/inbox.sqlite', import.meta.url));
const MAX_BATCH_BYTES = 64 * 1024;
const RECEIVER_PATHS = new Set(['/api/contact', '/api/callback', '/healthz']);

/**
 * The demo site's endpoints: emails and call-back requests go to the package's own receiver
 * (kanaalwijzer/server) with a SQLite store under demo/, as a site running `kanaalwijzer receive`
 * would have them; /api/inbox lists what it stored, for /inbox.html.
 */
export function demoApi(): Plugin {
  return {
    name: 'kanaalwijzer-demo-api',
    async configureServer(server) {
      const store = await openStore(DEMO_INBOX);
      // The demo pages are served from the receiver's own origin, so no other origin is listed.
      const receiver = createReceiver({ store, allowOrigins: [] });
      server.httpServer?.once('close', () => void store.close());
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (RECEIVER_PATHS.has(path)) {
          handleNodeRequest(receiver, request, response).catch(next);
          return;
        }
        if (path === '/api/inbox') {
          store.list(200).then((messages) => {
            response.setHeader('Content-Type', 'application/json');
            response.setHeader('Cache-Control', 'no-store');
            response.end(JSON.stringify(messages));
          }, next);
          return;
        }
        next();
      });
      // Current waits that drift a little, as a real contact centre's do.
      server.middlewares.use('/api/live-waits', (_request, response) => {
        const minute = new Date().getMinutes();
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify({ chat: 1 + (minute % 4), bellen: 5 + (minute % 7), whatsapp: 12 + (minute % 5) }));
      });
      // The demo policy's insights endpoint: each batch becomes one line of the log, as a site's would.
      server.middlewares.use('/api/kw-insights', (request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          const batch = parseBatch(body);
          // The editor's preview shows the policy being written, not a visitor: its events are not insights.
          const fromEditor = /\/editor\.html/.test(request.headers.referer ?? '');
          if (request.method !== 'POST' || !batch) {
            response.statusCode = request.method !== 'POST' ? 405 : 400;
            response.end();
            return;
          }
          const write = fromEditor ? Promise.resolve() : appendFile(DEMO_EVENT_LOG, `${JSON.stringify(batch)}\n`);
          write.then(
            () => {
              response.statusCode = 204;
              response.end();
            },
            () => {
              response.statusCode = 500;
              response.end();
            },
          );
        });
      });
    },
  };
}

function parseBatch(body: string): { events: unknown[] } | undefined {
  if (body.length > MAX_BATCH_BYTES) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    const events = value && typeof value === 'object' ? (value as { events?: unknown }).events : undefined;
    return Array.isArray(events) ? { events } : undefined;
  } catch {
    return undefined;
  }
}
