// Fields every record has, whatever its collection.
import { z } from 'astro/zod';
import { jour } from './dates.ts';
import { codeText } from './geography.ts';
import { help, type SchemaContext } from './help.ts';
import { source } from './sources.ts';
import { texteSimple, titre } from './text.ts';

/** Fields every record has. */
export function commonFields(ctx: SchemaContext) {
  const themeIds = [...ctx.themes];
  return {
    titre: help(titre, {
      titre: 'Titre',
      aide: 'Le nom de la fiche, tel qu’il apparaît en haut de la page.',
      exemple: 'Coopération MONALISA des Côtes-d’Armor',
    }),
    resume: help(texteSimple(30, 280), {
      titre: 'Résumé',
      aide: 'Une ou deux phrases en texte simple (30 à 280 caractères), montrées dans les listes, la recherche et les moteurs de recherche.',
      exemple: 'Deux associations costarmoricaines animent ensemble la coopération départementale contre l’isolement des personnes âgées.',
    }),
    themes: help(
      z
        .array(
          z.string().refine((t) => themeIds.includes(t), {
            error: (iss) => `« ${String(iss.input)} » n'est pas un thème connu (thèmes possibles : ${themeIds.join(', ')})`,
          }),
        )
        .min(1, { error: 'indiquez au moins un thème' }),
      { titre: 'Thèmes', aide: 'Les thèmes du centre de ressources dont parle la fiche (au moins un).', exemple: [themeIds[0] ?? 'isolement-social'] },
    ),
    departements: help(
      z
        .array(
          z.preprocess(
            codeText,
            z.string().refine((c) => ctx.departements.includes(c), {
              error: (iss) => `« ${String(iss.input)} » n'est pas un code de département (exemples : "22", "2A", "974")`,
            }),
          ),
        )
        .default([]),
      { titre: 'Départements', aide: 'Les départements où la structure ou l’action se trouve (aucun pour une action nationale).', exemple: ['22'] },
    ),
    regions: help(
      z
        .array(
          z.preprocess(
            codeText,
            z.string().refine((c) => ctx.regions.includes(c), {
              error: (iss) => `« ${String(iss.input)} » n'est pas un code de région (exemples : "53" pour la Bretagne, "84" pour Auvergne-Rhône-Alpes)`,
            }),
          ),
        )
        .default([]),
      { titre: 'Régions', aide: 'Les régions concernées, pour une action régionale.', exemple: ['53'] },
    ),
    publie_le: help(jour, { titre: 'Publiée le', aide: 'Le jour où la fiche paraît sur le site ; aujourd’hui pour une nouvelle fiche.', exemple: '2026-11-23' }),
    mis_a_jour_le: help(jour.optional(), { titre: 'Mise à jour le', aide: 'Date de la dernière mise à jour importante, pas avant la publication.', exemple: '2026-12-01' }),
    verifie_le: help(jour.optional(), {
      titre: 'Vérifiée le',
      aide: 'Date à laquelle quelqu’un a vérifié que la fiche est encore juste. Sans vérification depuis 18 mois, la page le signale.',
      exemple: '2026-11-23',
    }),
    brouillon: help(z.boolean().default(false), {
      titre: 'Brouillon',
      aide: 'Fiche en cours d’écriture : l’équipe la voit, le site publié ne la montre pas.',
      exemple: false,
    }),
    sources: help(z.array(source).default([]), {
      titre: 'Sources',
      aide: 'D’où viennent les faits de la fiche : un document, une page web, un entretien.',
      exemple: [{ titre: 'Page des coopérations territoriales MONALISA', url: 'https://www.monalisa-asso.fr/' }],
    }),
  };
}

/** The fields every record has, as the schemas output them. */
export type CommonData = z.output<z.ZodObject<ReturnType<typeof commonFields>>>;
