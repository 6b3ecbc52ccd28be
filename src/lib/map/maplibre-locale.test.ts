import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAPLIBRE_FR } from './maplibre-locale.ts';

describe('MAPLIBRE_FR', () => {
  test('translates every text of the installed maplibre-gl, the canvas label first', () => {
    const dir = path.dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json'));
    const source = readFileSync(path.join(dir, 'src/ui/default_locale.ts'), 'utf8');
    const keys = [...source.matchAll(/'([A-Za-z]+\.[A-Za-z]+)':/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    expect(Object.keys(MAPLIBRE_FR).sort()).toEqual([...keys].sort());
    expect(MAPLIBRE_FR['Map.Title']).toBe('Carte interactive des ressources');
  });
});
