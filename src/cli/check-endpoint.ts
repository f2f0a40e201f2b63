/** `kanaalwijzer check-endpoint`: holds a site's endpoints to openapi.yaml and says what to fix. */
import { parsePolicyText } from '../policy/validate.js';
import { checkEndpoint, endpointsOf, type EndpointReport, type Verdict } from './endpoint-checks.js';
import { EXIT, reason, type CliIo } from './io.js';

export const CHECK_ENDPOINT_USAGE = `Usage: kanaalwijzer check-endpoint <policy.json> --site https://www.example.nl [--origin URL] [--json] [--dry-run] [--timeout SECONDS]

Asks each endpoint the policy names (email and call-back endpoints, live.url, insights.endpoint)
what the widget would ask it, and holds the answers to the package's openapi.yaml: the CORS
preflight from --origin wherever the endpoint is on another origin, a test message (marked with
the header Kanaalwijzer-Test: 1, which a receiver stores but never forwards) and its repeat with
the same Idempotency-Key (one record, the same reference), the reference's format, 422 for a key
reused with another body, problem+json errors, Retry-After, the live feed's shape and ranges, and
an insights batch as text/plain and as JSON. Each test message is stored once by a receiver that
keeps the contract.

  --site     the address the policy's relative endpoints are resolved against
  --origin   the origin of the pages that carry the widget, sent as Origin (default: the site's)
  --json     prints [{"kind", "url", "channels", "checks": [{"check", "verdict", "found", "fix"}]}]
  --dry-run  preflight and GET only: nothing is POSTed
  --timeout  seconds to wait for each answer (default 10)
Exit status: 0 every check passed (warnings allowed), 1 a check failed, 2 the policy could not be
read or used (or bad usage).`;

const MARK: Record<Verdict, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP' };
const LABEL: Record<string, string> = {
  preflight: 'CORS preflight',
  'accepts-probe': 'takes a test message',
  'json-answer': 'answer is JSON',
  reference: 'reference',
  'same-key-same-body': 'same key twice',
  'same-key-other-body': 'same key, other body',
  'invalid-message': 'broken message',
  'cors-answer': 'CORS on answers',
  'retry-after': 'Retry-After',
  'problem-json': 'errors as problem+json',
  messages: 'messages',
  'live-answers': 'answers',
  'live-json': 'answer is JSON',
  'live-shape': 'shape and ranges',
  'live-channels': 'channel ids',
  'insights-text-plain': 'text/plain batch',
  'insights-json': 'JSON batch',
  insights: 'batches',
};

/** The origin of an http(s) address, or undefined for anything else. */
function webOrigin(value: string | undefined): string | undefined {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function table(reports: EndpointReport[], io: CliIo): void {
  const width = Math.max(...reports.flatMap((report) => report.checks.map((check) => (LABEL[check.check] ?? check.check).length)));
  for (const report of reports) {
    io.out('');
    io.out(`${report.kind}  ${report.url}${report.channels.length ? `  (channel ${report.channels.join(', ')})` : ''}`);
    for (const check of report.checks) {
      io.out(`  ${MARK[check.verdict]}  ${(LABEL[check.check] ?? check.check).padEnd(width)}  ${check.found}`);
      if (check.fix) io.out(`  ${' '.repeat(4)}  ${' '.repeat(width)}  fix: ${check.fix}`);
    }
  }
}

export async function runCheckEndpoint(args: readonly string[], io: CliIo): Promise<number> {
  if (args.includes('--help')) {
    io.out(CHECK_ENDPOINT_USAGE);
    return EXIT.valid;
  }
  const files: string[] = [];
  const values: Record<string, string | undefined> = {};
  let json = false;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--dry-run') dryRun = true;
    else if (arg === '--site' || arg === '--origin' || arg === '--timeout') values[arg] = args[++i];
    else if (arg.startsWith('--')) {
      io.err(`unknown option ${arg}\n\n${CHECK_ENDPOINT_USAGE}`);
      return EXIT.unreadable;
    } else files.push(arg);
  }
  const site = webOrigin(values['--site']) && values['--site'];
  const pageOrigin = webOrigin(values['--origin'] ?? values['--site']);
  const timeout = Number(values['--timeout'] ?? 10);
  const problem =
    files.length !== 1
      ? 'give one policy file'
      : !site
        ? '--site needs an address like https://www.example.nl'
        : !pageOrigin
          ? '--origin needs an address like https://www.example.nl'
          : !(timeout > 0)
            ? '--timeout needs a number of seconds'
            : undefined;
  if (problem || !site || !pageOrigin) {
    io.err(`${problem}\n\n${CHECK_ENDPOINT_USAGE}`);
    return EXIT.unreadable;
  }
  const file = files[0] as string;
  let text: string;
  try {
    text = io.readFile(io.resolve(file));
  } catch (error) {
    io.err(`${file}: cannot read ${io.resolve(file)}: ${reason(error)}`);
    return EXIT.unreadable;
  }
  const parsed = parsePolicyText(text.replace(/^\uFEFF/, ''));
  if (!parsed.policy) {
    io.err(`${file}: the widget cannot use this policy; run "kanaalwijzer validate ${file}" for its problems.`);
    return EXIT.unreadable;
  }
  if (parsed.errors.length > 0) io.err(`${file}: has problems ("kanaalwijzer validate ${file}"); checking the endpoints of what the widget would use.`);

  const endpoints = endpointsOf(parsed.policy, site);
  const options = { origin: pageOrigin, dryRun, timeoutMs: timeout * 1000 };
  const reports: EndpointReport[] = [];
  for (const endpoint of endpoints) reports.push(await checkEndpoint(endpoint, parsed.policy, options));

  const checks = reports.flatMap((report) => report.checks);
  const count = (verdict: Verdict) => checks.filter((check) => check.verdict === verdict).length;
  if (json) io.out(JSON.stringify(reports, null, 2));
  else {
    io.out(`Checking ${file} against ${site}, for pages on ${pageOrigin}${dryRun ? ' (dry run: preflight and GET only)' : ''}.`);
    if (endpoints.length === 0) io.out('The policy names no endpoint: nothing to check.');
    table(reports, io);
    io.out('');
    io.out(`${checks.length} checks: ${count('pass')} passed, ${count('fail')} failed, ${count('warn')} warnings, ${count('skip')} skipped.`);
  }
  return count('fail') > 0 ? EXIT.invalid : EXIT.valid;
}
