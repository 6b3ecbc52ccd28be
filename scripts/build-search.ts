// npm run index:search — (re)builds the search index of an already built site from its pages,
// as the build does while rendering (src/integrations/search-index.ts): for a site built with
// SEARCH_INDEX=off.
import path from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
await buildSearchIndex({ outDir, cacheDir: path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'), log: console.log });
