/**
 * The limits of the live-wait feed and the insights batches, shared by the widget and
 * openapi.yaml: apart from http.ts so that each late chunk of the widget takes only its own.
 */

/** A live wait above this many minutes is taken for a broken feed and ignored. */
export const LIVE_WAIT_MAX_MINUTES = 600;

/** The most events one insights batch carries. */
export const INSIGHTS_MAX_EVENTS = 100;

/** The most FAQ results one kw-faq-suggest event carries. */
export const INSIGHTS_MAX_RESULTS = 5;
