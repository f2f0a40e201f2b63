/**
 * Where a validator path like `channels[0].hours.mon-fri` is in the policy text, found in
 * CodeMirror's JSON syntax tree, so a problem is underlined where the marketer must fix it.
 */
import type { SyntaxNode, Tree } from '@lezer/common';

export type PathStep = string | number;

export interface TextRange {
  from: number;
  to: number;
}

export const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

/** `channels[0].hours.mon-fri` → ['channels', 0, 'hours', 'mon-fri']; the empty path is the whole policy. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) steps.push(match[1] !== undefined ? Number(match[1]) : (match[2] as string));
  return steps;
}

function children(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) found.push(child);
  return found;
}

function propertyNamed(object: SyntaxNode, key: string, text: string): SyntaxNode | undefined {
  return children(object).find((property) => {
    const name = property.getChild('PropertyName');
    if (property.name !== 'Property' || !name) return false;
    try {
      return JSON.parse(text.slice(name.from, name.to)) === key;
    } catch {
      return false;
    }
  });
}

/** Only the first line of a range: underlining a whole object would hide everything else. */
function firstLine(range: TextRange, text: string): TextRange {
  const lineEnd = text.indexOf('\n', range.from);
  return { from: range.from, to: lineEnd === -1 ? range.to : Math.min(range.to, lineEnd) };
}

/**
 * The text a path points at: the property (key and value) for a key, the item for an index. When
 * the path goes further than the text (a required key that is missing), the deepest part that
 * exists. Syntax errors come as "line L, column C".
 */
export function rangeOfPath(tree: Tree, text: string, path: string): TextRange {
  const position = /^line (\d+), column (\d+)$/.exec(path);
  if (position) {
    const lines = text.split('\n');
    const line = Math.min(Number(position[1]), lines.length);
    const offset = lines.slice(0, line - 1).reduce((sum, item) => sum + item.length + 1, 0) + Number(position[2]) - 1;
    const from = Math.min(offset, text.length);
    return { from, to: Math.min(from + 1, text.length) };
  }
  let value = children(tree.topNode).find((node) => VALUE_NODES.has(node.name));
  if (!value) return { from: 0, to: Math.min(1, text.length) };
  let range: TextRange = value;
  for (const step of parsePath(path)) {
    let next: SyntaxNode | undefined;
    let stepRange: TextRange | undefined;
    if (typeof step === 'string' && value.name === 'Object') {
      const property = propertyNamed(value, step, text);
      next = property?.lastChild ?? undefined;
      stepRange = property;
    } else if (typeof step === 'number' && value.name === 'Array') {
      next = children(value).filter((node) => VALUE_NODES.has(node.name))[step];
      stepRange = next;
    }
    if (!next || !stepRange || !VALUE_NODES.has(next.name)) break;
    value = next;
    range = stepRange;
  }
  return firstLine({ from: range.from, to: range.to }, text);
}
