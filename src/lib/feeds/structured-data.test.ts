import { describe, expect, test } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, eventJsonLd, jsonLdText, organizationJsonLd } from './structured-data.ts';

const event = {
  name: 'Journée',
  description: 'Une journée',
  url: 'https://e.org/evenements/j/',
  start: { date: new Date('2025-06-30T07:00:00Z'), journee: false },
  end: { date: new Date('2025-06-30T15:00:00Z'), journee: false },
  statut: 'annule' as const,
  enLigne: false,
  lieu: { nom: 'Salle', adresse: '1 place', commune: 'Pélussin', departement: 'Loire', coordonnees: [4.68, 45.42] as const },
  organizers: [{ name: 'Cap Rural', url: 'https://e.org/acteurs/cap-rural/' }],
};

describe('eventJsonLd', () => {
  test('gives dates with their Paris offset, status, attendance mode, place and organizer', () => {
    const ld = eventJsonLd(event);
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2025-06-30T09:00:00+02:00',
      endDate: '2025-06-30T17:00:00+02:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Pélussin', streetAddress: '1 place' } },
      organizer: [{ '@type': 'Organization', name: 'Cap Rural' }],
    });
  });

  test('uses a VirtualLocation online and plain days for all-day events', () => {
    const ld = eventJsonLd({
      ...event,
      enLigne: true,
      lieu: undefined,
      statut: 'prevu',
      start: { date: new Date('2016-11-24T00:00:00Z'), journee: true },
      end: { date: new Date('2016-11-25T00:00:00Z'), journee: true },
    });
    expect(ld).toMatchObject({
      startDate: '2016-11-24',
      endDate: '2016-11-25',
      location: { '@type': 'VirtualLocation' },
      eventStatus: 'https://schema.org/EventScheduled',
    });
  });

  test('always gives a location: a Place with the known territories when the sources give no place', () => {
    const unknown = eventJsonLd({ ...event, lieu: undefined, territoires: ['Loire', 'Auvergne-Rhône-Alpes'] });
    expect(unknown.location).toEqual({
      '@type': 'Place',
      name: 'Lieu non précisé (Loire, Auvergne-Rhône-Alpes)',
      address: { '@type': 'PostalAddress', addressRegion: 'Loire, Auvergne-Rhône-Alpes', addressCountry: 'FR' },
    });
    expect(eventJsonLd({ ...event, lieu: undefined }).location).toMatchObject({ '@type': 'Place', address: { addressCountry: 'FR' } });
  });
});

describe('organizationJsonLd / articleJsonLd / breadcrumbJsonLd', () => {
  test('carry their required properties', () => {
    expect(organizationJsonLd({ name: 'A', description: 'd', url: 'https://e.org/a/', sameAs: 'https://a.fr/' })).toMatchObject({
      '@type': 'Organization',
      name: 'A',
      sameAs: ['https://a.fr/'],
    });
    const art = articleJsonLd({
      headline: 'H',
      description: 'd',
      url: 'u',
      published: new Date('2026-01-10T00:00:00Z'),
      publisher: { name: 'P', url: 'https://e.org/' },
    });
    expect(art).toMatchObject({
      '@type': 'Article',
      headline: 'H',
      datePublished: '2026-01-10',
      dateModified: '2026-01-10',
      author: { name: 'P' },
    });
    const bc = breadcrumbJsonLd([
      { name: 'Accueil', url: 'https://e.org/' },
      { name: 'X', url: 'https://e.org/x/' },
    ]);
    expect(bc.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://e.org/' },
      { '@type': 'ListItem', position: 2, name: 'X', item: 'https://e.org/x/' },
    ]);
  });
});

describe('jsonLdText', () => {
  test('cannot close its script element and still parses back', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
