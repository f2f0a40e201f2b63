/** Registers <kanaal-wijzer>. Safe to import more than once, or next to another copy of the widget. */
import { KanaalWijzer } from './components/kanaal-wijzer/entry/kanaal-wijzer.js';

if (!customElements.get('kanaal-wijzer')) customElements.define('kanaal-wijzer', KanaalWijzer);

export { KanaalWijzer };
