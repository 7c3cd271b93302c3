import { describe, expect, it } from 'vitest';
import { createRandom, cumulative, pickIndex } from '../../../mocks/random';

describe('seeded random', () => {
  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = createRandom(137);
    const b = createRandom(137);
    const c = createRandom(138);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws normals with mean 0 and sd 1, and lognormals around their median', () => {
    const rng = createRandom(1);
    const n = 20_000;
    const xs = Array.from({ length: n }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
    const ls = Array.from({ length: n }, () => rng.lognormal(10, 0.5)).sort((p, q) => p - q);
    expect(Math.abs(ls[n / 2]! - 10)).toBeLessThan(0.3);
  });

  it('picks indexes in proportion to their weights', () => {
    const rng = createRandom(2);
    const sums = cumulative([1, 0, 3]);
    const hits = [0, 0, 0];
    for (let k = 0; k < 40_000; k++) hits[pickIndex(sums, rng.next())]!++;
    expect(hits[1]).toBe(0);
    expect(hits[2]! / hits[0]!).toBeGreaterThan(2.8);
    expect(hits[2]! / hits[0]!).toBeLessThan(3.2);
  });
});
