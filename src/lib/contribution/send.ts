// The ways to send a finished file: by e-mail to the site's contact address, or through
// GitHub (a new file opens filled in; an existing file opens in GitHub's editor, which
// cannot be filled in from a link, so the contributor pastes the text).

/**
 * Past about 2,000 characters some mail programs (and Windows' link handler) cut a
 * `mailto:` address: longer files go as an attachment instead.
 */
export const MAX_MAILTO_LENGTH = 1800;

export type MailLink = { withFile: true; url: string } | { withFile: false; url: string };

/** `mailto:` with the file in the body when it fits, otherwise with only a subject. */
export function mailtoUrl(address: string, subject: string, body: string, max = MAX_MAILTO_LENGTH): MailLink {
  // RFC 6068: spaces as %20 (not +), line breaks as %0D%0A.
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const bare = `mailto:${address}?subject=${enc(subject)}`;
  const full = `${bare}&body=${enc(body)}`;
  return full.length <= max ? { withFile: true, url: full } : { withFile: false, url: bare };
}

/** GitHub's editor for a file of the repository. */
export function githubEditUrl(depot: string, branche: string, file: string): string {
  const base = depot.replace(/\/+$/, '').replace(/\.git$/, '');
  return `${base}/edit/${encodeURIComponent(branche)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
