export interface MailDraft {
  /** One plain address, or empty to let the person choose the recipient in their mail app. */
  to: string;
  subject: string;
  body: string;
}

/**
 * A recipient must be one plain address: anything else (`a@x.org,b@y.org`, `a@x.org?cc=…`, or
 * a line break) could add recipients or headers, so it is left out instead.
 */
const PLAIN_ADDRESS = /^[A-Za-z0-9._'+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** encodeURIComponent throws on a lone surrogate; a stray half of a pair becomes U+FFFD. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

export function isPlainAddress(address: string): boolean {
  return address.length <= 254 && PLAIN_ADDRESS.test(address);
}

/**
 * A `mailto:` link whose every part is percent-encoded, so text from a link or a file can only
 * ever be text: no `&cc=`, no extra header. The subject is one line (a line break there would
 * start a header in a careless mail app); the body's line breaks become CRLF as RFC 6068 asks.
 */
export function buildMailto(draft: MailDraft): string {
  const to = isPlainAddress(draft.to) ? encode(draft.to) : '';
  const subject = draft.subject.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const body = draft.body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}
