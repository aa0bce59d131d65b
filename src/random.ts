// A seeded pseudo-random sequence (Park-Miller), for what must be random yet the same on every run:
// Louvain communities in query/, generated graphs in bench/.

/** Numbers in [0, 1) from `seed` (any integer; a multiplicative generator needs 1..2^31-2, so it is folded into that). */
export function seededRandom(seed: number): () => number {
  let s = (Math.abs(Math.trunc(seed)) % 2147483646) + 1;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
}
