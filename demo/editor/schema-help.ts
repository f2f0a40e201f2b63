/**
 * Completion and hover help in the editor, read from policy.schema.json: the descriptions a
 * marketer needs are all there already. A small source over our own schema rather than
 * codemirror-json-schema: the schema uses a handful of keywords (properties, items, anyOf,
 * enum, const, additionalProperties), and validation is the widget's own validator, whose
 * messages and paths are the ones the CLI prints.
 */
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import { hoverTooltip } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { VALUE_NODES, type PathStep } from './json-paths.js';

export interface JsonSchema {
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  /** Keys a map takes, when it lists them (the days of `hours`). */
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  /** VS Code's keyword: what each value of `enum` means, by index. */
  enumDescriptions?: string[];
  /** VS Code's keyword: whole values to offer, such as the object forms of `cost`. */
  defaultSnippets?: { label: string; description?: string; body: unknown }[];
  const?: unknown;
}

/** A schema and the alternatives of its unions, each with the union's description when it has none of its own. */
function alternatives(schema: JsonSchema): JsonSchema[] {
  if (!schema.anyOf) return [schema];
  return [schema, ...schema.anyOf.flatMap((option) => alternatives(option.description || !schema.description ? option : { ...option, description: schema.description }))];
}

/** Every schema the value at a path may have to match. */
export function schemasAt(root: JsonSchema, path: readonly PathStep[]): JsonSchema[] {
  let current = alternatives(root);
  for (const step of path) {
    current = current.flatMap((schema) => {
      if (typeof step === 'number') return schema.items ? alternatives(schema.items) : [];
      const property = schema.properties?.[step];
      if (property) return alternatives(property);
      return typeof schema.additionalProperties === 'object' ? alternatives(schema.additionalProperties) : [];
    });
  }
  return current;
}

export function descriptionAt(root: JsonSchema, path: readonly PathStep[]): string | undefined {
  return schemasAt(root, path).find((schema) => schema.description)?.description;
}

function keyOf(property: SyntaxNode, state: EditorState): string | undefined {
  const name = property.getChild('PropertyName');
  if (!name) return undefined;
  try {
    return JSON.parse(state.sliceDoc(name.from, name.to)) as string;
  } catch {
    return undefined;
  }
}

/** The path of the value a node is in (or the key it names), as the validator writes paths. */
export function pathOf(node: SyntaxNode, state: EditorState): PathStep[] {
  const path: PathStep[] = [];
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'Property') {
      const key = keyOf(parent, state);
      if (key !== undefined) path.unshift(key);
    } else if (parent.name === 'Array') {
      let index = 0;
      for (let sibling = child.prevSibling; sibling; sibling = sibling.prevSibling) if (VALUE_NODES.has(sibling.name)) index++;
      path.unshift(index);
    }
  }
  return path;
}

function container(state: EditorState, pos: number): SyntaxNode | undefined {
  for (let node: SyntaxNode | null = syntaxTree(state).resolveInner(pos, -1); node; node = node.parent) {
    if (node.name === 'Object' || node.name === 'Array') return node;
  }
  return undefined;
}

function existingKeys(object: SyntaxNode, state: EditorState): Set<string> {
  const keys = new Set<string>();
  for (let child = object.firstChild; child; child = child.nextSibling) {
    if (child.name === 'Property') {
      const key = keyOf(child, state);
      if (key !== undefined) keys.add(key);
    }
  }
  return keys;
}

/**
 * Inserts a completion, taking in the closing quote that bracket closing typed along with the
 * opening one (a result reaching past the cursor is not shown at all, so it is done here).
 */
function insert(text: string, afterQuote: boolean): Completion['apply'] {
  return (view, _completion, from, to) => {
    const end = afterQuote && view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
    view.dispatch({ changes: { from, to: end, insert: text }, selection: { anchor: from + text.length }, userEvent: 'input.complete' });
  };
}

