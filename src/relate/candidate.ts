// A claim found in one sentence, before claims are merged across sentences.
import { allows, type Relation } from '../ontology.js';
import type { Placed, SentenceView } from './view.js';

export interface Found {
  source: Placed;
  target: Placed;
  relation: Relation;
  rule: string;
  trigger: string;
}

/** A candidate if the ontology lets `relation` join the two entity types, and they differ. */
export function found(source: Placed | undefined, target: Placed | undefined, relation: Relation, rule: string, trigger: string): Found[] {
  if (!source || !target || source.entity === target.entity) return [];
  // "killed six fighters of X": deaths among a body or at a place are an attack on it; killed is for people
  const typed: Relation = relation === 'killed' && target.entityType !== 'person' ? 'attacks' : relation;
  if (!allows(typed, source.entityType, target.entityType)) return [];
  return [{ source, target, relation: typed, rule, trigger }];
}

export type Rule = (v: SentenceView) => Found[];
