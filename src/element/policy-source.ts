/** Where a policy comes from, and loading it into a validated result. Never throws. */
import { fetchOk } from '../fetch-ok.js';
import type { ValidationResult } from '../policy/validate.js';

export type PolicySource =
  | { kind: 'object'; value: unknown }
  | { kind: 'url'; url: string }
  | { kind: 'inline'; text: string }
  | { kind: 'none' };

// The validator is the largest part of the widget and is only needed once a policy arrives:
// it loads in parallel with the policy itself, not before the launcher can show.
const validator = () => import('../policy/validate.js');

function fatal(message: string): ValidationResult {
  return { errors: [{ path: '', message }], fatal: true };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Resolves to the result, or to undefined when `signal` aborted the load (a newer one replaced it). */
export async function loadPolicy(source: PolicySource, signal: AbortSignal): Promise<ValidationResult | undefined> {
  if (source.kind === 'none') {
    return fatal('no policy: set the "policy" attribute to the policy\'s address, or put it in a <script type="application/json"> inside the element');
  }
  const loadingValidator = validator();
  loadingValidator.catch(() => undefined);
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
      // Offline, blocked by CSP, a 404 or a misbehaving fetch wrapper: all the same to a customer.
      return signal.aborted ? undefined : fatal(`could not load the policy from ${url}: ${reasonOf(error)}`);
    }
  } else if (source.kind === 'inline') {
    text = source.text;
  }
  try {
    const { parsePolicyText, validatePolicy } = await loadingValidator;
    if (signal.aborted) return undefined;
    return text === undefined ? validatePolicy(source.kind === 'object' ? source.value : undefined) : parsePolicyText(text);
  } catch (error) {
    return signal.aborted ? undefined : fatal(`could not check the policy: ${reasonOf(error)}`);
  }
}
