import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Leaves the policy schema's field descriptions out of the browser bundle. They are hover help for
 * the marketer's editor and the text of policy.schema.json (generated from the source, not from
 * the bundle); in the validator chunk they were a seventh of its gzipped size, fetched by every
 * visitor before any intent. Every description in schema.ts is the argument of a `v.description()`
 * call written there, and every word's in word-catalogue.ts of a `doc()` call, so emptying those arguments removes them all; test/dist/bundle.test.ts checks
 * that no text of policy.schema.json's descriptions is left in the bundle.
 */
export function stripSchemaDocs(): Plugin {
  return {
    name: 'kanaalwijzer-strip-schema-docs',
    transform(code, id) {
      const call = id.endsWith('/src/policy/schema.ts') ? 'v.description' : id.endsWith('/src/i18n/word-catalogue.ts') ? 'doc' : undefined;
      if (!call) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const source = new MagicString(code);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && node.expression.getText(file) === call && node.arguments.length > 0) {
          source.overwrite(node.arguments.pos, node.arguments.end, "''");
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      return { code: source.toString(), map: source.generateMap({ hires: true, source: id }) };
    },
  };
}
