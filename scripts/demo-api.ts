import { appendFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** Where the demo keeps the events its widgets send, for `kanaalwijzer insights` and the editor. */
export const DEMO_EVENT_LOG = new URL('../demo/insights.ndjson', import.meta.url);
const MAX_BATCH_BYTES = 64 * 1024;

/** A stand-in for the site's contact endpoint while the demo runs: accepts the email form's JSON. */
export function demoApi(): Plugin {
  return {
    name: 'kanaalwijzer-demo-api',
    configureServer(server) {
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
      server.middlewares.use('/api/contact', (request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          response.setHeader('Content-Type', 'application/json');
          if (request.method !== 'POST') {
            response.statusCode = 405;
            response.end(JSON.stringify({ error: 'POST only' }));
            return;
          }
          response.statusCode = 201;
          response.end(JSON.stringify({ received: body.length }));
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
