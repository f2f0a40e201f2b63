/**
 * Where a policy comes from, and loading it into a validated result, in tasks short enough for a
 * phone. Never throws. Loads in idle time, in its own chunk, with the validator beside it.
 */
import type { UiLanguage } from '../../../i18n/language.js';
import { localize } from '../../../i18n/localize.js';
import { fetchOk } from '../../../internal/fetch-ok.js';
import type * as Validator from '../../../policy/validate.js';
import type { ValidationResult } from '../../../policy/validate.js';
import { safeHref } from '../../../policy/checks.js';
import type { Channel, LocalText, Policy } from '../../../policy/schema.js';
import { channelsForTopic, resolveTopic } from '../../../policy/topics.js';
import { wallClock } from '../../../time/zoned.js';
import { yieldToMain } from '../../../internal/yield-to-main.js';

export type PolicySource =
  | { kind: 'object'; value: unknown }
  | { kind: 'url'; url: string }
  | { kind: 'inline'; text: string }
  | { kind: 'none' };

import { InsightsOnDemand } from '../../../insights/on-demand.js';
import type { PartLoad } from './part-outcome.js';
import type { PolicyRun } from './policy-run.js';
import { emit } from '../../../internal/emit.js';

/** A policy that could not be had for want of a network or a part is `unreachable`: it is worth another try later. */
export type LoadedPolicy = ValidationResult & { unreachable?: boolean };

function fatal(message: string, unreachable = false): LoadedPolicy {
  return { errors: [{ path: '', message }], fatal: true, ...(unreachable && { unreachable }) };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Resolves to the result, or to undefined when `signal` aborted the load (a newer one replaced it).
 * The validator is the largest part of the widget and is only needed once a policy arrives: it
 * loads in parallel with the policy itself, not before the launcher can show.
 */
export async function loadPolicy(source: PolicySource, signal: AbortSignal, validator: PartLoad<typeof Validator>): Promise<LoadedPolicy | undefined> {
  if (source.kind === 'none') {
    return fatal('no policy: set the "policy" attribute to the policy\'s address, or put it in a <script type="application/json"> inside the element');
  }
  if (source.kind === 'url' && source.url === '[object Object]') {
    return fatal(
      'the "policy" attribute reads "[object Object]": the page set an object before <kanaal-wijzer> was defined, so it became text. Define the element before rendering (load its script first), pass the policy\'s address, or put the policy in a child <script type="application/json">',
    );
  }
  const loadingValidator = validator();
  let text: string | undefined;
  if (source.kind === 'url') {
    let url: string;
    try {
      url = new URL(source.url, document.baseURI).href;
    } catch {
      return fatal(`"${source.url}" is not an address the policy can be loaded from`);
    }
    try {
      text = await (await fetchOk(url, { signal, headers: { Accept: 'application/json' } })).text();
    } catch (error) {
      // Offline, blocked by CSP, a 404 or a misbehaving fetch wrapper: all the same to a customer,
      // and worth another try once the network is back.
      return signal.aborted ? undefined : fatal(`could not load the policy from ${url}: ${reasonOf(error)}`, true);
    }
  } else if (source.kind === 'inline') {
    text = source.text;
  }
  const loaded = await loadingValidator;
  if (!loaded.ok) return signal.aborted ? undefined : fatal(`could not load the policy checker (${loaded.reason})`, true);
  let result: ValidationResult;
  try {
    const { parsePolicyText, validatePolicyInSlices } = loaded.module;
    // Evaluating the validator's module, parsing and checking: each a task of its own on a phone.
    await yieldToMain();
    if (signal.aborted) return undefined;
    let data: unknown = source.kind === 'object' ? source.value : undefined;
    if (text !== undefined) {
      try {
        data = JSON.parse(text);
      } catch {
        // Broken JSON: the validator says where, by line and column.
        return parsePolicyText(text);
      }
      await yieldToMain();
      if (signal.aborted) return undefined;
    }
    result = await validatePolicyInSlices(data, async () => {
      await yieldToMain();
      if (signal.aborted) throw new Error('replaced by a newer load');
    });
  } catch (error) {
    return signal.aborted ? undefined : fatal(`could not check the policy: ${reasonOf(error)}`);
  }
  return signal.aborted ? undefined : result;
}

/**
 * Loads the policy from `source` and applies it to the controller, unless `signal` says a newer load
 * replaced this one. A panel that shows the policy at once gets its formatters first, in tasks of
 * their own, rather than in the same task as its first render.
 */
export async function loadInto(run: PolicyRun, source: PolicySource, signal: AbortSignal, validator: PartLoad<typeof Validator>): Promise<void> {
  // A policy that arrives meanwhile starts a load of its own and aborts this one.
  if (source.kind === 'none') await noPolicyYet();
  const result = await loadPolicy(source, signal, validator);
  if (!result || signal.aborted) return;
  // The check's last slice, the element's update for the policy and what the site hears of it:
  // each in a task of its own.
  await (result.policy && run.panelSoon() ? warmUpFormatting(result.policy.timeZone) : yieldToMain());
  if (signal.aborted) return;
  run.finished(result.unreachable === true);
  const { policy, errors } = result;
  if (errors.length > 0) reportToConsole(result);
  if (result.fatal || !policy) {
    run.fail(errors);
    return;
  }
  run.settle('ready', policy);
  await yieldToMain();
  if (run.policy !== policy) return;
  writeCachedFallback(run.key, policy.fallback);
  if (errors.length > 0) emit(run.host, 'kw-policy-error', { topic: run.topicId, errors, fatal: false });
  // Only a policy that asks for insights loads their code; without it nothing is sent anywhere.
  if (policy.insights && !run.insights) {
    run.insights = new InsightsOnDemand(run.host, run.options.loadInsights);
    run.insights.allow(run.host.insights !== 'off');
  }
  run.insights?.configure(policy.insights);
  run.options.applied(policy);
  void announce(run, policy);
}

/** How long an element may wait for its policy, once the page is parsed, before it says it has none. */
const NO_POLICY_GRACE_MS = 1000;

/**
 * Settles when it is time to say the element has no policy: the parser may still be adding its
 * inline script, and a framework may set the property a moment after connecting.
 */
function noPolicyYet(): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => setTimeout(resolve, NO_POLICY_GRACE_MS);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wait, { once: true });
    else wait();
  });
}

