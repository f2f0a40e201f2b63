/**
 * The page a message was written on, as it leaves with an email, a call-back request or a chat
 * hand-over: its origin and path. A query string or fragment can hold a reset token, an e-mail
 * address or a search, so none goes along unless the policy names the parameter (`order`), or a
 * prefix of it (`utm_*`).
 */
export function pageUrl(href: string, keep: readonly string[] = []): string {
  const url = new URL(href);
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (keep.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern))) kept.append(name, value);
  }
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query && `?${query}`}`;
}
