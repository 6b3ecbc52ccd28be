// The upcoming/past split at a fixed build date (BUILD_NOW), in Europe/Paris, on fake content:
// an event is upcoming until it ends, a whole-day event until midnight in Paris; the home page
// shows the next events, or the last ones, clearly labelled, when none is coming.
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { hrefs, readPage } from '../helpers/dist.ts';

afterAll(cleanContent);

const base = VALID['evenements/evenement-test.md']!;
const event = (titre: string, lines: Record<string, string>) =>
  Object.entries(lines).reduce((text, [from, to]) => text.replace(from, to), base.replace('titre: Événement de test', `titre: ${titre}`));

const content = makeContent({
  // 4 March 2027, 9 h 30 – 17 h (VALID).
  'evenements/journee-entiere.md': event('Journée entière complète', {
    'debut: 2027-03-04T09:30:00+01:00': 'debut: 2027-03-04',
    'fin: 2027-03-04T17:00:00+01:00': 'fin: 2027-03-04',
    'organisateurs: [asso-test]': 'organisateurs: [asso-test]\nstatut: complet\nplaces: 1200\npublics: [benevoles, elus]',
  }),
  'evenements/webinaire-annule.md': event('Webinaire annulé', {
    'debut: 2027-03-04T09:30:00+01:00': 'debut: 2027-06-10T14:00:00+02:00',
    'fin: 2027-03-04T17:00:00+01:00': 'fin: 2027-06-10T16:00:00+02:00',
    'lieu:\n  commune: Pélussin\n  code_insee: "42168"\n  departement: "42"\n': 'en_ligne: true\n',
    'organisateurs: [asso-test]': 'organisateurs: [asso-test]\nstatut: annule\ninscription:\n  url: https://www.exemple.fr/inscription',
  }),
  // 1 February 2027, over at the first build date, with places, registration and a report.
  'evenements/journee-passee.md': event('Journée passée', {
    'debut: 2027-03-04T09:30:00+01:00': 'debut: 2027-02-01',
    'fin: 2027-03-04T17:00:00+01:00': 'fin: 2027-02-01',
    'organisateurs: [asso-test]':
      'organisateurs: [asso-test]\nplaces: 30\ninscription:\n  url: https://www.exemple.fr/inscription-passee\nsources:\n  - titre: Compte rendu de la journée\n    url: https://www.exemple.fr/compte-rendu',
  }),
});

function agenda(dist: string) {
  const doc = readPage('/evenements/', dist);
  const titles = (id: string) => [...doc.querySelectorAll(`#${id} .card h3`)].map((h) => h.textContent.trim());
  return { doc, upcoming: titles('agenda-a-venir'), past: titles('agenda-passes') };
}

