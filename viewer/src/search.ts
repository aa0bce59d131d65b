// Alias-aware, typo-tolerant search: any spelling in a node's aliases finds it, case, diacritics and
// transliteration variants folded, and small typos forgiven (edit distance).
import type Graph from 'graphology';

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(al|el|ad|as|an|ar)[-\s]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/dh|th|z/g, 'z')
    .replace(/ou|oo|o|u/g, 'u')
    .replace(/ee|ei|ey|e|y/g, 'i')
    .replace(/q|ck|c(?!h)/g, 'k')
    .replace(/ch|sh/g, 'sh')
    .replace(/([a-z])\1+/g, '$1')
    .trim();
}

/** Levenshtein distance, capped: returns max + 1 as soon as it is exceeded. */
export function distance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface Hit {
  node: string;
  label: string;
  matched: string;
  score: number;
}

/** Ranked nodes for a query: exact, then prefix, then word prefix, then near spellings. */
export function search(graph: Graph, query: string, limit = 8): Hit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: Hit[] = [];
  graph.forEachNode((node, a) => {
    let best: Hit | undefined;
    for (const name of [a.label as string, ...((a.aliases as string[]) ?? [])]) {
      const f = fold(name);
      let score = 0;
      if (f === q) score = 100;
      else if (f.startsWith(q)) score = 80 - (f.length - q.length) / 10;
      else if (f.split(' ').some((w) => w.startsWith(q))) score = 60;
      else {
        const d = Math.min(distance(q, f, 2), ...f.split(' ').map((w) => distance(q, w, 2)));
        if (d <= (q.length > 5 ? 2 : 1)) score = 40 - 10 * d;
      }
      if (score > (best?.score ?? 0)) best = { node, label: a.label as string, matched: name, score };
    }
    // more mentions break ties between entities, after the best spelling of each is chosen
    if (best) hits.push({ ...best, score: best.score + Math.log1p(Number(a.mentions ?? 0)) });
  });
  return hits.sort((x, y) => y.score - x.score || (x.label < y.label ? -1 : 1)).slice(0, limit);
}
