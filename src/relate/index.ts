// Stage 5, relate: claims between entities, each with the sentences that state it. Typed claims come
// from rules that generalise (roles and appositions, adjectival frames, the structure of names, verb
// and noun frames, gazetteer containment); `related_to` is the co-occurrence fallback, kept only where
// no typed claim joins the pair.
import type { Mention } from '../extract/types.js';
import { skeletonKey } from '../text/fold.js';
import type { AnalysedDocument, Sentence } from '../nlp/types.js';
import type { EntityType } from '../ontology.js';
import type { Entity, ResolveResult } from '../resolve/types.js';
import { found, type Rule } from './candidate.js';
import { modifierClaims } from './modifiers.js';
import { roleClaims, untargetedStateRoles } from './roles.js';
import { structureClaims } from './structure.js';
import type { Claim, Evidence } from './types.js';
import { mediationClaims, verbClaims } from './verbs.js';
import { placeMentions, type Placed, type SentenceView } from './view.js';

export type { Claim, Evidence } from './types.js';

export const RULES: Record<string, Rule> = {
  roles: roleClaims,
  modifiers: modifierClaims,
  structure: structureClaims,
  verbs: verbClaims,
  mediation: mediationClaims,
};

export interface RelateOptions {
  /** Keep related_to edges for pairs with no typed claim. */
  cooccurrence: boolean;
}

export const DEFAULT_RELATE_OPTIONS: RelateOptions = { cooccurrence: true };


/** What one sentence gives the combine step: where it is, its typed findings and the entities in it. */
export interface SentenceFindings {
  sentence: number;
  /** The sentence as evidence (no trigger). */
  base: Evidence;
  found: Array<{ source: string; target: string; relation: Claim['relation']; rule: string; trigger: string }>;
  /** The distinct entities placed in the sentence. */
  entities: string[];
}

/** How relate sees a mention's entity: its id and type, or nothing when resolve left it out. */
export type EntityOf = (m: Mention) => { id: string; entityType: EntityType } | undefined;

/**
 * The rules over one document's sentences. `sentences` need only be those that name something;
 * one whose tokens were dropped (it names one thing, so no rule can join two) still counts as evidence
 * for what it names. Pure: the same sentences, mentions and entities give the same findings, which is
 * what lets documents be related in parallel and their findings cached.
 */
export function relateDocument(docId: string, sentences: readonly Sentence[], mentions: readonly Mention[], entityOf: EntityOf): SentenceFindings[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const out: SentenceFindings[] = [];
  const untitled: Array<{ at: SentenceFindings; roles: ReturnType<typeof untargetedStateRoles> }> = [];
  // the states the document names, with how often (sentences that name one thing only come without tokens)
  const stateMentions = new Map<string, { count: number; placed: Placed }>();
  for (const m of mentions) {
    const e = m.key?.startsWith('country:') ? entityOf(m) : undefined;
    if (!e) continue;
    const seen = stateMentions.get(e.id);
    if (seen) seen.count++;
    else stateMentions.set(e.id, { count: 1, placed: { mention: m, entity: e.id, entityType: e.entityType, first: -1, last: -1 } });
  }
  for (const s of sentences) {
    const ms = bySentence.get(s.index);
    if (!ms) continue;
    const base: Evidence = { doc: docId, sentence: s.text, start: s.start, end: s.end };
    if (s.tokens.length === 0) {
      const entities = [...new Set(ms.map((m) => entityOf(m)?.id).filter((id): id is string => !!id))].sort();
      out.push({ sentence: s.index, base, found: [], entities });
      continue;
    }
    const view: SentenceView = { doc: docId, sentence: s, tokens: s.tokens, placed: placeMentions(s, ms, entityOf) };
    // an organisation named inside another's name ("UN" of "UN Security Council") is only the structure's
    const inName = view.placed.filter((p) => p.mention.rule === 'name-prefix:organisation');
    const acting: SentenceView = inName.length ? { ...view, placed: view.placed.filter((p) => !inName.includes(p)) } : view;
    // a rule that trips on one sentence costs that sentence's claims, never the build
    const foundHere = Object.entries(RULES).flatMap(([name, rule]) => {
      try {
        return rule(name === 'structure' ? view : acting);
      } catch {
        return [];
      }
    });
    // "the embassy in the Green Zone of Baghdad": what lies in a place lies in what contains it
    const inside = foundHere.filter((f) => f.relation === 'located_in');
    for (const a1 of inside) for (const b1 of inside) if (a1.target.entity === b1.source.entity && a1.source.entity !== b1.target.entity) foundHere.push({ ...a1, target: b1.target, rule: 'located_in:transitive' });
    const findings: SentenceFindings = {
      sentence: s.index,
      base,
      found: foundHere.map((f) => ({ source: f.source.entity, target: f.target.entity, relation: f.relation, rule: f.rule, trigger: f.trigger })),
      entities: [...new Set(view.placed.map((p) => p.entity))].sort(),
    };
    out.push(findings);
    try {
      const roles = untargetedStateRoles(acting);
      if (roles.length) untitled.push({ at: findings, roles });
    } catch {
      // as above: the sentence keeps its other claims
    }
  }
  giveStateOfTheStory(untitled, out, mentions, entityOf, stateMentions);
  return out;
}

