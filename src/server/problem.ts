/** Errors as RFC 9457 problem details: what went wrong, in words the widget can show. */

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ProblemIssue {
  /** Where in the body, as a dotted path ("" for the body itself). */
  path: string;
  message: string;
}

export function problem(status: number, detail: string, extra: { headers?: HeadersInit; issues?: ProblemIssue[] } = {}): Response {
  const headers = new Headers(extra.headers);
  headers.set('Content-Type', 'application/problem+json');
  const body = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...(extra.issues && { issues: extra.issues }) };
  return new Response(JSON.stringify(body), { status, headers });
}
