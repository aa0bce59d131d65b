// Stage 5, relate: claims between entities, each with the sentences that state it. Typed claims come
// from rules that generalise (roles and appositions, adjectival frames, the structure of names, verb
// and noun frames, gazetteer containment); `related_to` is the co-occurrence fallback, kept only where
// no typed claim joins the pair.
import type { Mention } from '../extract/types.js';
import { skeletonKey } from '../text/fold.js';
import type { AnalysedDocument } from '../nlp/types.js';
import type { Entity, ResolveResult } from '../resolve/types.js';
import type { Rule } from './candidate.js';
import { modifierClaims } from './modifiers.js';
import { roleClaims } from './roles.js';
import { structureClaims } from './structure.js';
import type { Claim, Evidence } from './types.js';
import { verbClaims } from './verbs.js';
import { placeMentions, type SentenceView } from './view.js';

export type { Claim, Evidence } from './types.js';

export const RULES: Record<string, Rule> = {
  roles: roleClaims,
  modifiers: modifierClaims,
  structure: structureClaims,
  verbs: verbClaims,
};

export interface RelateOptions {
  /** Keep related_to edges for pairs with no typed claim. */
  cooccurrence: boolean;
}

export const DEFAULT_RELATE_OPTIONS: RelateOptions = { cooccurrence: true };


export function relate(
  analysed: readonly AnalysedDocument[],
  mentions: readonly Mention[],
  resolved: ResolveResult,
  options: Partial<RelateOptions> = {},
): Claim[] {
  const opts = { ...DEFAULT_RELATE_OPTIONS, ...options };
  const entities = new Map<string, Entity>(resolved.entities.map((e) => [e.id, e]));
  const entityOf = (m: Mention) => {
    const id = resolved.assignment[m.id];
    return id ? entities.get(id) : undefined;
  };
  const bySentence = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = `${m.doc}\t${m.sentence}`;
    const list = bySentence.get(k);
    if (list) list.push(m);
    else bySentence.set(k, [m]);
  }
  const typed = new Map<string, Claim>();
  const cooc = new Map<string, Claim>();
  // evidence already held by each claim, so that adding stays constant-time however often a pair recurs
  const held = new WeakMap<Claim, Set<string>>();
  const add = (map: Map<string, Claim>, source: string, target: string, relation: Claim['relation'], rule: string, ev: Evidence) => {
    const key = `${source}\t${target}\t${relation}`;
    let c = map.get(key);
    if (!c) {
      map.set(key, (c = { source, target, relation, rule, evidence: [] }));
      held.set(c, new Set());
    }
    const seen = held.get(c)!;
    const evKey = `${ev.doc}\t${ev.start}`;
    if (!seen.has(evKey)) {
      seen.add(evKey);
      c.evidence.push(ev);
    }
  };
  const placeSentences = new Map<string, Evidence[]>();
  const sentenceIndex = new Map<string, Evidence>();
  for (const a of analysed) {
    for (const s of a.sentences) {
      const ms = bySentence.get(`${a.docId}\t${s.index}`);
      if (!ms) continue;
      const view: SentenceView = { doc: a.docId, sentence: s, tokens: s.tokens, placed: placeMentions(s, ms, entityOf) };
      const base: Evidence = { doc: a.docId, sentence: s.text, start: s.start, end: s.end };
      sentenceIndex.set(`${a.docId}\t${s.index}`, base);
      // a rule that trips on one sentence costs that sentence's claims, never the build
      const foundHere = Object.values(RULES).flatMap((rule) => {
        try {
          return rule(view);
        } catch {
          return [];
        }
      });
      // "the embassy in the Green Zone of Baghdad": what lies in a place lies in what contains it
      const inside = foundHere.filter((f) => f.relation === 'located_in');
      for (const a1 of inside) for (const b1 of inside) if (a1.target.entity === b1.source.entity && a1.source.entity !== b1.target.entity) foundHere.push({ ...a1, target: b1.target, rule: 'located_in:transitive' });
      for (const f of foundHere) add(typed, f.source.entity, f.target.entity, f.relation, f.rule, { ...base, trigger: f.trigger });
      const ids = [...new Set(view.placed.map((p) => p.entity))].sort();
      for (const id of ids) {
        if (entities.get(id)?.entityType !== 'place') continue;
        const list = placeSentences.get(id);
        if (list) list.push(base);
        else placeSentences.set(id, [base]);
      }
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(cooc, ids[i]!, ids[j]!, 'related_to', 'cooccurrence', base);
    }
  }
  // a place the gazetteer puts in a country of the graph lies in it
  for (const e of resolved.entities) {
    if (e.entityType !== 'place' || !e.partOf || !entities.has(e.partOf)) continue;
    for (const ev of placeSentences.get(e.id) ?? []) add(typed, e.id, e.partOf, 'located_in', 'gazetteer:containment', { ...ev, trigger: e.label });
  }
  deriveAdministrations(resolved, mentions, typed, add, (m) => sentenceIndex.get(`${m.doc}\t${m.sentence}`));
  const joined = new Set([...typed.values()].flatMap((c) => [`${c.source}\t${c.target}`, `${c.target}\t${c.source}`]));
  const out = [...typed.values()];
  if (opts.cooccurrence) out.push(...[...cooc.values()].filter((c) => !joined.has(`${c.source}\t${c.target}`)));
  return out;
}

/**
 * "the Biden administration": the person it is named after leads it, and it is part of the state that
 * person leads ("US President Joe Biden"), with the sentences that name the administration as evidence.
 */
function deriveAdministrations(
  resolved: ResolveResult,
  mentions: readonly Mention[],
  typed: Map<string, Claim>,
  add: (map: Map<string, Claim>, s: string, t: string, r: Claim['relation'], rule: string, ev: Evidence) => void,
  sentenceOf: (m: Mention) => Evidence | undefined,
): void {
  const people = resolved.entities.filter((e) => e.entityType === 'person');
  const countries = new Set(resolved.entities.filter((e) => e.countryCode).map((e) => e.id));
  for (const m of mentions) {
    if (!/^head:(administration|government)$/.test(m.rule)) continue;
    const admin = resolved.assignment[m.id];
    const surname = skeletonKey(m.text.replace(/\s+(administration|government)$/i, ''));
    const leader = people.filter((p) => skeletonKey(p.label).split(' ').pop() === surname);
    if (!admin || leader.length !== 1) continue;
    const ev = sentenceOf(m);
    if (!ev) continue;
    add(typed, leader[0]!.id, admin, 'leads', 'name:administration', { ...ev, trigger: m.text });
    const states = [...typed.values()].filter((c) => c.source === leader[0]!.id && c.relation === 'leads' && countries.has(c.target));
    for (const st of states) add(typed, admin, st.target, 'part_of', 'name:administration', { ...ev, trigger: m.text });
  }
}