/**
 * Listed values, each with what it means, and whole example values; after an opening quote, text
 * values are offered without it (it is typed already).
 */
function valueOptions(schemas: readonly JsonSchema[], quoted: boolean): Completion[] {
  const seen = new Set<string>();
  return schemas.flatMap((schema) => {
    const values = [...(schema.enum ?? []), ...('const' in schema ? [schema.const] : [])].flatMap((value, index) => {
      const label = typeof value === 'string' && quoted ? value : JSON.stringify(value);
      if (seen.has(label) || (quoted && typeof value !== 'string')) return [];
      seen.add(label);
      const info = schema.enumDescriptions?.[index] || schema.description;
      return [{ label, type: 'constant', ...(quoted && { apply: insert(`${label}"`, true) }), ...(info && { info }) }];
    });
    const snippets = quoted
      ? []
      : (schema.defaultSnippets ?? []).map((snippet) => ({
          label: snippet.label,
          type: 'text',
          apply: JSON.stringify(snippet.body),
          detail: JSON.stringify(snippet.body),
          ...(snippet.description && { info: snippet.description }),
        }));
    return [...values, ...snippets];
  });
}

/** Keys the object at the cursor may have, and values where the schema lists them. */
export function policyCompletion(schema: JsonSchema): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    // "." is part of a key of the policy's words ("panel.wait").
    const word = context.matchBefore(/"?[\w$/.-]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const state = context.state;
    const before = state.sliceDoc(Math.max(0, word.from - 200), word.from).trimEnd();
    const previous = before.at(-1);
    // Matched after the opening quote, so what was typed is compared with the bare key.
    const quoted = word.text.startsWith('"');
    const from = word.from + (quoted ? 1 : 0);
    const around = container(state, word.from);
    if (!around) return null;
    const path = pathOf(around, state);
    if (around.name === 'Object' && (previous === '{' || previous === ',')) {
      const present = existingKeys(around, state);
      const options = new Map<string, Completion>();
      for (const candidate of schemasAt(schema, path)) {
        const listed = candidate.propertyNames?.enum?.flatMap((key, index) => (typeof key === 'string' ? [[key, { description: candidate.propertyNames?.enumDescriptions?.[index] }] as const] : [])) ?? [];
        for (const [key, property] of [...Object.entries(candidate.properties ?? {}), ...listed]) {
          if (options.has(key) || (present.has(key) && !word.text.includes(key))) continue;
          options.set(key, {
            label: key,
            type: 'property',
            apply: insert(quoted ? `${key}": ` : `"${key}": `, quoted),
            ...(candidate.required?.includes(key) && { detail: 'required' }),
            ...(descriptionAt(property, []) !== undefined && { info: descriptionAt(property, []) }),
          });
        }
      }
      return options.size ? { from, options: [...options.values()] } : null;
    }
    if (previous === ':' && around.name === 'Object') {
      const key = /"((?:[^"\\]|\\.)*)"\s*:$/.exec(before)?.[1];
      if (key === undefined) return null;
      const options = valueOptions(schemasAt(schema, [...path, key]), quoted);
      return options.length ? { from, options } : null;
    }
    if (around.name === 'Array' && (previous === '[' || previous === ',')) {
      const options = valueOptions(schemasAt(schema, [...path, 0]), quoted);
      return options.length ? { from, options } : null;
    }
    return null;
  };
}

/** Hovering a key shows what it is for. */
export function policyHover(schema: JsonSchema) {
  return hoverTooltip((view, pos, side) => {
    const node = syntaxTree(view.state).resolveInner(pos, side);
    if (node.name !== 'PropertyName') return null;
    const description = descriptionAt(schema, pathOf(node, view.state));
    if (!description) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'schema-hover';
        const key = document.createElement('code');
        key.textContent = view.state.sliceDoc(node.from, node.to);
        dom.append(key, ` ${description}`);
        return { dom };
      },
    };
  });
}
