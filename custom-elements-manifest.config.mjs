// custom-elements.json is generated from the element's JSDoc header; never edit it by hand. The
// framework types in types/ (JSX for React 19, GlobalComponents for Vue 3) are generated from it in
// the same run, as Shoelace does, by the custom-elements-manifest tools. The last plugin fills in
// what the header cannot say without repeating the code: the module paths the package ships, each
// event's type from src/events.ts, and each custom property's default from the styles;
// scripts/check-manifest.mjs validates the result against CEM 2.1.0.
import { readFileSync, readdirSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * Every kw- event's detail type is its entry in KwEventMap (src/events.ts): named in the manifest,
 * and spelt as an import type for the generated files, which the generators only import plain
 * identifiers for.
 */
function eventDetailTypes() {
  return {
    name: 'kanaalwijzer-event-detail-types',
    analyzePhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          if (event.name?.startsWith('kw-')) event.type = { text: `KwEventMap['${event.name}']` };
        }
      }
    },
  };
}

/** A generator plugin that reads the manifest with every event type qualified by the package's name. */
function withQualifiedEvents(plugin) {
  return {
    name: `${plugin.name} (qualified event types)`,
    packageLinkPhase({ customElementsManifest, ...rest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (event.type?.text.startsWith('KwEventMap[')) event.type.text = `import("kanaalwijzer").${event.type.text}`;
          }
        }
      }
      plugin.packageLinkPhase({ customElementsManifest: manifest, ...rest });
    },
  };
}

const read = (file) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The event names of KwEventMap in src/events.ts, the one list of what each event carries. */
function eventNames() {
  const map = /export interface KwEventMap \{([\s\S]*?)\n\}/.exec(read('./src/events.ts'))?.[1];
  if (!map) throw new Error('src/events.ts has no KwEventMap');
  return new Set([...map.matchAll(/'(kw-[a-z-]+)':/g)].map((match) => match[1]));
}

/** `var(--kw-x, fallback)` in the component styles: the fallback, up to its matching bracket. */
function styleDefaults() {
  const defaults = new Map();
  const folder = new URL('./src/components/', import.meta.url);
  for (const file of readdirSync(folder, { recursive: true })) {
    if (!String(file).endsWith('.styles.ts')) continue;
    const css = readFileSync(new URL(String(file), folder), 'utf8');
    for (const match of css.matchAll(/var\((--kw-[a-z-]+),\s*/g)) {
      let depth = 1;
      let end = match.index + match[0].length;
      for (; end < css.length && depth > 0; end++) depth += css[end] === '(' ? 1 : css[end] === ')' ? -1 : 0;
      if (!defaults.has(match[1])) defaults.set(match[1], css.slice(match.index + match[0].length, end - 1).trim());
    }
  }
  return defaults;
}

/** `src/x/y.ts` (or `/src/x/y.js`) → `lib/x/y.js`, where tsconfig.build.json puts the module the package ships. */
function shippedPaths(node) {
  if (Array.isArray(node)) return node.forEach(shippedPaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = value.replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');
    else shippedPaths(value);
  }
}

/**
 * The manifest, and the framework types made from it, name the public API alone: not the
 * element's private or protected members, nor the attributes the Lit analyzer derives from its
 * internal reactive state. Runs before the framework generators, which read what it leaves.
 */
const publicApiOnly = {
  name: 'kanaalwijzer-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (!declaration.members) continue;
      const hidden = new Set(declaration.members.filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name));
      declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
      if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
    }
  },
};

const kanaalwijzerManifest = {
  name: 'kanaalwijzer-manifest',
  packageLinkPhase({ customElementsManifest }) {
    const names = eventNames();
    const defaults = styleDefaults();
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const event of declaration.events ?? []) {
        if (!names.has(event.name)) throw new Error(`${event.name} is not in KwEventMap (src/events.ts)`);
        // The event object, as the CEM schema asks; the framework generators above read the detail type.
        event.type = { text: `CustomEvent<KwEventMap['${event.name}']>` };
      }
      for (const property of declaration.cssProperties ?? []) {
        // The styles hold the value the widget uses; the header's is for readers of the source.
        property.default = defaults.get(property.name) ?? property.default;
        if (property.default === undefined) throw new Error(`${property.name} has no default in the styles or the JSDoc header`);
      }
    }
    shippedPaths(customElementsManifest.modules);
    customElementsManifest.schemaVersion = '2.1.0';
  },
};

const shared = { outdir: 'types', globalTypePath: 'kanaalwijzer', hideLogs: true };

export default {
  globs: ['src/components/kanaal-wijzer/entry/kanaal-wijzer.ts', 'src/components/kanaal-wijzer/entry/settings.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    publicApiOnly,
    eventDetailTypes(),
    withQualifiedEvents(customElementJsxPlugin({ ...shared, fileName: 'custom-elements-jsx.d.ts' })),
    withQualifiedEvents(customElementVuejsPlugin({ ...shared, fileName: 'custom-elements-vue.d.ts' })),
    kanaalwijzerManifest,
  ],
};
