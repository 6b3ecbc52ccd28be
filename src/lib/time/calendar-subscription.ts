// Subscribing to a calendar: the .ics address for a download, the webcal: address that calendar
// applications open as a subscription (they refresh it themselves).

/** `https://exemple.fr/agenda.ics` → `webcal://exemple.fr/agenda.ics` (http: too). */
export function webcalUrl(absoluteIcs: string): string {
  return absoluteIcs.replace(/^https?:\/\//, 'webcal://');
}

/** The absolute address of a site path, from the site's public address. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
