// Memoised lookups: the same name is typed thousands of times in a corpus. The cache is emptied when
// it grows past `limit` entries, so memory stays bounded on any corpus.

export function memo<A extends string, R>(fn: (arg: A) => R, limit = 200_000): (arg: A) => R {
  const cache = new Map<A, R>();
  return (arg: A) => {
    const hit = cache.get(arg);
    if (hit !== undefined || cache.has(arg)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const value = fn(arg);
    cache.set(arg, value);
    return value;
  };
}