/** kw-ready names the channels in the order the panel shows (or will show) them. */
async function announce(run: PolicyRun, policy: Policy): Promise<void> {
  const { host, options } = run;
  await options.building();
  await host.updateComplete;
  await options.wired();
  await yieldToMain();
  if (run.policy !== policy) return;
  const channels = (options.shown() ?? viewOf(host, policy)).channels.map((channel) => channel.id);
  emit(host, 'kw-ready', { topic: run.topicId, channels });
}

const warmedUp = new Map<string, Promise<void>>();

/**
 * The first Intl formatter in a page costs 30–80 ms of one-time engine set-up on a modest machine
 * (zone arithmetic needs one only where the browser lacks Temporal). Paid before the panel first
 * renders, each in a task of its own, they do not add up with validation and that render into one
 * long task that makes the host page stutter. Only a panel needs them: a launcher waits for intent.
 */
export function warmUpFormatting(timeZone: string): Promise<void> {
  let done = warmedUp.get(timeZone);
  if (!done) warmedUp.set(timeZone, (done = warmUp(timeZone)));
  return done;
}

async function warmUp(timeZone: string): Promise<void> {
  const steps = [
    () => wallClock(Date.now(), timeZone),
    () => new Intl.NumberFormat().format(0),
    () => new Intl.RelativeTimeFormat().format(1, 'day'),
  ];
  for (const step of steps) {
    await yieldToMain();
    try {
      step();
    } catch {
      // A zone the engine refuses was reported by the validator; rendering copes with it.
    }
  }
  await yieldToMain();
}

/**
 * What kw-ready announces when the panel is not built yet: the channel ids in the order the panel
 * will show them. Until a visitor picks an urgency or a channel, ranking keeps the topic's own
 * order (rule 5 of ranking.ts), so this needs neither the panel's view model nor its formatting
 * code, which would load before any sign of intent.
 */
export function viewOf(host: { topic: string | null }, policy: Policy): { channels: Array<Pick<Channel, 'id'>> } {
  const topic = resolveTopic(policy, { topic: host.topic, pathname: location.pathname });
  return { channels: channelsForTopic(policy, topic).map(({ id }) => ({ id })) };
}

export { resolveTopic };

const FALLBACK_KEY = 'kanaalwijzer:fallback:';

