// Plain data of the relate stage: a Claim is one typed link between two entities with the sentences
// that state it.
import type { Relation } from '../ontology.js';

export interface Evidence {
  doc: string;
  sentence: string;
  /** Offsets of the sentence in the cleaned document text. */
  start: number;
  end: number;
  /** Words that fired the rule; absent for co-occurrence. */
  trigger?: string;
}

export interface Claim {
  source: string;
  target: string;
  relation: Relation;
  /** The rule that made the claim: "cooccurrence", "title:leads", ... */
  rule: string;
  evidence: Evidence[];
}
