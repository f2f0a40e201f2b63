// custom-elements.json is generated from the element's JSDoc header; never edit it by hand. The
// framework types in types/ (JSX for React 19, GlobalComponents for Vue 3) are generated from it in
// the same run, as Shoelace does, by the custom-elements-manifest tools.
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

const shared = { outdir: 'types', globalTypePath: 'kanaalwijzer', hideLogs: true };

export default {
  globs: ['src/components/kanaal-wijzer/entry/kanaal-wijzer.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    eventDetailTypes(),
    withQualifiedEvents(customElementJsxPlugin({ ...shared, fileName: 'custom-elements-jsx.d.ts' })),
    withQualifiedEvents(customElementVuejsPlugin({ ...shared, fileName: 'custom-elements-vue.d.ts' })),
  ],
};
