import { describe, expect, test } from 'vitest';
import { DEPARTEMENTS_TOPOLOGY } from '../map/topology.ts';
import { adjacencyOf, departementNeighbours } from './neighbours.ts';

describe('departementNeighbours', () => {
  // Read from the map in each test, so that each test runs the reading it checks.
  const adj = () => adjacencyOf(DEPARTEMENTS_TOPOLOGY);
  test('knows every département of the map, and is read once', () => {
    expect(adj().size).toBe(101);
    expect(departementNeighbours()).toBe(departementNeighbours());
    expect([...departementNeighbours()]).toEqual([...adj()]);
  });
  test('finds the borders Finistère and the Côtes-d’Armor share, in code order', () => {
    expect(adj().get('29')).toEqual(['22', '56']);
    expect(adj().get('22')).toEqual(['29', '35', '56']);
    expect(adj().get('35')).toEqual(['22', '44', '49', '50', '53', '56']);
  });
  test('is symmetric and gives no neighbour to an island overseas', () => {
    const all = adj();
    let borders = 0;
    for (const [code, list] of all) {
      for (const other of list) {
        expect(all.get(other)).toContain(code);
        borders++;
      }
    }
    // 236 borders between départements of mainland France and of Corsica, each seen from both sides.
    expect(borders).toBe(472);
    expect(all.get('974')).toEqual([]);
  });
});
