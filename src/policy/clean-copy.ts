/** A problem found while copying: a forbidden key (about the key itself) or nesting too deep. */
export interface CopyProblem {
  path: string;
  message: string;
  onKey?: boolean;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 24;

/**
 * A fresh copy of plain JSON data without prototype-polluting keys, so nothing downstream can
 * reach `Object.prototype` through the policy, whatever object the site handed us.
 */
export function cleanCopy(value: unknown, path: string, errors: CopyProblem[], depth = 0): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint' ? undefined : value;
  }
  if (depth > MAX_DEPTH) {
    errors.push({ path, message: `nested deeper than ${MAX_DEPTH} levels; a policy never needs that` });
    return undefined;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => cleanCopy(item, `${path}[${index}]`, errors, depth + 1));
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      errors.push({ path: keyPath, message: `"${key}" cannot be used as a key`, onKey: true });
      continue;
    }
    copy[key] = cleanCopy((value as Record<string, unknown>)[key], keyPath, errors, depth + 1);
  }
  return copy;
}
