// The built widget served as a site serves it, with faults on demand: /faults/<token>/dist/<file>
// is dist/<file>, and /faults/<token>/test/fixtures/<file> a policy fixture. A test picks a token
// of its own and sets, per token, how a file answers:
// - '404': not found, as right after a redeploy while an old page is still cached;
// - 'html': 200 with an HTML page, as many CDNs and single-page hosts answer a missing file;
// - 'slow': the real file after `ms` milliseconds;
// - 'offline': the connection is dropped, a network error as for a visitor who went offline.
// Per token, so engines and test files running at once do not disturb each other. Every request
// is counted per token and file, so a test can tell a real retry from a failure the engine cached.
import { readFile, readdir } from 'node:fs/promises';
import { basename, extname } from 'node:path';

const ROOT = new URL('../../', import.meta.url);
const SERVED = /^\/faults\/([\w-]{1,64})\/((?:dist|test\/fixtures)\/[\w.-]+)$/;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
export const FAULT_KINDS = ['404', 'html', 'slow', 'offline'];

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Page not found</title></head>
  <body><h1>Sorry, we could not find that page</h1><p><a href="/">Back to the home page</a></p></body>
</html>
`;

/** token → { faults: Map<target, {kind, ms}>, requests: Map<file, count> } */
const tokens = new Map();

function stateOf(token) {
  if (!tokens.has(token)) tokens.set(token, { faults: new Map(), requests: new Map() });
  return tokens.get(token);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `target` names `file`: a chunk by the module it is named after, as scripts/size.mjs
 * matches it ("panel" is panel-Ab12cd34.js, not panel-view-Ab12cd34.js), or a file by its full name.
 */
export function targets(target, file) {
  return file === target || new RegExp(`^${escape(target)}-[\\w-]{6}\\.js$`).test(file);
}

function faultFor(token, file) {
  for (const [target, fault] of stateOf(token).faults) if (targets(target, file)) return fault;
  return undefined;
}

export async function chunkFaults(ctx, next) {
  const match = SERVED.exec(ctx.path);
  if (!match) return next();
  const [, token, path] = match;
  const file = basename(path);
  const { requests } = stateOf(token);
  requests.set(file, (requests.get(file) ?? 0) + 1);

  const fault = faultFor(token, file);
  if (fault?.kind === 'offline') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return undefined;
  }
  // A failure must not be kept by the HTTP cache: whether an engine remembers it is the question.
  if (fault) ctx.set('Cache-Control', 'no-store');
  if (fault?.kind === '404') {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'Not Found';
    return undefined;
  }
  if (fault?.kind === 'html') {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = NOT_FOUND_PAGE;
    return undefined;
  }
  if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.ms));

  try {
    ctx.body = await readFile(new URL(path, ROOT));
  } catch {
    ctx.status = 404;
    ctx.body = `No ${path}: run "vite build" first.`;
    return undefined;
  }
  ctx.status = 200;
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.set('Cache-Control', 'no-cache');
  return undefined;
}

/**
 * Server commands for the tests (executeServerCommand from '@web/test-runner-commands'):
 * - `kw-fault` `{token, target, kind, ms?}` makes `target` (a chunk name such as "panel", or a
 *   file name) fail that way for this token; `kind: null` lets it load again.
 * - `kw-fault-requests` `{token}` answers how often each file was asked for: `{[file]: count}`.
 * - `kw-fault-forget` `{token}` drops the token's faults and counts.
 * - `kw-dist-files` answers the names of the built JavaScript files, for a test that imports a
 *   chunk itself (their names carry a hash).
 */
export function chunkFaultsCommand() {
  return {
    name: 'kanaalwijzer-chunk-faults',
    async executeCommand({ command, payload }) {
      if (command === 'kw-fault') {
        const { token, target, kind, ms = 0 } = payload;
        if (kind === null) {
          stateOf(token).faults.delete(target);
          return true;
        }
        if (!FAULT_KINDS.includes(kind)) throw new Error(`kw-fault: unknown kind ${kind}; one of ${FAULT_KINDS.join(', ')}`);
        stateOf(token).faults.set(target, { kind, ms });
        return true;
      }
      if (command === 'kw-fault-requests') return Object.fromEntries(stateOf(payload.token).requests);
      if (command === 'kw-fault-forget') return tokens.delete(payload.token);
      if (command === 'kw-dist-files') return (await readdir(new URL('dist/', ROOT))).filter((file) => file.endsWith('.js'));
      return undefined;
    },
  };
}
