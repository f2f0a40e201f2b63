/** The mailto: fallback, encoded per RFC 6068, for when there is no endpoint or it refuses. */

/** Mail programs and browsers cut longer mailto: links; above this the customer copies instead. */
export const MAILTO_MAX_LENGTH = 1900;

function encode(text: string): string {
  // RFC 6068: line breaks in the body are CRLF, percent-encoded like everything outside qchar.
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

/** The mailto: link, or undefined when it would be too long to open reliably. */
export function mailtoHref(to: string, subject: string, body: string): string | undefined {
  const params = [subject && `subject=${encode(subject)}`, body && `body=${encode(body)}`].filter(Boolean).join('&');
  const href = `mailto:${to.split('@').map(encodeURIComponent).join('@')}${params ? `?${params}` : ''}`;
  return href.length <= MAILTO_MAX_LENGTH ? href : undefined;
}
