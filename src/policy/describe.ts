/** Plain-language wording of valibot issues, for marketers rather than programmers. */
import type { BaseIssue } from 'valibot';

/**
 * Problems about a key itself (an unknown or forbidden key) rather than its value, so their
 * line and column point at the key. Kept aside, not in the problem, which the widget's events carry.
 */
export const ABOUT_A_KEY = new WeakSet<object>();

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list [...]';
  return 'an object {...}';
}

/** The fallback wording for every issue whose schema did not name its own message. */
export function humanize(issue: BaseIssue<unknown>): string {
  const found = describeValue(issue.input);
  const key = issue.path?.at(-1)?.key;
  if (issue.input === undefined && issue.kind === 'schema' && typeof key === 'string') {
    return `required key "${key}" is missing`;
  }
  switch (issue.type) {
    case 'string':
      return `expected text, found ${found}`;
    case 'number':
      return `expected a number, found ${found}`;
    case 'boolean':
      return `expected true or false, found ${found}`;
    case 'array':
      return `expected a list [...], found ${found}`;
    case 'object':
    case 'strict_object':
    case 'record':
      return `expected an object {...}, found ${found}`;
    case 'literal':
    case 'picklist':
      return `expected ${issue.expected?.replaceAll(' | ', ' or ') ?? 'another value'}, found ${found}`;
    case 'non_empty':
    case 'min_length':
      return 'cannot be empty';
    case 'finite':
      return `expected a finite number, found ${found}`;
    case 'integer':
      return `expected a whole number, found ${found}`;
    case 'min_value':
      return `must be at least ${String(issue.requirement)}, found ${found}`;
    default:
      return `${found} is not allowed here`;
  }
}

export function formatPath(path: BaseIssue<unknown>['path']): string {
  let text = '';
  for (const item of path ?? []) {
    const key = item.key;
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  }
  return text;
}