/**
 * "President Daniel Noboa" in a story about Ecuador: a title with no state is the state of the story,
 * when one state is named at least three times and twice as often as any other, and the person is
 * given to no state in words anywhere in the document. Adds the claims to the sentences' findings.
 */
function giveStateOfTheStory(
  untitled: ReadonlyArray<{ at: SentenceFindings; roles: ReturnType<typeof untargetedStateRoles> }>,
  out: readonly SentenceFindings[],
  mentions: readonly Mention[],
  entityOf: EntityOf,
  stateMentions: ReadonlyMap<string, { count: number; placed: Placed }>,
): void {
  // (not the state of a dateline: a story from Baghdad calls the American president "President X" too)
  const states = [...stateMentions.entries()].sort((a, b) => b[1].count - a[1].count);
  // (nor where the story's places lie mostly in another state: a story from Manipur names Myanmar more than India)
  const placeStates = new Map<string, number>();
  for (const m of mentions) if (m.country && entityOf(m)?.entityType === 'place') placeStates.set(m.country, (placeStates.get(m.country) ?? 0) + 1);
  const [placesMostlyIn] = [...placeStates].sort((a, b) => b[1] - a[1])[0] ?? [];
  // (a state's weight: its own mentions and those of its places: "Mogadishu" speaks for Somalia)
  const weight = ([, s]: [string, { count: number; placed: Placed }]) => s.count + (placeStates.get(s.placed.mention.key!.slice('country:'.length)) ?? 0);
  states.sort((a, b) => weight(b) - weight(a));
  const top = states[0] && states[0][1].count >= 2 && weight(states[0]) >= 3 && (!states[1] || weight(states[0]) >= 2 * weight(states[1])) ? states[0][1].placed : undefined;
  const home = top && (!placesMostlyIn || top.mention.key === `country:${placesMostlyIn}`) ? top : undefined;
  // English-language news names the American president and vice-president without their state: where
  // the United States is in the story, a bare "President" may be its (its officials are no "ministers")
  const americanToo = [...stateMentions.values()].some((x) => x.placed.mention.key === 'country:US');
  if (home) {
    const stateIds = new Set(stateMentions.keys());
    const placedInWords = new Set(out.flatMap((f) => f.found.filter((x) => (x.relation === 'leads' || x.relation === 'member_of') && stateIds.has(x.target)).map((x) => x.source)));
    for (const { at, roles } of untitled) {
      for (const r of roles) {
        if (placedInWords.has(r.person.entity)) continue;
        if (americanToo && home.mention.key !== 'country:US' && /president/.test(r.role)) continue;
        // (not where the sentence names another state: "Prime Minister Keir Starmer said Britain would attend")
        if (r.states.some((id) => id !== home.entity)) continue;
        for (const f of found(r.person, home, r.relation, 'role:state-of-the-story', r.trigger)) at.found.push({ source: f.source.entity, target: f.target.entity, relation: f.relation, rule: f.rule, trigger: f.trigger });
      }
    }
  }
}

/**
 * Claims from the findings of every document, in document order: typed claims with their evidence,
 * gazetteer containment, administrations, and co-occurrence where nothing typed joins a pair.
 */
