/** The `kanaalwijzer` command, free of Node APIs so it can be tested anywhere. */
import { parsePolicyText } from '../policy/validate.js';
import { runInsights } from './insights.js';

export const EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

export interface CliIo {
  /** Returns the file's text; throws when it cannot be read. */
  readFile(path: string): string;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: kanaalwijzer validate <policy.json> [more.json ...]
       kanaalwijzer insights <events.ndjson> [more ...] [--json] [--html report.html]

Checks channel policies for <kanaal-wijzer>. Prints one "path: message" line per problem.
Exit status: 0 valid, 1 problems found, 2 a file could not be read (or bad usage).`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function validateFile(path: string, io: CliIo, prefix: string): number {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`${prefix}cannot read ${path}: ${reason}`);
    return EXIT.unreadable;
  }
  const result = parsePolicyText(text.replace(/^\uFEFF/, ''));
  for (const error of result.errors) io.out(`${prefix}${error.path || '(policy)'}: ${error.message}`);
  if (result.fatal) {
    io.err(`${prefix}${plural(result.errors.length, 'problem', 'problems')}; the widget cannot use this policy and shows its fallback.`);
    return EXIT.invalid;
  }
  const policy = result.policy;
  const faqCount = Array.isArray(policy?.faq) ? policy.faq.length : 0;
  const summary = `${plural(policy?.channels.length ?? 0, 'channel', 'channels')}, ${plural(policy?.topics?.length ?? 0, 'topic', 'topics')}, ${plural(faqCount, 'FAQ entry', 'FAQ entries')}, ${plural(policy?.notices?.length ?? 0, 'notice', 'notices')}`;
  if (result.errors.length > 0) {
    io.err(`${prefix}${plural(result.errors.length, 'problem', 'problems')}; the widget drops what is broken and shows the rest (${summary}).`);
    return EXIT.invalid;
  }
  io.out(`${prefix}valid: ${summary}.`);
  return EXIT.valid;
}

export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return EXIT.valid;
  }
  if (command === 'insights') return runInsights(files, io);
  if (command !== 'validate' || files.length === 0) {
    io.err(USAGE);
    return EXIT.unreadable;
  }
  let worst: number = EXIT.valid;
  for (const file of files) {
    worst = Math.max(worst, validateFile(file, io, files.length > 1 ? `${file}: ` : ''));
  }
  return worst;
}
