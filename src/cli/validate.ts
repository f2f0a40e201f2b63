/** `kanaalwijzer validate`: every problem at its line and column, in the order of the file. */
import { locateProblems } from '../policy/json-position.js';
import { parsePolicyText, type PolicyError, type ValidationResult } from '../policy/validate.js';
import { EXIT, USAGE_LINES, reason, type CliIo } from './io.js';

interface FileReport {
  file: string;
  valid: boolean;
  problems: { path: string; line: number | null; column: number | null; message: string }[];
  /** What follows from the problems (a topic going without a broken channel); not counted as problems. */
  notes: { path: string; line: number | null; column: number | null; message: string }[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A syntax error's path only repeats its line and column. */
function dataPath(error: PolicyError): string {
  return error.line !== undefined && error.path === `line ${error.line}, column ${error.column}` ? '' : error.path;
}

/** `file.json:74:20: channels[2].wait.minutes: message`, the form terminals and editors link. */
function problemLine(file: string, error: PolicyError): string {
  const where = error.line === undefined ? file : `${file}:${error.line}:${error.column}`;
  const path = dataPath(error);
  return `${where}: ${path ? `${path}: ` : ''}${error.message}`;
}

function contents(result: ValidationResult): string {
  const policy = result.policy;
  const faqCount = Array.isArray(policy?.faq) ? policy.faq.length : 0;
  return `${plural(policy?.channels.length ?? 0, 'channel', 'channels')}, ${plural(policy?.topics?.length ?? 0, 'topic', 'topics')}, ${plural(faqCount, 'FAQ entry', 'FAQ entries')}, ${plural(policy?.notices?.length ?? 0, 'notice', 'notices')}`;
}

function report(file: string, result: ValidationResult): FileReport {
  const entry = (error: PolicyError) => ({ path: dataPath(error), line: error.line ?? null, column: error.column ?? null, message: error.message });
  const problems = result.errors.filter((error) => !error.consequence).map(entry);
  return { file, valid: problems.length === 0 && !result.fatal, problems, notes: result.errors.filter((error) => error.consequence).map(entry) };
}

function checkFile(file: string, io: CliIo, lines: boolean): { status: number; report: FileReport } {
  const path = io.resolve(file);
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const message = `cannot read ${path}: ${reason(error)}`;
    if (lines) io.out(`${file}: ${message}`);
    return { status: EXIT.unreadable, report: { file, valid: false, problems: [{ path: '', line: null, column: null, message }], notes: [] } };
  }
  const policyText = text.replace(/^\uFEFF/, '');
  const parsed = parsePolicyText(policyText);
  const result = { ...parsed, errors: locateProblems(policyText, parsed.errors) };
  const fileReport = report(file, result);
  if (lines) {
    for (const error of result.errors) io.out(problemLine(file, error));
    const count = plural(fileReport.problems.length, 'problem', 'problems');
    if (result.fatal) io.out(`${file}: ${count}; the widget cannot use this policy and shows its fallback.`);
    else if (!fileReport.valid) io.out(`${file}: ${count}; the widget drops what is broken and shows the rest (${contents(result)}).`);
    else io.out(`${file}: valid: ${contents(result)}.`);
  }
  return { status: fileReport.valid ? EXIT.valid : EXIT.invalid, report: fileReport };
}

export function validate(args: readonly string[], io: CliIo): number {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length === 0 || files.some((file) => file.startsWith('-'))) {
    io.err(USAGE_LINES.validate);
    return EXIT.unreadable;
  }
  const checked = files.map((file) => checkFile(file, io, !json));
  if (json) io.out(JSON.stringify(checked.map((file) => file.report), null, 2));
  return Math.max(...checked.map((file) => file.status));
}
