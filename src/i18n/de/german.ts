/** Everything the widget says in German, with its FAQ search folding, in one chunk that only a German-speaking visitor loads. */
import { de as frame } from './frame.js';
import { de as panel } from './panel.js';
import { de as selfService } from './self-service.js';
import { german as search } from '../../search/german.js';

export const words = { frame, panel, selfService, search };
