// The output contract: out/graph.json is graphology's serialised graph (`graph.export()`) with these
// node, edge and graph attributes. README.md ("Output contract") says the same in prose; keep both in step.
// No attribute is named `type`: sigma reserves it for its render programs.
import type { EntityType, Relation } from './ontology.js';

/** One sentence that supports an edge. `start`/`end` slice the cleaned document text to exactly `text`. */
export interface EvidenceRef {
  /** Document id (file name without extension, see DocumentInfo.id). */
  doc: string;
  /** The sentence text. */
  sentence: string;
  /** Offsets of the sentence in the cleaned document text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** Words that fired the rule, for typed relations; absent for co-occurrence. */
  trigger?: string;
}

export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  /** Every spelling seen, the label included. */
  aliases: string[];
  /** Ids of the documents that mention the entity. */
  docs: string[];
  /** Number of mentions. */
  mentions: number;
  /** Titles and roles of people ("Prime Minister", "commander of the task force"). */
  roles: string[];
  /** Publication dates (YYYY-MM-DD) of the dated documents that mention the entity, sorted. */
  dates: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  relation: Relation;
  /** Distinct supporting sentences. */
  weight: number;
  evidence: EvidenceRef[];
  /** Distinct documents among the evidence. */
  sources: string[];
  /** The extraction rule that made the edge ("cooccurrence" for related_to). */
  rule: string;
  /** Earliest and latest publication date among the evidence's documents, when any is dated. */
  firstSeen?: string;
  lastSeen?: string;
  size: number;
  color: string;
}

export interface DocumentInfo {
  id: string;
  title: string;
  /** The path of the source file as given on the command line (relative or absolute). */
  path: string;
  /** ISO date (YYYY-MM-DD) where the document states one. */
  date?: string;
  format: 'text' | 'markdown' | 'html';
  /** Length of the cleaned text, the text that evidence offsets point into. */
  length: number;
}

export interface BuildSettings {
  tool: string;
  version: string;
  /** ISO timestamp is deliberately absent: same input, same bytes. */
  /** ForceAtlas2 iterations run; `kept`: nodes left where the previous build of this output folder put them. */
  layout: { iterations: number; barnesHutOptimize: boolean; kept?: number };
}

export interface GraphAttributes {
  name: string;
  documents: DocumentInfo[];
  settings: BuildSettings;
}
