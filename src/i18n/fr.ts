/** Everything the widget says in French, with its FAQ search folding, in one chunk that only a French-speaking visitor loads. */
import { fr as frame } from './fr/frame.js';
import { fr as panel } from './fr/panel.js';
import { fr as selfService } from './fr/self-service.js';
import { french as search } from '../search/french.js';

export const words = { frame, panel, selfService, search };
