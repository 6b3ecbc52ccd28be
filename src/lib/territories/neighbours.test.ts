import { describe, expect, test } from 'vitest';
import { departementNeighbours } from './neighbours.ts';

describe('departementNeighbours', () => {
  const adj = departementNeighbours();
  test('knows every département of the map', () => {
    expect(adj.size).toBe(101);
  });
  test('finds the borders Finistère and the Côtes-d’Armor share', () => {
    expect(adj.get('29')).toEqual(['22', '56']);
    expect(adj.get('22')).toEqual(expect.arrayContaining(['29', '35', '56']));
  });
  test('is symmetric and gives no neighbour to an island overseas', () => {
    let borders = 0;
    for (const [code, list] of adj) {
      for (const other of list) {
        expect(adj.get(other)).toContain(code);
        borders++;
      }
    }
    // 236 borders between départements of mainland France and Corsica, each seen from both sides.
    expect(borders).toBe(472);
    expect(adj.get('974')).toEqual([]);
  });
});
