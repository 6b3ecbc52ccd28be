// schema.org JSON-LD for search engines and partners' tools: Event, Organization,
// Article and BreadcrumbList, from plain values (no content access here).
import type { StatutEvenement } from '../../schemas/evenements.ts';
import type { Moment } from '../../schemas/shared/dates.ts';
import { isoDate, isoParis } from '../time/paris-time.ts';

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** A day for all-day events, otherwise the local time with its Paris offset. */
export function schemaDate(m: Moment): string {
  return m.journee ? isoDate(m.date) : isoParis(m.date);
}

/** Every status has its schema.org value: a new status fails to typecheck until it is mapped here. */
export const EVENT_STATUS = {
  prevu: 'https://schema.org/EventScheduled',
  complet: 'https://schema.org/EventScheduled',
  annule: 'https://schema.org/EventCancelled',
  reporte: 'https://schema.org/EventPostponed',
} as const satisfies Record<StatutEvenement, string>;

export interface EventInput {
  name: string;
  description: string;
  url: string;
  start: Moment;
  end: Moment;
  statut: StatutEvenement;
  enLigne: boolean;
  lieu?:
    | {
        nom?: string | undefined;
        adresse?: string | undefined;
        commune: string;
        departement?: string | undefined;
        coordonnees?: readonly [number, number] | undefined;
      }
    | undefined;
  /** Names of the record's départements and régions: the place when the sources give no other. */
  territoires?: readonly string[] | undefined;
  organizers: ReadonlyArray<{ name: string; url: string }>;
}

/**
 * Where an event happens, always given (search engines ignore events without one): online, its
 * place, or — when the sources do not say — a Place with what is known (its territories, France).
 */
function eventLocation(e: EventInput): Json {
  if (e.enLigne) return { '@type': 'VirtualLocation', url: e.url };
  if (e.lieu) {
    return {
      '@type': 'Place',
      name: e.lieu.nom ?? e.lieu.commune,
      address: {
        '@type': 'PostalAddress',
        ...(e.lieu.adresse ? { streetAddress: e.lieu.adresse } : {}),
        addressLocality: e.lieu.commune,
        ...(e.lieu.departement ? { addressRegion: e.lieu.departement } : {}),
        addressCountry: 'FR',
      },
      ...(e.lieu.coordonnees
        ? { geo: { '@type': 'GeoCoordinates', longitude: e.lieu.coordonnees[0], latitude: e.lieu.coordonnees[1] } }
        : {}),
    };
  }
  const areas = e.territoires ?? [];
  return {
    '@type': 'Place',
    name: areas.length ? `Lieu non précisé (${areas.join(', ')})` : 'Lieu non précisé',
    address: { '@type': 'PostalAddress', ...(areas.length ? { addressRegion: areas.join(', ') } : {}), addressCountry: 'FR' },
  };
}

export function eventJsonLd(e: EventInput): Json {
  const location = eventLocation(e);
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: e.name,
    description: e.description,
    url: e.url,
    startDate: schemaDate(e.start),
    endDate: schemaDate(e.end),
    eventStatus: EVENT_STATUS[e.statut],
    eventAttendanceMode: e.enLigne ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location,
    organizer: e.organizers.map((o) => ({ '@type': 'Organization', name: o.name, url: o.url })),
  };
}

export function organizationJsonLd(o: {
  name: string;
  description: string;
  url: string;
  sameAs?: string | undefined;
  areaServed?: readonly string[];
}): Json {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: o.name,
    description: o.description,
    url: o.url,
    ...(o.sameAs ? { sameAs: [o.sameAs] } : {}),
    ...(o.areaServed?.length ? { areaServed: o.areaServed.map((name) => ({ '@type': 'AdministrativeArea', name })) } : {}),
  };
}

export function articleJsonLd(a: {
  headline: string;
  description: string;
  url: string;
  published: Date;
  modified?: Date | undefined;
  publisher: { name: string; url: string };
  authors?: ReadonlyArray<string>;
}): Json {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: a.headline,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    inLanguage: 'fr-FR',
    datePublished: isoDate(a.published),
    dateModified: isoDate(a.modified ?? a.published),
    ...(a.authors?.length
      ? { author: a.authors.map((name) => ({ '@type': 'Person', name })) }
      : { author: { '@type': 'Organization', ...a.publisher } }),
    publisher: { '@type': 'Organization', ...a.publisher },
  };
}

export function breadcrumbJsonLd(items: ReadonlyArray<{ name: string; url: string }>): Json {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.url })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that a title
 * containing `</script>` cannot close the element.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
