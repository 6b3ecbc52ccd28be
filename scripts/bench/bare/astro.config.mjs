// The bare Astro 7 site the benchmark compares with: one page per record, no features.
import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: process.env.OUT_DIR ?? './dist', cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro-cache' });
