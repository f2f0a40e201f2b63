/** Which of the widget's events insights send: shared by the insights code and the entry's door to it. */
import type { KwEventName } from '../events.js';

/** Fired without anyone doing anything; insights never send them. */
export const UNPROMPTED = ['kw-ready', 'kw-policy-error'] as const satisfies readonly KwEventName[];
/** The events insights send: every kw- event but the unprompted ones (insights.ts says what each may carry). */
export type PromptedEvent = Exclude<KwEventName, (typeof UNPROMPTED)[number]>;
