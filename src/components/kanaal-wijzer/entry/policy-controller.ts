/**
 * The element's policy: where it comes from (the `policy` attribute or property, or a child
 * `<script type="application/json">`), loading and checking it in the loader's chunk, and what the
 * site hears of it (kw-ready, kw-policy-error). Part of the entry; the loader is not.
 */
import type { ReactiveController } from 'lit';
import type { KwEventMap } from '../../../events.js';
import { whenIdle } from '../../../internal/when-idle.js';
import type { Policy } from '../../../policy/schema.js';
import type { LoadState } from './panel-host.js';
import { loadPart, onPartArrival, type PartModule } from './parts.js';
import type { PolicySource } from './policy-loader.js';
import type { PolicyHost, PolicyOptions, PolicyRun } from './policy-run.js';
import { emit } from '../../../internal/emit.js';

export type { LoadState, PolicyHost, PolicyOptions };
type LoaderModule = PartModule<'policy-loader'>;

/**
 * Loads the host's policy whenever its source changes. In launcher mode the load waits for idle
 * time, or for the first sign of intent (`loadNow`): nothing but the button competes with the
 * host page meanwhile. The host re-renders with `loadState` among its changed properties.
 */
export class PolicyController implements ReactiveController, PolicyRun {
  /** The validated policy, once it is in. */
  policy: Policy | undefined;
  state: LoadState = 'loading';
  readonly host: PolicyHost;
  readonly options: PolicyOptions;
  insights?: PolicyRun['insights'];
  #loader?: LoaderModule;
  #inline?: string;
  /** The sources the current load came from, so an update that changed neither starts none. */
  #from?: [PolicyHost['policy'], string | undefined];
  #abort?: AbortController;
  #loadNow?: () => void;
  /** Set while the policy could not be had for want of a network or a part: it is tried again when they come back. */
  #unreachable = false;
  /** Set while a load is under way; one cut off by a disconnect starts again on reconnect. */
  #loading = false;
  /** Set when the network came back while a load was under way, which may have asked before it did. */
  #backMeanwhile = false;
  #stopWatchingParts?: () => void;

  constructor(host: PolicyHost, options: PolicyOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Which policy this is: its address, or "inline"; keys everything stored for it. */
  get key(): string {
    return typeof this.host.policy === 'string' ? this.host.policy : 'inline';
  }

  /** The topic id of this page, once the policy is in. */
  get topicId(): string | null {
    if (!this.policy || !this.#loader) return null;
    return this.#loader.resolveTopic(this.policy, { topic: this.host.topic, pathname: location.pathname })?.id ?? null;
  }

  /** A sign of intent: a load that waits for idle time starts now, and one that failed for want of a network starts again. */
  loadNow(): void {
    if (this.#unreachable) this.#restart();
    else this.#loadNow?.();
  }

  /** Settles once the formatters the panel needs for this policy are set up, each in a task of its own. */
  formatting(): Promise<void> {
    return this.policy && this.#loader ? this.#loader.warmUpFormatting(this.policy.timeZone) : Promise.resolve();
  }

  /** The contact link an earlier good policy gave, for when this one cannot be used and the element has no fallback children. */
  cachedFallback(): Node | undefined {
    return this.#loader?.cachedFallback(this);
  }

  /** The policy's own ways to reach a person as plain links, for when the panel's content cannot be had. */
  contactLinks(): Node | undefined {
    return this.#loader?.wayLinks(this);
  }

  /** Reads a policy from a child script: on connecting, and on every slotchange. */
  readonly readInline = (): void => {
    const script = this.host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === this.#inline) return;
    this.#inline = text;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.readInline();
    // Moved or re-added before the policy was in: the load the disconnect cut off starts again.
    if (this.#loading && !this.#abort) this.#start();
    window.addEventListener('online', this.#backOnline);
    this.#stopWatchingParts = onPartArrival(this.#restart);
  }

  hostUpdate(): void {
    const [policy, inline] = this.#from ?? [];
    if (!this.#from || policy !== this.host.policy || inline !== this.#inline) this.#start();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    window.removeEventListener('online', this.#backOnline);
    this.#stopWatchingParts?.();
  }

  /**
   * Back online: a policy that could not be reached is loaded again, and so is one whose load is
   * under way if it fails so (it may have asked while the network was still down). A part arriving
   * during a load is most likely that load's own, so only one that arrives after a failure counts.
   */
  readonly #backOnline = (): void => {
    if (this.#loading) this.#backMeanwhile = true;
    else this.#restart();
  };

  /** Back online, or a part arrived: a policy that could not be reached is loaded again. */
  readonly #restart = (): void => {
    if (!this.#unreachable || !this.host.isConnected) return;
    this.#unreachable = false;
    this.#start();
    this.#loadNow?.();
  };

  #source(): PolicySource {
    const { policy } = this.host;
    if (typeof policy === 'string' && policy.trim() !== '') return { kind: 'url', url: policy };
    if (policy && typeof policy === 'object') return { kind: 'object', value: policy };
    if (this.#inline !== undefined) return { kind: 'inline', text: this.#inline };
    return { kind: 'none' };
  }

  #start(): void {
    this.#from = [this.host.policy, this.#inline];
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const source = this.#source();
    this.settle('loading', this.policy);
    this.#loading = true;
    let started = false;
    const load = async () => {
      if (started || abort.signal.aborted) return;
      started = true;
      const part = await loadPart('policy-loader');
      if (abort.signal.aborted) return;
      if (!part.ok) {
        this.finished(true);
        this.fail([{ path: '', message: `could not load the policy checker (${part.reason})` }]);
        return;
      }
      this.#loader = part.module;
      await part.module.loadInto(this, source, abort.signal, () => loadPart('validate'));
    };
    this.#loadNow = () => void load();
    if (this.panelSoon()) void load();
    else whenIdle(this.#loadNow);
  }

  panelSoon(): boolean {
    return this.host.mode === 'inline' || this.host.open || this.options.building() !== undefined;
  }

  finished(unreachable: boolean): void {
    this.#loading = false;
    this.#unreachable = unreachable;
    const again = unreachable && this.#backMeanwhile;
    this.#backMeanwhile = false;
    // A load that failed for want of a network that came back meanwhile is not the last word:
    // tried again once its own kw-policy-error (which the caller fires next) is out.
    if (again) queueMicrotask(this.#restart);
  }

  fail(errors: KwEventMap['kw-policy-error']['errors']): void {
    this.settle('fatal', undefined);
    this.options.applied(undefined);
    emit(this.host, 'kw-policy-error', { topic: this.host.topic, errors, fatal: true });
  }

  settle(state: LoadState, policy: Policy | undefined): void {
    const before = this.state;
    if (state === before && policy === this.policy) return;
    this.state = state;
    this.policy = policy;
    // Named, it is among the host's changed properties (the host's own getter reads it back).
    if (state !== before) this.host.requestUpdate('loadState', before);
    else this.host.requestUpdate();
  }
}
