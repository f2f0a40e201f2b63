/** `kanaalwijzer insights`: the marketer's figures from event logs, as text, JSON or an HTML report. */
import { buildReport, formatReport, parseLog, printable, type InsightsReport, type ReportOptions } from '../insights/report.js';
import { reportHtml } from '../insights/report-html.js';
import { EXIT, reason, type CliIo } from './io.js';

export interface InsightsIo extends CliIo {
  writeFile?(path: string, text: string): void;
  /** The chart library's browser script, inlined into the HTML report. */
  chartScript?(): string;
  /** The report computed in a receiver's database: a SQLite file or a postgres:// URL. */
  insightsFromDb?(location: string, options: ReportOptions): Promise<InsightsReport>;
}

export const INSIGHTS_USAGE = `Usage: kanaalwijzer insights <events.ndjson> [more ...] [--json] [--html report.html] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       kanaalwijzer insights --db <inbox.sqlite | postgres://…> [--json] [--html report.html] [--from …] [--to …]

Reads event logs as the insights endpoint writes them: one event or one {"events": [...]} batch
per line. Bad lines, and events naming a topic, channel or answer by anything but an id, are
counted and skipped. Prints panel opens, searches, answers, deflections,
emails and call-backs per topic, channel picks, content gaps and answers. With --db, the same
report is computed in the database of \`kanaalwijzer receive\`, so memory stays flat.
Exit status: 0 done, 2 a file could not be read or written (or bad usage).`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function runInsights(args: readonly string[], io: InsightsIo): number | Promise<number> {
  if (args.includes('--help')) {
    io.out(INSIGHTS_USAGE);
    return EXIT.valid;
  }
  const files: string[] = [];
  const options: ReportOptions = {};
  let json = false;
  let html: string | undefined;
  let db: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => {
      const next = args[++i];
      return next === undefined || next.startsWith('--') ? undefined : next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--html') html = value() ?? '';
    else if (arg === '--db') db = value() ?? '';
    else if (arg === '--from' || arg === '--to') {
      const day = value();
      if (!day || !DAY.test(day)) {
        io.err(`${arg} needs a day like 2026-11-24`);
        return EXIT.unreadable;
      }
      options[arg === '--from' ? 'from' : 'to'] = day;
    } else if (arg.startsWith('--')) {
      io.err(`unknown option ${arg}\n\n${INSIGHTS_USAGE}`);
      return EXIT.unreadable;
    } else files.push(arg);
  }
  if ((files.length === 0) === (db === undefined) || html === '' || db === '') {
    io.err(INSIGHTS_USAGE);
    return EXIT.unreadable;
  }
  const output = { json, html };
  if (db !== undefined) {
    const location = db;
    if (!io.insightsFromDb) {
      io.err('--db is available under Node only');
      return EXIT.unreadable;
    }
    return io.insightsFromDb(location, options).then(
      (report) => printReport(report, output, io, EXIT.valid),
      (error: unknown) => {
        io.err(`cannot read ${location}: ${reason(error)}`);
        return EXIT.unreadable;
      },
    );
  }
  let status: number = EXIT.valid;
  const log = { events: [], badLines: 0, badEvents: 0, forgedIds: 0 };
  for (const file of files) {
    try {
      parseLog(io.readFile(io.resolve(file)), log);
    } catch (error) {
      io.err(`cannot read ${file}: ${reason(error)}`);
      status = EXIT.unreadable;
    }
  }
  return printReport(buildReport(log, options), output, io, status);
}

function printReport(report: InsightsReport, { json, html }: { json: boolean; html: string | undefined }, io: InsightsIo, status: number): number {
  // JSON escapes C0 characters in strings but not DEL or C1; its own line breaks stay.
  if (json) io.out(JSON.stringify(report, null, 2).split('\n').map(printable).join('\n'));
  else for (const line of formatReport(report)) io.out(printable(line));
  if (html !== undefined) {
    try {
      if (!io.writeFile || !io.chartScript) throw new Error('writing files is not available here');
      io.writeFile(io.resolve(html), reportHtml(report, io.chartScript()));
      io.err(`Wrote ${html}.`);
    } catch (error) {
      io.err(`cannot write ${html}: ${reason(error)}`);
      status = EXIT.unreadable;
    }
  }
  return status;
}
