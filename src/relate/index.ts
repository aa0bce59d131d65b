// Stage 5, relate: claims between entities, each with its evidence sentences. For now the fallback
// only: `related_to` for entities named in the same sentence, weighted by the sentences that do so.
// Typed relations (leads, backs, attacks ...) come with the relations issue and take precedence;
// `related_to` is never kept where a typed claim joins the same pair.
import type { Mention } from '../extract/types.js';
import type { AnalysedDocument } from '../nlp/types.js';
import type { ResolveResult } from '../resolve/types.js';
import type { Claim, Evidence } from './types.js';

export type { Claim, Evidence } from './types.js';

/** Co-occurrence claims: one per unordered pair of entities named in one sentence. */
export function relate(analysed: readonly AnalysedDocument[], mentions: readonly Mention[], resolved: ResolveResult): Claim[] {
  const sentences = new Map<string, { start: number; end: number; text: string }>();
  for (const a of analysed) for (const s of a.sentences) sentences.set(`${a.docId}\t${s.index}`, s);
  const bySentence = new Map<string, Set<string>>();
  for (const m of mentions) {
    const e = resolved.assignment[m.id];
    if (!e) continue;
    const k = `${m.doc}\t${m.sentence}`;
    if (!bySentence.has(k)) bySentence.set(k, new Set());
    bySentence.get(k)!.add(e);
  }
  const claims = new Map<string, Claim>();
  for (const [k, ents] of bySentence) {
    const s = sentences.get(k);
    if (!s) continue;
    const doc = k.split('\t')[0]!;
    const ids = [...ents].sort();
    const ev: Evidence = { doc, sentence: s.text, start: s.start, end: s.end };
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\t${ids[j]}`;
        let c = claims.get(key);
        if (!c) claims.set(key, (c = { source: ids[i]!, target: ids[j]!, relation: 'related_to', rule: 'cooccurrence', evidence: [] }));
        c.evidence.push(ev);
      }
    }
  }
  return [...claims.values()];
}
