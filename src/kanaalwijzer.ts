/** The script-tag bundle: `<script type="module" src=".../kanaalwijzer.js">` defines the element. */
export { KanaalWijzer } from './define.js';
