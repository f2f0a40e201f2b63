import { ABOUT_A_KEY } from './describe.js';
import type { PolicyError } from './policy-error.js';

/**
 * Where JSON text first goes wrong, and what was expected there. Engines word (and sometimes
 * omit) positions in their JSON.parse errors differently; a marketer needs a line and column.
 */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

const WHITESPACE = /[ \t\n\r]/;
// Sticky, so each token is matched in place without copying the rest of a large text.
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /[^\s,\]}]+/y;
const MAX_DEPTH = 1000;

function matchAt(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0].length ?? 0;
}

class Failure {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.test(text[i] ?? '')) i++;
  };
  const fail = (expected: string): never => {
    throw new Failure(i, expected);
  };
  const string = () => {
    const length = matchAt(STRING, text, i);
    if (length === 0) fail('a string in double quotes');
    i += length;
  };
  /** Steps over a ",", which must not be the last thing before the closing bracket. */
  const trailingComma = (close: string) => {
    const comma = i++;
    skip();
    if (text[i] === close) {
      // Where editors put it too: at the comma, not at the bracket after it.
      i = comma;
      fail(`another entry after "," (remove the "," before "${close}")`);
    }
  };
  const value = (depth: number): void => {
    skip();
    if (depth > MAX_DEPTH) fail(`at most ${MAX_DEPTH} levels of nesting`);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        if (text[i] !== '"') fail('a key in double quotes');
        string();
        skip();
        if (text[i] !== ':') fail('":" after the key');
        i++;
        value(depth + 1);
        skip();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') fail('"," or "}"');
        trailingComma('}');
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        skip();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') fail('"," or "]"');
        trailingComma(']');
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    const number = matchAt(NUMBER, text, i);
    if (number > 0) return void (i += number);
    fail('a value (text in double quotes, a number, true, false, null, {…} or […])');
  };
  try {
    value(0);
    skip();
    if (i < text.length) fail('the end of the text');
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { offset: error.offset, expected: error.expected };
    throw error;
  }
}

/** Where a value, and the key it sits under, start in the text (offsets). */
export interface JsonPlace {
  key?: number;
  value: number;
}

/**
 * The start of every value in valid JSON text by its validator path (`channels[0].hours.mon-fri`),
 * so a problem found in the parsed data can be shown at its line and column. Iterative, so even
 * absurdly deep nesting that JSON.parse accepted cannot overflow the stack.
 */
export function jsonPlaces(text: string): Map<string, JsonPlace> {
  return scanPlaces(text).places;
}

/** A key given again in the same object: JSON.parse keeps the last value without a word. */
interface Duplicate {
  path: string;
  key: string;
  /** Offsets of the key where it is given first, and again. */
  first: number;
  again: number;
}

function scanPlaces(text: string): { places: Map<string, JsonPlace>; duplicates: Duplicate[] } {
  const places = new Map<string, JsonPlace>();
  const duplicates: Duplicate[] = [];
  const open: { path: string; array: boolean; next: number; keys: Map<string, number> }[] = [];
  let key: { name: string; offset: number } | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // Whitespace, "," and ":" only separate; "}" and "]" close.
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x3a) {
      i++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      open.pop();
      i++;
      continue;
    }
    const parent = open.at(-1);
    if (parent && !parent.array && key === undefined) {
      const length = matchAt(STRING, text, i);
      const raw = text.slice(i + 1, i + length - 1);
      key = { name: raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw, offset: i };
      const first = parent.keys.get(key.name);
      if (first === undefined) parent.keys.set(key.name, i);
      else duplicates.push({ path: parent.path ? `${parent.path}.${key.name}` : key.name, key: key.name, first, again: i });
      i += length;
      continue;
    }
    let path = '';
    if (parent?.array) path = `${parent.path}[${parent.next++}]`;
    else if (parent && key) path = parent.path ? `${parent.path}.${key.name}` : key.name;
    places.set(path, key ? { key: key.offset, value: i } : { value: i });
    key = undefined;
    if (c === 0x7b || c === 0x5b) {
      open.push({ path, array: c === 0x5b, next: 0, keys: new Map() });
      i++;
    } else if (c === 0x22) {
      i += matchAt(STRING, text, i);
    } else {
      i += Math.max(1, matchAt(LITERAL, text, i));
    }
  }
  return { places, duplicates };
}

/** Line and column (1-based) of many offsets in one text, without rescanning it for each. */
export function lineAndColumnOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/** The place of a path, or of the nearest enclosing value when the path names something absent (a missing key). */
export function placeOfPath(places: ReadonlyMap<string, JsonPlace>, path: string): JsonPlace | undefined {
  let at = path;
  for (;;) {
    const place = places.get(at);
    if (place || at === '') return place;
    const parent = at.replace(/(\.[^.[\]]*|\[\d+\]|^[^.[\]]+)$/, '');
    // A key with brackets in it cannot be taken apart; the policy as a whole is the best place left.
    at = parent === at ? '' : parent;
  }
}

/**
 * The problems of a policy text at their line and column, in the order of the text; what follows
 * from them comes last. Kept out of parsePolicyText so the widget, which only reports paths,
 * does not carry it.
 */
export function locateProblems(text: string, errors: readonly PolicyError[]): PolicyError[] {
  // Only a syntax error comes with its position, and then there is nothing more to find.
  if (errors.some((error) => error.line !== undefined)) return [...errors];
  const { places, duplicates } = scanPlaces(text);
  const position = lineAndColumnOf(text);
  const placed = errors.map((error) => {
    const place = placeOfPath(places, error.path);
    const offset = place && (ABOUT_A_KEY.has(error) ? (place.key ?? place.value) : place.value);
    return { error, offset: offset ?? -1 };
  });
  for (const { path, key, first, again } of duplicates) {
    const { line, column } = position(first);
    placed.push({ error: { path, message: `"${key}" is given twice; the widget uses this one and ignores the one at line ${line}, column ${column}` }, offset: again });
  }
  placed.sort((a, b) => Number(a.error.consequence ?? false) - Number(b.error.consequence ?? false) || (a.error.consequence ? 0 : a.offset - b.offset));
  return sumUpReferences(placed.map(({ error, offset }) => (offset >= 0 ? { ...error, ...position(offset) } : error)));
}

/**
 * One line per broken entry instead of one per reference to it: `channel "chat" has problems, so
 * it is left out of topics[0], topics[1] and topics[4]`, at the first reference.
 */
function sumUpReferences(errors: readonly PolicyError[]): PolicyError[] {
  const REFERENCE = /\.\w+\[\d+\]$/;
  const groups = new Map<string, string[]>();
  const kept: PolicyError[] = [];
  for (const error of errors) {
    if (!error.consequence || !REFERENCE.test(error.path)) {
      kept.push(error);
      continue;
    }
    const owner = error.path.replace(REFERENCE, '');
    const owners = groups.get(error.message);
    if (owners) {
      owners.push(owner);
    } else {
      groups.set(error.message, [owner]);
      kept.push(error);
    }
  }
  return kept.map((error) => {
    const owners = error.consequence && REFERENCE.test(error.path) ? groups.get(error.message) : undefined;
    if (!owners) return error;
    const list = owners.length === 1 ? owners[0] : `${owners.slice(0, -1).join(', ')} and ${owners.at(-1)}`;
    return { ...error, message: `${error.message} of ${list}` };
  });
}
