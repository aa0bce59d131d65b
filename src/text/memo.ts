// Memoised lookups: the same name is typed thousands of times in a corpus. The cache is emptied when
// it grows past `limit` entries, so memory stays bounded on any corpus.

/** Stands for `undefined` in a cache, so that a miss of the lookup is one Map read too (most words are no country, no place). */
const NONE = Symbol('none');

export function memo<A extends string, R>(fn: (arg: A) => R, limit = 200_000): (arg: A) => R {
  const cache = new Map<A, R | typeof NONE>();
  return (arg: A) => {
    const hit = cache.get(arg);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as R;
    if (cache.size >= limit) cache.clear();
    const value = fn(arg);
    cache.set(arg, value === undefined ? NONE : value);
    return value;
  };
}
