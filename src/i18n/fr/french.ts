/** Everything the widget says in French, with its FAQ search folding, in one chunk that only a French-speaking visitor loads. */
import { fr as frame } from './frame.js';
import { fr as panel } from './panel.js';
import { fr as selfService } from './self-service.js';
import { french as search } from '../../search/french.js';

export const words = { frame, panel, selfService, search };
