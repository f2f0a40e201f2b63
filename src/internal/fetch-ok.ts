/**
 * Fetches from the site with its cookies, resolving only to a real, successful Response: a host
 * page may wrap `fetch` and hand back anything, and an error page is not the resource we asked for.
 */
export async function fetchOk(url: string | URL, init: RequestInit = {}): Promise<Response> {
  const response: unknown = await fetch(url, { credentials: 'same-origin', ...init });
  if (!(response instanceof Response)) throw new Error('no response');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}