describe('at 20 h in Paris on 4 March 2027', () => {
  // 19:00 UTC is 20:00 in Paris (winter time): the 9 h 30 – 17 h event is over, the whole-day one is not.
  const build = buildSite({ contentDir: content, full: false, env: { BUILD_NOW: '2027-03-04T19:00:00Z' } });

  test('builds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  test('splits upcoming and past by the end of each event', () => {
    const { upcoming, past } = agenda(build.outDir);
    expect(upcoming).toEqual(['Journée entière complète', 'Webinaire annulé']);
    expect(past).toEqual(['Événement de test', 'Journée passée']);
  });

  test('says the status, date and time, place, audience, places and registration in French', () => {
    const { doc } = agenda(build.outDir);
    const card = (title: string) => [...doc.querySelectorAll('.card')].find((c) => c.querySelector('h3')!.textContent.includes(title))!;
    const full = card('Journée entière').textContent.replace(/\s+/g, ' ');
    expect(full).toContain('Complet');
    expect(full).toContain('jeudi 4 mars 2027');
    expect(full).toContain('Pélussin (Loire)');
    expect(full).toContain('Bénévoles, Élus');
    expect(card('Journée entière').textContent).toContain('1\u202f200 places');
    const cancelled = card('Webinaire');
    expect(cancelled.textContent).toContain('Annulé');
    expect(cancelled.textContent).toContain('jeudi 10 juin 2027, 14 h – 16 h');
    expect(cancelled.textContent).toContain('En ligne');
    // Nobody registers for a cancelled event.
    expect(hrefs(cancelled)).not.toContain('https://www.exemple.fr/inscription');
    expect(card('Événement de test').textContent).toContain('jeudi 4 mars 2027, 9 h 30 – 17 h');
    expect(doc.querySelector('main')!.textContent).toContain('Agenda établi le 4 mars 2027');
  });

  test('a past event says it took place, without registration, places nor « Ajouter à mon agenda », and keeps its report', () => {
    const { doc } = agenda(build.outDir);
    const card = [...doc.querySelectorAll('.card')].find((c) => c.querySelector('h3')!.textContent.includes('Journée passée'))!;
    const text = card.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('Cet événement a eu lieu le lundi 1er février 2027.');
    expect(text).not.toContain('places');
    expect(hrefs(card)).not.toContain('https://www.exemple.fr/inscription-passee');
    const page = readPage('/evenements/journee-passee/', build.outDir).querySelector('main')!;
    const pageText = page.textContent.replace(/\s+/g, ' ');
    expect(pageText).toContain('Cet événement a eu lieu le lundi 1er février 2027.');
    expect(pageText).not.toContain('Ajouter à mon agenda');
    expect(pageText).not.toMatch(/Places|S’inscrire/);
    expect(hrefs(page)).not.toContain('https://www.exemple.fr/inscription-passee');
    expect(hrefs(page)).toContain('https://www.exemple.fr/compte-rendu');
  });

  test('an upcoming event keeps its places, registration and « Ajouter à mon agenda »', () => {
    const page = readPage('/evenements/journee-entiere/', build.outDir).querySelector('main')!;
    expect(page.textContent).toContain('Ajouter à mon agenda');
    expect(page.textContent).toContain('Places');
    expect(hrefs(page)).toContain('/evenements/journee-entiere.ics');
    expect(page.textContent).not.toContain('a eu lieu');
  });

  test('the agenda and each territory page offer the calendar subscription (.ics and webcal:)', () => {
    for (const [route, ics] of [
      ['/evenements/', '/agenda.ics'],
      ['/territoires/42/', '/territoires/42/agenda.ics'],
      ['/territoires/29/', '/territoires/29/agenda.ics'],
    ] as const) {
      const links = hrefs(readPage(route, build.outDir).querySelector('main')!);
      expect(links, route).toContain(ics);
      expect(
        links.some((h) => h.startsWith('webcal://') && h.endsWith(ics)),
        route,
      ).toBe(true);
    }
  });

  test('the home page shows the next events', () => {
    const main = readPage('/', build.outDir).querySelector('main')!;
    expect(main.querySelector('#agenda')!.textContent).toBe('Prochains événements');
    const links = hrefs(main.querySelector('[aria-labelledby="agenda"]')!);
    expect(links).toContain('/evenements/journee-entiere/');
    expect(links).not.toContain('/evenements/evenement-test/');
  });
});

describe('after midnight in Paris, and a year later', () => {
  // 23:30 UTC on 4 March is 00:30 on 5 March in Paris: the whole-day event is over.
  const night = buildSite({ contentDir: content, full: false, env: { BUILD_NOW: '2027-03-04T23:30:00Z' } });
  const later = buildSite({ contentDir: content, full: false, env: { BUILD_NOW: '2028-01-01T12:00:00+01:00' } });

  test('a whole-day event becomes past at midnight in Paris', () => {
    expect(night.status, night.stderr).toBe(0);
    expect(agenda(night.outDir).upcoming).toEqual(['Webinaire annulé']);
  });

  test('with nothing coming, the agenda says so and invites the next one; the home page shows the last events, labelled as such', () => {
    expect(later.status, later.stderr).toBe(0);
    const { doc, upcoming, past } = agenda(later.outDir);
    expect(upcoming).toEqual([]);
    const empty = doc.querySelector('#agenda-a-venir')!;
    expect(empty.textContent).toContain('Aucune journée n’est annoncée pour le moment.');
    // An invitation: subscribe to hear of the next one, or propose one.
    expect(hrefs(empty)).toEqual(['webcal://localhost:4321/agenda.ics', '/agenda.ics', '/contribuer/proposer/evenements/']);
    expect([...empty.querySelectorAll('a')].map((a) => a.textContent)).toContain('Proposer une journée');
    // A territory's calendar with nothing coming says so too, and proposes with the territory ticked.
    const territory = readPage('/territoires/22/', later.outDir).querySelector('.agenda-vide')!;
    expect(territory.textContent).toContain('Aucune journée n’est annoncée pour ce département pour le moment.');
    expect(hrefs(territory)).toContain('/contribuer/proposer/evenements/?departement=22');
    // Most recent first, by start: the 9 h 30 event starts after the whole day's midnight.
    expect(past).toEqual(['Webinaire annulé', 'Événement de test', 'Journée entière complète', 'Journée passée']);
    const section = readPage('/', later.outDir).querySelector('[aria-labelledby="agenda"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('Prochaines journées');
    expect(section.textContent).toContain('Aucune journée n’est annoncée pour le moment.');
    expect(section.textContent).toMatch(/Les plus récentes, déjà passées\s:/u);
    expect(hrefs(section)).toContain('/contribuer/proposer/evenements/');
    expect(hrefs(section)).toContain('/evenements/webinaire-annule/');
  });
});
