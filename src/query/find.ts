// Alias-aware, transliteration- and typo-tolerant lookup of entities by name. Exact folded names
// first, then names that start with the query, then near spellings; candidates for the fuzzy step come
// from an index of name words by their first two letters, so a lookup stays fast on big graphs.
import { distance } from 'fastest-levenshtein';
import type { KnowledgeGraph } from '../graph/index.js';
import type { EntityType } from '../ontology.js';
import { skeletonKey } from '../text/fold.js';

export interface Found {
  id: string;
  label: string;
  entityType: EntityType;
  /** 0..1, 1 for an exact (folded) name. */
  score: number;
  /** The spelling that matched. */
  matched: string;
}

export class NameIndex {
  private readonly exact = new Map<string, Set<string>>();
  private readonly byPrefix = new Map<string, Set<string>>();
  private readonly byPrefix2 = new Map<string, Set<string>>();
  /** Each node's names with their folded keys, computed once. */
  private readonly names = new Map<string, Array<{ name: string; key: string; words: string[] }>>();

  constructor(private readonly graph: KnowledgeGraph) {
    graph.forEachNode((node, a) => {
      const names = [...new Set([a.label, ...(a.aliases ?? [])])].map((name) => {
        const key = skeletonKey(name);
        return { name, key, words: key.split(' ') };
      });
      this.names.set(node, names);
      for (const { key, words } of names) {
        if (!key) continue;
        this.add(this.exact, key, node);
        for (const word of words) {
          if (word.length >= 3) this.add(this.byPrefix, word.slice(0, 3), node);
          if (word.length >= 2) this.add(this.byPrefix2, word.slice(0, 2), node);
        }
      }
    });
  }

  private add(map: Map<string, Set<string>>, key: string, node: string) {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(node);
  }

  find(query: string, limit = 10): Found[] {
    const q = skeletonKey(query);
    if (!q) return [];
    const scores = new Map<string, { score: number; matched: string }>();
    const offer = (node: string, score: number, matched: string) => {
      if (score > (scores.get(node)?.score ?? 0)) scores.set(node, { score, matched });
    };
    for (const node of this.exact.get(q) ?? []) offer(node, 1, this.names.get(node)!.find((n) => n.key === q)!.name);
    // candidates share a word beginning with a query word's first three letters; when none is near,
    // its first two letters ("Kasym" for "Qasim")
    const allowed = q.length > 5 ? 2 : 1;
    const candidates = new Set<string>();
    for (const word of q.split(' ')) for (const node of this.byPrefix.get(word.slice(0, 3)) ?? []) candidates.add(node);
    this.score(q, candidates, allowed, scores, offer);
    if (![...scores.values()].some((x) => x.score >= 0.6)) {
      const wider = new Set<string>();
      for (const word of q.split(' ')) for (const node of this.byPrefix2.get(word.slice(0, 2)) ?? []) if (!candidates.has(node)) wider.add(node);
      this.score(q, wider, allowed, scores, offer);
    }
    return [...scores]
      .map(([id, s]) => {
        const a = this.graph.getNodeAttributes(id);
        return { id, label: a.label, entityType: a.entityType, score: Math.round(s.score * 1000) / 1000, matched: s.matched };
      })
      .sort((x, y) => y.score - x.score || this.graph.getNodeAttribute(y.id, 'mentions') - this.graph.getNodeAttribute(x.id, 'mentions') || (x.label < y.label ? -1 : 1))
      .slice(0, limit);
  }

  private score(q: string, candidates: Set<string>, allowed: number, scores: Map<string, { score: number }>, offer: (node: string, score: number, matched: string) => void): void {
    for (const node of candidates) {
      if (scores.get(node)?.score === 1) continue;
      for (const { name, key, words } of this.names.get(node)!) {
        let score = 0;
        if (key.startsWith(q) || words.includes(q)) score = 0.9 - Math.min(0.3, (key.length - q.length) / 100);
        else if (Math.abs(key.length - q.length) <= allowed) {
          const d = distance(q, key);
          if (d <= allowed) score = 0.7 - d * 0.1;
        } else {
          let d = Infinity;
          for (const w of words) if (Math.abs(w.length - q.length) <= allowed) d = Math.min(d, distance(q, w) + 1);
          if (d <= allowed) score = 0.7 - d * 0.1;
        }
        if (score > 0) offer(node, score, name);
      }
    }
  }
}
