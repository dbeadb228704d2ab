// Seeded pseudo-random numbers (mulberry32, Tommy Ettinger 2017): randomness in the metrics
// engine only ever comes through a generator created here, so results are stable per seed.

/** A uniform generator on [0, 1), like Math.random. */
export type Rng = () => number;

/** mulberry32: 32-bit state, period 2^32; plenty for Louvain tie-breaking and Monte Carlo. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
