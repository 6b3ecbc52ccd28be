import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const base = process.env.CONTENT_DIR!;
const c = (name: string) => defineCollection({ loader: glob({ base: `${base}/${name}`, pattern: '[^_]*.md' }) });
export const collections = { cooperations: c('cooperations'), acteurs: c('acteurs'), temoignages: c('temoignages'), pratiques: c('pratiques'), evenements: c('evenements') };