interface CachedFallback {
  label: LocalText;
  href: string;
}

/** The policy's fallback link from an earlier visit, for when this visit's policy cannot be used. */
function readCachedFallback(policyKey: string): CachedFallback | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(FALLBACK_KEY + policyKey) ?? 'null');
    if (!value || typeof value !== 'object') return undefined;
    const { label, href } = value as Partial<CachedFallback>;
    const safe = safeHref(href);
    return safe && (typeof label === 'string' || (label && typeof label === 'object')) ? { label, href: safe } : undefined;
  } catch {
    return undefined;
  }
}

function writeCachedFallback(policyKey: string, fallback: Policy['fallback']): void {
  try {
    if (fallback) localStorage.setItem(FALLBACK_KEY + policyKey, JSON.stringify(fallback));
    else localStorage.removeItem(FALLBACK_KEY + policyKey);
  } catch {
    // Storage may be disabled or full; the fallback link is a nicety.
  }
}

/** Tells the site's developer in the console what is wrong with the policy (the events tell the site's code). */
function reportToConsole(result: ValidationResult): void {
  if (result.fatal || !result.policy) {
    console.error(
      `<kanaal-wijzer>: the channel policy cannot be used, so the fallback content is shown.\n${result.errors.map((e) => `  ${e.path || '(policy)'}: ${e.message}`).join('\n')}`,
    );
  } else if (result.errors.length > 0) {
    console.warn(
      `<kanaal-wijzer>: ${result.errors.length} problem(s) in the channel policy; broken entries are left out. Check it with "npx kanaalwijzer validate".`,
    );
  }
}

/** A link built as plain DOM: the policy's words go in as text, its address (checked before) as an attribute. */
function link(href: string, ...content: (string | Node)[]): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.append(...content);
  return anchor;
}

/**
 * What each element's way forward showed last, with what it was built from: the same node while
 * that stays the same, so the frame leaves what is on screen (and focused) in place.
 */
const built = new WeakMap<PolicyRun, { from: unknown[]; node: Node | undefined }>();

function once(run: PolicyRun, from: unknown[], build: () => Node | undefined): Node | undefined {
  let last = built.get(run);
  if (!last || from.some((input, index) => input !== last?.from[index])) built.set(run, (last = { from, node: build() }));
  return last.node;
}

/** For a policy that cannot be used, on an element without fallback children: the contact link an earlier good policy gave. */
export function cachedFallback(run: PolicyRun): Node | undefined {
  const { host, key } = run;
  if (run.state !== 'fatal' || host.querySelector(':scope > :not(script)')) return undefined;
  // Read here, where the stored address is checked to be still safe.
  return once(run, ['fallback', key, host.language], () => cachedFallbackLink(key, host.language));
}

/** The policy's own ways to reach a person, for the way forward when the panel's content cannot be had. */
export function wayLinks(run: PolicyRun): Node | undefined {
  const { policy, host } = run;
  return policy && once(run, ['links', policy, host.language], () => contactLinks(policy, host.language));
}

/** The contact link an earlier good policy gave, as `a.fallback-link`, or undefined without one. */
function cachedFallbackLink(policyKey: string, lang: UiLanguage): HTMLAnchorElement | undefined {
  const cached = readCachedFallback(policyKey);
  if (!cached) return undefined;
  const anchor = link(cached.href, localize(cached.label, lang, 'nl'));
  anchor.className = 'fallback-link';
  return anchor;
}

/**
 * The policy's own ways to reach a person, as plain links, for when the panel's code cannot be had:
 * every phone number (never concealed), the email addresses, and the other channels' links. In
 * this chunk because it is in whenever a policy is.
 */
function contactLinks(policy: Policy, lang: UiLanguage): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'contact-links';
  for (const channel of policy.channels) {
    const label = localize(channel.label, lang, policy.locale);
    const href = channel.email?.to ? `mailto:${channel.email.to}` : safeHref(channel.href);
    if (!href) continue;
    const item = document.createElement('li');
    const anchor = link(href, label);
    if (/^(tel|mailto):/.test(href)) {
      const shown = document.createElement('span');
      shown.dir = 'ltr';
      shown.textContent = decodeURIComponent(href.replace(/^\w+:/, ''));
      anchor.append(': ', shown);
    }
    item.append(anchor);
    list.append(item);
  }
  return list;
}
