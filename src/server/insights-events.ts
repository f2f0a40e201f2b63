/** An insights batch as the widget posts it, turned into the rows the SQL report reads. */
import { maskQuery } from '../insights/mask.js';
import { asEvent, hasPolicyIds, normaliseQuery } from '../insights/report.js';
import type { InsightsEvent } from '../insights/insights.js';
import type { EventRow } from './store.js';

/** The widget queues at most 100 events per batch; a little room for other senders. */
export const MAX_BATCH_EVENTS = 200;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The row for one event. What the customer typed is masked again here: the receiver cannot
 * know that every sender masked it, so it never stores a query it did not mask itself.
 */
export function eventRow(event: InsightsEvent): EventRow {
  const d = event.detail;
  const feedback = event.type === 'kw-feedback';
  const query = str(d['query']);
  return {
    at: event.at,
    type: event.type,
    topic: str(d['topic']),
    channel: str(d['channel']),
    open: typeof d['open'] === 'boolean' ? d['open'] : null,
    urgency: str(d['urgency']),
    source: str(d['source']),
    query: query === null ? null : normaliseQuery(maskQuery(query)) || null,
    results: Array.isArray(d['results']) ? d['results'].length : 0,
    answer: str(feedback ? d['target'] : d['id']),
    helpful: feedback ? d['helpful'] === true : null,
    kind: str(d['kind']),
  };
}

/** The events of a batch body (`{"events": [...]}`), or undefined when it holds none. */
export function batchEvents(value: unknown): InsightsEvent[] | undefined {
  const list = value && typeof value === 'object' ? (value as { events?: unknown }).events : undefined;
  if (!Array.isArray(list)) return undefined;
  const events = list.map(asEvent).filter((event): event is InsightsEvent => event !== undefined && hasPolicyIds(event));
  return events.length ? events : undefined;
}
