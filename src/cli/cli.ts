/**
 * The `kanaalwijzer` command, free of Node APIs so it can be tested anywhere: main.ts gives it
 * the file system. Each subcommand lives in its own module and is listed in COMMANDS.
 */
import { runCheckEndpoint } from './check-endpoint.js';
import { init } from './init.js';
import { runInsights } from './insights.js';
import { EXIT, type CliIo } from './io.js';
import { validate } from './validate.js';

export { EXIT, type CliIo } from './io.js';

export type Command = (args: readonly string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, Command> = { validate, init, insights: runInsights, 'check-endpoint': runCheckEndpoint };

export const USAGE = `Usage:
  kanaalwijzer validate [--json] <policy.json> [more.json ...]
  kanaalwijzer init [policy.json]
  kanaalwijzer insights <events.ndjson> [more ...] [--json] [--html report.html] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  kanaalwijzer check-endpoint <policy.json> --site https://www.example.nl [--origin URL] [--json] [--dry-run] [--timeout SECONDS]

validate  Checks channel policies for <kanaal-wijzer>. Prints one line per problem,
          "file.json:LINE:COLUMN: path: message", in the order of the file; --json prints
          [{"file", "valid", "problems": [{"path", "line", "column", "message"}]}] instead.
          Exit status: 0 valid, 1 problems found, 2 a file could not be read (or bad usage).
init      Writes a small valid starter policy (default contact-policy.json) whose "$schema"
          points at the installed policy.schema.json. Never replaces an existing file.
          Exit status: 0 written, 2 not written.
insights  Reads event logs as the insights endpoint writes them and prints the marketer's figures:
          per topic, channel picks, content gaps, answers; --json or --html report.html instead.
          Exit status: 0 done, 2 a file could not be read or written (or bad usage).
check-endpoint
          Checks the site's endpoints the policy names against the package's openapi.yaml and prints
          pass or fail per check, with what to fix; --json instead, --dry-run to POST nothing.
          Exit status: 0 all checks passed, 1 a check failed, 2 the policy could not be used (or bad usage).`;

export function runCli(args: readonly string[], io: CliIo): number | Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return EXIT.valid;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command || !Object.hasOwn(COMMANDS, name as string)) {
    io.err(USAGE);
    return EXIT.unreadable;
  }
  return command(rest, io);
}
