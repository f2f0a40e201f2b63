/** Everything the widget says in German, in one chunk that only a German-speaking visitor loads. */
import { de as frame } from './frame.js';
import { de as panel } from './panel.js';
import { de as selfService } from './self-service.js';

export const words = { frame, panel, selfService };
