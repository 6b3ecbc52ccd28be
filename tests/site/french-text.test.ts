// French that reads right on every built page: département and région names with the article
// the official list gives them (« des Côtes-d’Armor », never « de Côtes-d’Armor »), no two words
// glued by a lost space, no code left unexplained on /donnees/.
import departementsData from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regionsData from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import { allRoutes, readPage } from '../helpers/dist.ts';

const places = [...departementsData, ...regionsData]
  .filter((p) => p.zone === 'metro' || p.zone === 'drom')
  .map((p) => ({ nom: p.nom.replace(/'/g, '’'), typeLiaison: p.typeLiaison }))
  // Longest first, so that « Centre-Val de Loire » is replaced before « Loire ».
  .toSorted((a, b) => b.nom.length - a.nom.length);

/** The page's text with every official name replaced by a token that says whether it takes an article. */
function tokenised(text: string): string {
  let out = text.replace(/\s+/g, ' ').replace(/'/g, '’');
  for (const p of places) out = out.replaceAll(p.nom, p.typeLiaison >= 2 ? '⟦AVEC-ARTICLE⟧' : '⟦SANS-ARTICLE⟧');
  return out;
}

describe('French on every page', () => {
  const routes = allRoutes();

  test('no « de » or « pour » right before a name that takes an article', () => {
    expect(routes.length).toBeGreaterThan(200);
    const wrong: string[] = [];
    let names = 0;
    for (const route of routes) {
      const text = tokenised(readPage(route).body.textContent ?? '');
      names += text.split('⟦AVEC-ARTICLE⟧').length - 1;
      for (const m of text.matchAll(/(?<![\p{L}-])(de|d’|pour|concernent) ⟦AVEC-ARTICLE⟧/gu))
        wrong.push(`${route}: ${text.slice(Math.max(0, m.index - 30), m.index + 30)}`);
    }
    expect(names).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  test('the proof: the département pages say « des Côtes-d’Armor », « du Finistère », « de l’Ain »', () => {
    // Each territory's calendar link, with or without events to come.
    const hidden = (route: string) =>
      readPage(route).querySelector('.calendar-subscription, .agenda-vide')!.textContent.replace(/\s+/g, ' ');
    const agenda = /(Suivre|abonnez-vous à) l’agenda /;
    expect(hidden('/territoires/22/')).toMatch(new RegExp(`${agenda.source}des Côtes-d’Armor`));
    expect(hidden('/territoires/29/')).toMatch(new RegExp(`${agenda.source}du Finistère`));
    expect(hidden('/territoires/01/')).toMatch(new RegExp(`${agenda.source}de l’Ain`));
    expect(readPage('/territoires/95/').querySelector('.hub-propose')!.textContent).toContain('pour le Val-d’Oise');
  });

  test('no inline element glued to the next word (« agendaou », « idet url »)', () => {
    const glued: string[] = [];
    for (const route of routes) {
      const html = readPage(route).body.innerHTML;
      for (const m of html.matchAll(/<\/(a|code|strong|em|span|abbr|time)>(ou|et|de|du|des|à|avec|pour|puis)\b/gu))
        glued.push(`${route}: ${html.slice(Math.max(0, m.index - 40), m.index + 20)}`);
    }
    expect(glued).toEqual([]);
  });

  test('the sort menu offers each order once', () => {
    const options = [...readPage('/recherche/').querySelectorAll('select[name="tri"] option')].map((o) => o.textContent);
    expect(options).toEqual(['pertinence', 'date, la plus récente d’abord']);
  });
});

describe('/donnees/', () => {
  test('explains every code its files hold, with the label the site shows', () => {
    const main = readPage('/donnees/').querySelector('main')!;
    const codes = new Map([...main.querySelectorAll('#codes ~ dl dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(codes.get('association_locale')).toBe('Association locale');
    expect(codes.get('isolement-social')).toBe('Isolement social des personnes âgées');
    expect(codes.size).toBeGreaterThan(30);
  });
});