export function combineFindings(
  perDocument: Iterable<readonly SentenceFindings[]>,
  mentions: readonly Mention[],
  resolved: ResolveResult,
  options: Partial<RelateOptions> = {},
): Claim[] {
  const opts = { ...DEFAULT_RELATE_OPTIONS, ...options };
  const entities = new Map<string, Entity>(resolved.entities.map((e) => [e.id, e]));
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
  // sentences of each place and state body that a state contains (for containment below)
  const placeSentences = new Map<string, Evidence[]>();
  const sentenceIndex = new Map<string, Evidence>();
  for (const findings of perDocument) {
    for (const f of findings) {
      const base = f.base;
      sentenceIndex.set(`${base.doc}\t${f.sentence}`, base);
      for (const x of f.found) add(typed, x.source, x.target, x.relation, x.rule, { ...base, trigger: x.trigger });
      const ids = f.entities;
      for (const id of ids) {
        const e = entities.get(id);
        if (!e?.partOf || (e.entityType !== 'place' && (e.entityType !== 'government' || e.countryCode))) continue;
        const list = placeSentences.get(id);
        // (a body needs one sentence for its part_of; a place every one for its located_in)
        if (!list) placeSentences.set(id, [base]);
        else if (e.entityType === 'place') list.push(base);
      }
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(cooc, ids[i]!, ids[j]!, 'related_to', 'cooccurrence', base);
    }
  }
  // a place the gazetteer puts in a country of the graph lies in it; a body of a state ("the Pentagon",
  // "the Interior Ministry" of a story about one state) is part of it, where no sentence said so in words
  // (not where a sentence puts the place in another state: "Pakistan's Punjab province" is no Indian Punjab)
  const statesSaid = new Map<string, Set<string>>();
  for (const c of typed.values()) if (c.relation === 'located_in' && entities.get(c.target)?.countryCode) statesSaid.set(c.source, (statesSaid.get(c.source) ?? new Set()).add(c.target));
  for (const e of resolved.entities) {
    if (!e.partOf || !entities.has(e.partOf)) continue;
    const said = statesSaid.get(e.id);
    if (e.entityType === 'place' && said && !said.has(e.partOf)) continue;
    if (e.entityType === 'place') {
      for (const ev of placeSentences.get(e.id) ?? []) add(typed, e.id, e.partOf, 'located_in', 'gazetteer:containment', { ...ev, trigger: e.label });
    } else if (!typed.has(`${e.id}\t${e.partOf}\tpart_of`)) {
      const ev = placeSentences.get(e.id)?.[0];
      if (ev) add(typed, e.id, e.partOf, 'part_of', 'state-body', { ...ev, trigger: e.label });
    }
  }
  deriveAdministrations(resolved, mentions, typed, add, (m) => sentenceIndex.get(`${m.doc}\t${m.sentence}`));
  const joined = new Set([...typed.values()].flatMap((c) => [`${c.source}\t${c.target}`, `${c.target}\t${c.source}`]));
  const out = [...typed.values()];
  if (opts.cooccurrence) out.push(...[...cooc.values()].filter((c) => !joined.has(`${c.source}\t${c.target}`)));
  return out;
}

/** Entity lookup for relate from resolve's result. */
export function entityLookup(resolved: ResolveResult): EntityOf {
  const entities = new Map<string, Entity>(resolved.entities.map((e) => [e.id, e]));
  return (m) => {
    const id = resolved.assignment[m.id];
    return id ? entities.get(id) : undefined;
  };
}

/** Every claim of analysed documents: relateDocument on each, then combineFindings. */
export function relate(
  analysed: readonly AnalysedDocument[],
  mentions: readonly Mention[],
  resolved: ResolveResult,
  options: Partial<RelateOptions> = {},
): Claim[] {
  const byDoc = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byDoc.get(m.doc);
    if (list) list.push(m);
    else byDoc.set(m.doc, [m]);
  }
  const entityOf = entityLookup(resolved);
  return combineFindings(
    analysed.map((a) => relateDocument(a.docId, a.sentences, byDoc.get(a.docId) ?? [], entityOf)),
    mentions,
    resolved,
    options,
  );
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
  // people by the last word of their name, so each "X administration" looks up its X
  const bySurname = new Map<string, Entity[]>();
  for (const e of resolved.entities) {
    if (e.entityType !== 'person') continue;
    const surname = skeletonKey(e.label).split(' ').pop()!;
    const list = bySurname.get(surname);
    if (list) list.push(e);
    else bySurname.set(surname, [e]);
  }
  const countries = new Set(resolved.entities.filter((e) => e.countryCode).map((e) => e.id));
  let ledStates: Map<string, string[]> | undefined;
  for (const m of mentions) {
    if (!/^head:(administration|government)$/.test(m.rule)) continue;
    const admin = resolved.assignment[m.id];
    const leader = bySurname.get(skeletonKey(m.text.replace(/\s+(administration|government)$/i, ''))) ?? [];
    if (!admin || leader.length !== 1) continue;
    const ev = sentenceOf(m);
    if (!ev) continue;
    add(typed, leader[0]!.id, admin, 'leads', 'name:administration', { ...ev, trigger: m.text });
    // the states each person leads, from the typed claims made before any administration was seen
    ledStates ??= statesLed(typed, countries);
    if (countries.has(admin)) {
      const led = ledStates.get(leader[0]!.id) ?? [];
      if (!led.includes(admin)) ledStates.set(leader[0]!.id, [...led, admin]);
    }
    const states = ledStates.get(leader[0]!.id) ?? [];
    for (const st of states) add(typed, admin, st, 'part_of', 'name:administration', { ...ev, trigger: m.text });
  }
}

function statesLed(typed: Map<string, Claim>, countries: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of typed.values()) {
    if (c.relation !== 'leads' || !countries.has(c.target)) continue;
    const list = out.get(c.source);
    if (list) list.push(c.target);
    else out.set(c.source, [c.target]);
  }
  return out;
}
