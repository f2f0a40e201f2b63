import { expect } from '@open-wc/testing';
import { runCli } from '../../src/cli/cli.js';
import type { InsightsIo } from '../../src/cli/insights.js';
import type { InsightsReport } from '../../src/insights/report.js';

const CHART_STUB = 'window.Chart = function Chart() {};';

async function fixture(): Promise<string> {
  return (await fetch('/test/fixtures/insights-log.ndjson')).text();
}

function run(args: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: InsightsIo = {
    resolve: (path) => path,
    createFile: () => {
      throw new Error('insights creates no files');
    },
    schemaReference: () => './policy.schema.json',
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    writeFile: (path, text) => (written[path] = text),
    chartScript: () => CHART_STUB,
  };
  const code = runCli(args, io);
  return { code, out, err, written, text: out.join('\n') };
}

describe('kanaalwijzer insights', () => {
  it('prints the figures per topic, counting and skipping bad lines', async () => {
    const result = run(['insights', 'log.ndjson'], { 'log.ndjson': await fixture() });
    expect(result.code).to.equal(0);
    expect(result.out[0]).to.equal('Kanaalwijzer insights: 2026-11-23 09:00 – 2026-11-24 12:02 UTC, 21 events (2 bad lines skipped, 1 bad event skipped).');
    expect(result.out).to.include.members([
      'topic       panel opens  searches  answers opened  deflections  emails  call-backs',
      'factuur               3         3               1            1       1           0',
      'all                   5         4               2            1       1           1',
    ]);
  });

  it('lists channel picks with how many were closed and the urgency chosen', async () => {
    const { out } = run(['insights', 'log.ndjson'], { 'log.ndjson': await fixture() });
    expect(out).to.include.members([
      'topic       channel       picks  closed  now  today  no-rush  none',
      'factuur     chat              1       1    1      0        0     0',
      '(no topic)  terugbellen       1       0    0      1        0     0',
    ]);
  });

  it('groups content gaps by normalised query, most frequent first, leaving out the email form', async () => {
    const { out } = run(['insights', 'log.ndjson'], { 'log.ndjson': await fixture() });
    const start = out.indexOf('Content gaps (searches that found no answer, or whose answers were not opened)');
    expect(out.slice(start + 1, start + 4)).to.deep.equal([
      'query                  topic    searches  no answer  not opened',
      '"warmtepomp subsidie"  factuur         2          2           0',
      '"betalingsregeling"    factuur         1          0           1',
    ]);
  });

  it('masks what a log holds unmasked, as a forged line would: the query is masked again as it is read', () => {
    const forged = JSON.stringify({
      events: [{ type: 'kw-faq-suggest', at: '2026-12-01T10:00:00Z', detail: { topic: 'factuur', source: 'search', query: 'naam.achternaam(at)gmail.com NL91-ABNA-0417-1643-00 bel 06/12345678', results: [] } }],
    });
    const { out } = run(['insights', 'log.ndjson'], { 'log.ndjson': forged });
    const gaps = out.indexOf('Content gaps (searches that found no answer, or whose answers were not opened)');
    expect(out[gaps + 2]).to.match(/^"\[e-mail\] \[iban\] bel \[phone\]"/);
    expect(out.join('\n')).not.to.match(/gmail|ABNA|1643|12345678/);
  });

  it('lists answers with views, deflections and helpful / not helpful', async () => {
    const { out } = run(['insights', 'log.ndjson'], { 'log.ndjson': await fixture() });
    expect(out.slice(-2)).to.deep.equal(['answer         views  deflections  helpful  not helpful', 'factuur-hoger      2            1        1            1']);
  });

  it('reads several files and a period', async () => {
    const log = await fixture();
    const both = run(['insights', 'a.ndjson', 'b.ndjson', '--json'], { 'a.ndjson': log, 'b.ndjson': log });
    expect((JSON.parse(both.text) as InsightsReport).total.panelOpens).to.equal(10);
    const day = run(['insights', 'a.ndjson', '--from', '2026-11-24', '--to', '2026-11-24', '--json'], { 'a.ndjson': log });
    const report = JSON.parse(day.text) as InsightsReport;
    expect(report.period).to.deep.equal({ from: '2026-11-24T08:30:00.000Z', to: '2026-11-24T12:02:10.000Z' });
    expect(report.total.panelOpens).to.equal(2);
  });

  it('prints the same figures as JSON with --json', async () => {
    const { code, text } = run(['insights', 'log.ndjson', '--json'], { 'log.ndjson': await fixture() });
    expect(code).to.equal(0);
    const report = JSON.parse(text) as InsightsReport;
    expect(report.badLines).to.equal(2);
    expect(report.gaps[0]).to.deep.equal({ query: 'warmtepomp subsidie', topic: 'factuur', searches: 2, noAnswer: 2, notOpened: 0 });
    expect(report.answers).to.deep.equal([{ id: 'factuur-hoger', views: 2, deflections: 1, helpful: 1, notHelpful: 1 }]);
  });

  it('writes a self-contained HTML report with the chart library inlined', async () => {
    // Whatever reached the log cannot end the script or add an element.
    const hostile = '{"type":"kw-open","detail":{"topic":"</script><img src=x onerror=alert(1)>"},"at":"2026-11-24T13:00:00Z"}';
    const { code, written, err } = run(['insights', 'log.ndjson', '--html', 'report.html'], { 'log.ndjson': `${await fixture()}\n${hostile}` });
    expect(code).to.equal(0);
    expect(err).to.deep.equal(['Wrote report.html.']);
    const page = new DOMParser().parseFromString(written['report.html'] ?? '', 'text/html');
    expect(page.querySelectorAll('script[src], link[href], img')).to.have.length(0);
    expect([...page.scripts].map((script) => script.textContent)).to.include(CHART_STUB);
    expect(page.querySelectorAll('canvas')).to.have.length(4);
    // A topic that is no id is not the widget's: it is counted, not shown.
    const topics = [...page.querySelectorAll('table')][0]?.querySelectorAll('tbody th');
    expect([...(topics ?? [])].map((cell) => cell.textContent)).to.not.include('</script><img src=x onerror=alert(1)>');
    const figures = JSON.parse(page.getElementById('figures')?.textContent ?? '{}') as { topics: { labels: string[] } };
    expect(figures.topics.labels).to.not.include('</script><img src=x onerror=alert(1)>');
    expect(page.body.textContent).to.include('1 events with forged ids ignored');
  });

  it('exits 2 for a file it cannot read, after reporting the rest', async () => {
    const result = run(['insights', 'log.ndjson', 'missing.ndjson'], { 'log.ndjson': await fixture() });
    expect(result.code).to.equal(2);
    expect(result.err).to.deep.equal(['cannot read missing.ndjson: ENOENT: no such file']);
    expect(result.out[0]).to.match(/^Kanaalwijzer insights: .*21 events/);
  });

  it('exits 2 with usage without files or with an unknown option', () => {
    expect(run(['insights'], {}).code).to.equal(2);
    const unknown = run(['insights', 'a.ndjson', '--csv'], { 'a.ndjson': '' });
    expect(unknown.code).to.equal(2);
    expect(unknown.err[0]).to.match(/^unknown option --csv/);
    expect(run(['insights', 'a.ndjson', '--from', 'yesterday'], {}).err[0]).to.equal('--from needs a day like 2026-11-24');
  });
});
