// A sentence as the relation rules see it: its tokens, and the resolved entity mentions in it with
// the token range each covers.
import type { Mention } from '../extract/types.js';
import type { EntityType } from '../ontology.js';
import type { Sentence, Token } from '../nlp/types.js';

export interface Placed {
  mention: Mention;
  entity: string;
  entityType: EntityType;
  /** Token indexes (inclusive) of the mention in the sentence. */
  first: number;
  last: number;
}

export interface SentenceView {
  doc: string;
  sentence: Sentence;
  tokens: Token[];
  /** Mentions sorted by position; nested mentions ("US" in "US military") included. */
  placed: Placed[];
}

export function placeMentions(sentence: Sentence, mentions: readonly Mention[], entityOf: (m: Mention) => { id: string; entityType: EntityType } | undefined): Placed[] {
  const out: Placed[] = [];
  for (const m of mentions) {
    const e = entityOf(m);
    if (!e) continue;
    const toks = sentence.tokens;
    // first token ending after the mention's start, last token starting before its end (binary search)
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.end > m.start) hi = mid;
      else lo = mid + 1;
    }
    let first = lo < toks.length ? lo : -1;
    lo = 0;
    hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.start < m.end) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    if (first < 0 || last < first) continue;
    first = Math.max(0, first);
    out.push({ mention: m, entity: e.id, entityType: e.entityType, first, last });
  }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** The lower-case words of tokens a..b (inclusive). */
export function words(v: SentenceView, a: number, b: number): string[] {
  return v.tokens.slice(Math.max(0, a), b + 1).map((t) => t.text.toLowerCase());
}

/** The sentence text between two token indexes (inclusive), for triggers. */
export function span(v: SentenceView, a: number, b: number): string {
  const s = v.tokens[a];
  const e = v.tokens[b];
  if (!s || !e) return '';
  return v.sentence.text.slice(s.start - v.sentence.start, e.end - v.sentence.start);
}
