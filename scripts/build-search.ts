// npm run index:search — (re)builds the search index of an already built site, as the build
// does at its end (src/integrations/search-index.ts). For the benchmark, which times it apart.
import path from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
await buildSearchIndex({ outDir, cacheDir: path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'), log: console.log });
