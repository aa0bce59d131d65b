// Plain data of the extract stage: a Mention is one place in one sentence where an entity is named.
import type { EntityType } from '../ontology.js';

export interface Mention {
  /** Unique within the build: `${doc}:${sentence}:${start}`. */
  id: string;
  doc: string;
  sentence: number;
  /** Offsets of the name in the cleaned document text (end exclusive), title excluded. */
  start: number;
  end: number;
  /** The name as written, title excluded ("George W. Casey Jr.", "Iraqi", "US military"). */
  text: string;
  entityType: EntityType;
  /**
   * A key that decides identity before any fuzzy matching: "country:IQ", "org:Islamic State",
   * "body:IQ:parliament", "coalition". Absent for plain names, which resolve by spelling.
   */
  key?: string;
  /** Preferred label for the entity when the key is known (the gazetteer's name). */
  canonical?: string;
  /** How the mention was found and typed, for --explain: "gazetteer:country", "cue:ministry", ... */
  rule: string;
  /** The name with the head noun it was written with, where `text` leaves the head out ("Bishnupur district" of "Bishnupur"): another spelling. */
  written?: string;
  /** Titles and roles written with the name ("Maj. Gen.", "Iraqi Prime Minister", "analyst"). */
  roles: string[];
  /** The country a body belongs to, or a person's stated nationality ("Iraqi Prime Minister"). */
  country?: string;
  /** True for a demonym or adjective ("Iraqi", "Iranian-backed"): counts for the country, is not a spelling of it. */
  adjectival?: boolean;
  /** The suffix of a hyphenated modifier: "led" in "US-led", "backed" in "Iranian-backed". */
  modifier?: string;
  /** Id of the mention this one abbreviates or repeats: "(ISF)" after "Iraqi Security Forces". */
  aliasOf?: string;
  /** "the group", "the militia" repeating the entity named just before (aliasOf): counts for it, is no spelling of it. */
  anaphor?: boolean;
  /** A single word that may be the short form of a longer name (a surname); resolve decides. */
  shortForm?: boolean;
}
