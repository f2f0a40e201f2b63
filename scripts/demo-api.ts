import type { Plugin } from 'vite';

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
