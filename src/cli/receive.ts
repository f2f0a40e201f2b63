/**
 * `kanaalwijzer receive`: the reference receiver as a command. This module reads the options;
 * main.ts runs the server, so the command stays free of Node APIs here.
 */
import { EXIT, type CliIo } from './io.js';

export interface ReceiveConfig {
  port: number;
  host: string;
  /** A SQLite file (made when missing) or a postgres:// URL. */
  store: string;
  allowOrigins: string[];
  smtp?: { url: string; to: string; from?: string };
  webhook?: { url: string; secret: string };
  retentionDays?: number;
}

export interface ReceiveIo extends CliIo {
  env?: Readonly<Record<string, string | undefined>>;
  /** Runs the receiver until the process is told to stop. */
  receive?(config: ReceiveConfig): Promise<void>;
}

export const RECEIVE_USAGE = `Usage: kanaalwijzer receive --allow-origin https://www.example.nl [--port 8787] [--host 127.0.0.1]
         [--store ./inbox.sqlite | postgres://…] [--retention-days N]
         [--smtp smtp://user:pass@host:587 --to service@example.nl [--from ADDRESS] | --webhook URL --webhook-secret SECRET]

Serves POST /api/contact, /api/callback and /api/insights and GET /healthz for <kanaal-wijzer>:
stores each email and call-back request once per Idempotency-Key before it answers, then
forwards it by mail or webhook, retrying until that succeeds. --allow-origin names the origin of
the pages that carry the widget (repeat it, or separate origins with commas).
Each option can also be set in the environment: KANAALWIJZER_PORT, KANAALWIJZER_HOST,
KANAALWIJZER_STORE, KANAALWIJZER_ALLOW_ORIGIN, KANAALWIJZER_RETENTION_DAYS, KANAALWIJZER_SMTP,
KANAALWIJZER_TO, KANAALWIJZER_FROM, KANAALWIJZER_WEBHOOK, KANAALWIJZER_WEBHOOK_SECRET.
Exit status: 0 stopped, 2 bad usage or the receiver could not start.`;

const OPTIONS = ['port', 'host', 'store', 'allow-origin', 'retention-days', 'smtp', 'to', 'from', 'webhook', 'webhook-secret'] as const;
type Option = (typeof OPTIONS)[number];

const envName = (option: Option) => `KANAALWIJZER_${option.toUpperCase().replace(/-/g, '_')}`;

/** The configuration the options describe, or what is wrong with them. */
export function receiveConfig(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ReceiveConfig | string {
  const given = new Map<Option, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [];
    if (!name || !(OPTIONS as readonly string[]).includes(name)) return `unknown option ${arg}`;
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return `--${name} needs a value`;
    given.set(name as Option, [...(given.get(name as Option) ?? []), value]);
  }
  const one = (option: Option) => given.get(option)?.at(-1) ?? env[envName(option)] ?? undefined;
  const port = Number(one('port') ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return '--port needs a port number';
  const allowOrigins = (given.get('allow-origin') ?? [env[envName('allow-origin')] ?? ''])
    .flatMap((list) => list.split(','))
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (allowOrigins.length === 0) return '--allow-origin is needed: the origin of the pages that carry the widget';
  for (const origin of allowOrigins) {
    if (origin === '*') return '--allow-origin takes origins, not "*": any site could post then';
    try {
      if (new URL(origin).origin !== origin.replace(/\/$/, '')) return `--allow-origin ${origin}: give the origin only, like https://www.example.nl`;
    } catch {
      return `--allow-origin ${origin} is not an origin like https://www.example.nl`;
    }
  }
  const config: ReceiveConfig = { port, host: one('host') ?? '127.0.0.1', store: one('store') ?? './inbox.sqlite', allowOrigins };
  const retention = one('retention-days');
  if (retention !== undefined) {
    const days = Number(retention);
    if (!Number.isFinite(days) || days <= 0) return '--retention-days needs a number of days above 0';
    config.retentionDays = days;
  }
  const smtp = one('smtp');
  const webhook = one('webhook');
  if (smtp && webhook) return 'forward by --smtp or by --webhook, not both';
  if (smtp) {
    const to = one('to');
    if (!to) return '--smtp needs --to, the address that receives the messages';
    const from = one('from');
    config.smtp = { url: smtp, to, ...(from && { from }) };
  }
  if (webhook) {
    const secret = one('webhook-secret');
    if (!secret) return '--webhook needs --webhook-secret, to sign each delivery';
    config.webhook = { url: webhook, secret };
  }
  return config;
}

export function runReceive(args: readonly string[], io: ReceiveIo): number | Promise<number> {
  if (args.includes('--help')) {
    io.out(RECEIVE_USAGE);
    return EXIT.valid;
  }
  const config = receiveConfig(args, io.env);
  if (typeof config === 'string') {
    io.err(`${config}\n\n${RECEIVE_USAGE}`);
    return EXIT.unreadable;
  }
  if (!io.receive) {
    io.err('receive runs under Node only');
    return EXIT.unreadable;
  }
  return io.receive(config).then(
    () => EXIT.valid,
    (error: unknown) => {
      io.err(`the receiver could not start: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.unreadable;
    },
  );
}
