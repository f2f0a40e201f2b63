// Insights events as the widget sends them (allow-listed fields, queries already masked), from a
// seeded generator: the same seed gives the same events, for the receiver's tests and benchmark.
const TOPICS = ['factuur', 'storing', 'verhuizen', 'contract', null];
const CHANNELS = ['chat', 'bellen', 'email', 'terugbellen', 'whatsapp', ''];
const URGENCIES = ['now', 'today', 'no-rush', null];
const QUERIES = ['geen stroom', 'Geen stroom!', 'factuur te hoog', 'Factuur  te hoog?', 'verhuizen naar [postcode]', 'meterstand doorgeven', 'storing gas', 'termijnbedrag verlagen', 'opzeggen', 'klantnummer ######', '[e-mail] wijzigen', 'Énergie', ''];
const ANSWERS = ['factuur-hoger', 'geen-stroom', 'verhuizen-melden', 'meterstand', 'termijnbedrag', ''];

/** A small, fast PRNG (mulberry32): reproducible without a dependency. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Yields `count` events, one every `stepMs` from `start`. Typed as the widget's allow-list
 * lets them leave the browser (src/insights/insights.ts).
 */
export function* insightsEvents(count, { seed = 1, start = Date.parse('2026-11-01T00:00:00Z'), stepMs = 1000 } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i * stepMs).toISOString().replace('.000Z', 'Z');
    const topic = pick(TOPICS);
    const roll = next();
    const source = next() < 0.15 ? 'email' : 'search';
    const query = source === 'email' ? null : pick(QUERIES);
    let event;
    if (roll < 0.2) event = { type: 'kw-open', detail: { topic } };
    else if (roll < 0.25) event = { type: 'kw-close', detail: { topic } };
    else if (roll < 0.45) {
      const open = next();
      event = { type: 'kw-channel-select', detail: { topic, channel: pick(CHANNELS), ...(open < 0.8 && { open: open < 0.6 }), urgency: pick(URGENCIES) } };
    } else if (roll < 0.65) {
      const results = Array.from({ length: Math.floor(next() * 4) }, () => ({ id: pick(ANSWERS), score: Math.round(next() * 100) / 100 }));
      event = { type: 'kw-faq-suggest', detail: { topic, source, query, results } };
    } else if (roll < 0.75) event = { type: 'kw-faq-open', detail: { topic, id: pick(ANSWERS), source, query } };
    else if (roll < 0.8) event = { type: 'kw-faq-deflect', detail: { topic, id: pick(ANSWERS), source, query } };
    else if (roll < 0.87) event = { type: 'kw-feedback', detail: { topic, target: pick(ANSWERS), helpful: next() < 0.7 } };
    else if (roll < 0.95) event = { type: 'kw-email-sent', detail: { topic, kind: next() < 0.3 ? 'callback' : 'email' } };
    else event = { type: 'kw-chat-start', detail: { topic, channel: 'chat' } };
    yield { ...event, at };
  }
}
