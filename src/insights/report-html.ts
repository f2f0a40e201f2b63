/**
 * The insights report as one self-contained HTML file: tables, and charts drawn by Chart.js,
 * which is inlined. A content security policy shuts the page off from the network, so the file
 * opens the same anywhere, offline too.
 */
import { FIGURE_LABELS, URGENCY_COLUMNS, topicFigureRows, topicName, type Figures, type InsightsReport } from './report.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function table(caption: string, header: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return `<h2>${escapeHtml(caption)}</h2><p>None.</p>`;
  const head = header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<h2>${escapeHtml(caption)}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Data for a <script type="application/json">: "<" escaped so no text can close the element. */
const jsonIn = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

// Runs in the report page: reads the figures and hands them to Chart.js.
const DRAW = `
const data = JSON.parse(document.getElementById('figures').textContent);
// Counts are whole numbers: no 0.5 on an axis.
const count = { beginAtZero: true, ticks: { precision: 0 } };
const chart = (id, config) => new Chart(document.getElementById(id), { ...config, options: { responsive: true, animation: false, ...config.options } });
chart('chart-topics', { type: 'bar', data: { labels: data.topics.labels, datasets: data.topics.sets }, options: { scales: { y: count } } });
chart('chart-channels', { type: 'bar', data: { labels: data.channels.labels, datasets: data.channels.sets }, options: { scales: { x: { stacked: true }, y: { ...count, stacked: true } } } });
if (data.days.labels.length > 1) chart('chart-days', { type: 'line', data: { labels: data.days.labels, datasets: data.days.sets }, options: { scales: { y: count } } });
else document.getElementById('chart-days').parentElement.hidden = true;
chart('chart-gaps', { type: 'bar', data: { labels: data.gaps.labels, datasets: data.gaps.sets }, options: { indexAxis: 'y', scales: { x: { ...count, stacked: true }, y: { stacked: true } } } });
`;


export function reportHtml(report: InsightsReport, chartScript: string): string {
  const keys = Object.keys(FIGURE_LABELS) as (keyof Figures)[];
  const figures = {
    topics: {
      labels: report.topics.map((t) => topicName(t.topic)),
      sets: keys.map((key) => ({ label: FIGURE_LABELS[key], data: report.topics.map((t) => t[key]) })),
    },
    channels: {
      labels: report.total.channels.map((c) => c.channel),
      sets: [
        { label: 'picked while open', data: report.total.channels.map((c) => c.picks - c.closed) },
        { label: 'picked while closed', data: report.total.channels.map((c) => c.closed) },
      ],
    },
    days: {
      labels: report.days.map((d) => d.day),
      sets: keys.map((key) => ({ label: FIGURE_LABELS[key], data: report.days.map((d) => d[key]) })),
    },
    gaps: {
      labels: report.gaps.slice(0, 15).map((g) => g.query),
      sets: [
        { label: 'no answer', data: report.gaps.slice(0, 15).map((g) => g.noAnswer) },
        { label: 'answers not opened', data: report.gaps.slice(0, 15).map((g) => g.notOpened) },
      ],
    },
  };
  const perTopic = topicFigureRows(report);
  const period = report.period ? `${report.period.from.slice(0, 10)} – ${report.period.to.slice(0, 10)}` : 'no events';
  const skipped = report.badLines + report.badEvents;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>Kanaalwijzer insights ${escapeHtml(period)}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; color: #17202e; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { padding: 0.25rem 0.75rem; border-bottom: 1px solid #d6dbe3; text-align: right; }
th[scope="row"], thead th:first-child { text-align: left; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 1.5rem; }
figure { margin: 0; }
</style>
</head>
<body>
<h1>Kanaalwijzer insights</h1>
<p>${escapeHtml(period)}: ${report.events} events${skipped ? `; ${skipped} bad lines or events skipped` : ''}${report.forgedIds ? `; ${report.forgedIds} events with forged ids ignored` : ''}.</p>
<div class="charts">
<figure><figcaption>Per topic</figcaption><canvas id="chart-topics" role="img" aria-label="Figures per topic"></canvas></figure>
<figure><figcaption>Channel picks, open or closed at the time</figcaption><canvas id="chart-channels" role="img" aria-label="Channel picks"></canvas></figure>
<figure><figcaption>Per day</figcaption><canvas id="chart-days" role="img" aria-label="Figures per day"></canvas></figure>
<figure><figcaption>Content gaps</figcaption><canvas id="chart-gaps" role="img" aria-label="Content gaps"></canvas></figure>
</div>
${table('Per topic', perTopic.header, perTopic.rows)}
${table(
  'Channel picks',
  ['topic', 'channel', 'picks', 'closed', ...URGENCY_COLUMNS],
  report.topics.flatMap((t) => t.channels.map((c) => [topicName(t.topic), c.channel, c.picks, c.closed, ...URGENCY_COLUMNS.map((u) => c.byUrgency[u] ?? 0)])),
)}
${table('Content gaps', ['query', 'topic', 'searches', 'no answer', 'not opened'], report.gaps.map((g) => [g.query, topicName(g.topic), g.searches, g.noAnswer, g.notOpened]))}
${table('Answers', ['answer', 'views', 'deflections', 'helpful', 'not helpful'], report.answers.map((a) => [a.id, a.views, a.deflections, a.helpful, a.notHelpful]))}
<script type="application/json" id="figures">${jsonIn(figures)}</script>
<script>${chartScript.replace(/<\/(script)/gi, '<\\/$1').replace(/\/\/# sourceMappingURL=.*$/m, '')}</script>
<script>${DRAW}</script>
</body>
</html>
`;
}
