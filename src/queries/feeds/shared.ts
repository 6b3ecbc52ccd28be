// What every output format shares: absolute addresses, a record's last change, one build clock.
import { buildNow } from '../../lib/time/dates.ts';
import { SITE } from '../../site-config.ts';

/** An absolute address on the site, from an href that already holds the base path (withBase). */
export const absolute = (path: string) => new URL(path, SITE.url).href;

type Dated = { publie_le: Date; mis_a_jour_le?: Date | undefined };
export const lastChange = (data: Dated): Date => data.mis_a_jour_le ?? data.publie_le;

/** The same clock for every file of a build. */
export const generatedAt = buildNow();
