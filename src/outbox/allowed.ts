/**
 * The site's allow-list of where the widget may send what visitors write (the `endpoints`
 * attribute): messages, call-back requests and insights. Shared by the outbox and insights, and
 * asked before every send, retries included.
 */

/**
 * Whether `address` is on the list: a space-separated list of absolute or page-relative URLs, each
 * allowing its origin, or with a path other than "/" only addresses under that path. No list (null)
 * allows every address; an empty or unreadable one allows none.
 */
export function endpointAllowed(address: string, list: string | null | undefined, base = document.baseURI): boolean {
  if (list === null || list === undefined) return true;
  let target: URL;
  try {
    target = new URL(address, base);
  } catch {
    return false;
  }
  return list.split(/\s+/).some((entry) => {
    if (!entry) return false;
    try {
      const allowed = new URL(entry, base);
      return allowed.origin === target.origin && (allowed.pathname === '/' || target.pathname === allowed.pathname || target.pathname.startsWith(allowed.pathname.endsWith('/') ? allowed.pathname : `${allowed.pathname}/`));
    } catch {
      return false;
    }
  });
}
