/**
 * The script-tag bundle: `<script type="module" src=".../kanaalwijzer.js">` defines the element,
 * two tasks after this module's own. Evaluating the module, setting up the class and upgrading
 * the page's elements are each about as much work as a phone does in 50 ms: one task for all
 * would be a long task on the host page. A page script that calls the element's methods at once
 * waits for `customElements.whenDefined('kanaal-wijzer')`; properties set before then are kept.
 */
import { KanaalWijzer } from './components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { yieldToMain } from './internal/yield-to-main.js';

// Reading observedAttributes sets up the class's properties and styles: a task of its own too.
void yieldToMain()
  .then(() => KanaalWijzer.observedAttributes && yieldToMain())
  .then(() => {
    if (!customElements.get('kanaal-wijzer')) customElements.define('kanaal-wijzer', KanaalWijzer);
  });

export { KanaalWijzer };
