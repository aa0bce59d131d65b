// Plain data of the resolve stage: an Entity is one real-world thing, all its mentions merged.
import type { EntityType } from '../ontology.js';

/** Why a mention joined its entity, for `build --explain`. */
export interface MergeStep {
  mention: string;
  text: string;
  doc: string;
  rule: string;
  /** 1 for exact keys; the similarity for fuzzy merges. */
  score: number;
}

export interface Entity {
  /** Stable id, made from the label: "bashar-al-assad". */
  id: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  docs: string[];
  mentions: number;
  roles: string[];
  /** The state a body belongs to, as an entity id ("iraq"), when known. */
  partOf?: string;
  /** ISO code when the entity is a country. */
  countryCode?: string;
  merges: MergeStep[];
}

export interface ResolveResult {
  entities: Entity[];
  /** Mention id -> entity id; mentions left out (unmatched short forms) are absent. */
  assignment: Record<string, string>;
}
