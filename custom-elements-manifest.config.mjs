// custom-elements.json is generated from the element's JSDoc header; never edit it by hand.
export default {
  globs: ['src/components/kanaal-wijzer/entry/kanaal-wijzer.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
