// React 19: <kanaal-wijzer> in TSX with its attributes, properties and onkw-… event props, their
// detail types included. Load it once: `import type {} from 'kanaalwijzer/react';`, or list
// "kanaalwijzer/react" in tsconfig's "types". The element types are generated (custom-elements-jsx.d.ts).
import type { CustomElements } from './custom-elements-jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
