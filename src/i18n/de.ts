/** Everything the widget says in German, with its FAQ search folding, in one chunk that only a German-speaking visitor loads. */
import { de as frame } from './de/frame.js';
import { de as panel } from './de/panel.js';
import { de as selfService } from './de/self-service.js';
import { german as search } from '../search/german.js';

export const words = { frame, panel, selfService, search };
