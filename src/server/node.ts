/** The receiver on Node's own HTTP server: each request becomes a fetch Request, each Response is written back. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Receiver } from './receiver.js';

function toRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  const url = `http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`;
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(url, {
    method: incoming.method,
    headers,
    ...(hasBody && { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' }),
  } as RequestInit);
}

/** Handles one Node request with the receiver; for a server of one's own or a dev server's middleware. */
export async function handleNodeRequest(receiver: Receiver, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const response = await receiver(toRequest(incoming), { clientAddress: incoming.socket.remoteAddress });
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  outgoing.writeHead(response.status, headers);
  if (incoming.method === 'HEAD' || !response.body) {
    outgoing.end();
    return;
  }
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/** A node:http server that answers every request with the receiver. Call `listen` on it. */
export function nodeServer(receiver: Receiver): Server {
  return createServer((incoming, outgoing) => {
    handleNodeRequest(receiver, incoming, outgoing).catch((error: unknown) => {
      console.error('kanaalwijzer receiver:', error);
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    });
  });
}
