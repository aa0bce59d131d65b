// The ontology of ONTOLOGY.md as data: entity types and relations, read by extract, relate, graph,
// the exports, the viewer's legend and the CLI help. No stage keeps its own list of types.
// Node types live in the `entityType` attribute and relations in `relation`, never `type`,
// which sigma reserves for its render programs.
import { OntologyError } from './errors.js';

export const ENTITY_TYPES = ['person', 'militia', 'government', 'place', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATIONS = [
  'leads',
  'member_of',
  'part_of',
  'backs',
  'opposes',
  'attacks',
  'killed',
  'negotiates_with',
  'advises',
  'deployed_in',
  'located_in',
  'related_to',
] as const;
export type Relation = (typeof RELATIONS)[number];

export interface EntityTypeSpec {
  name: EntityType;
  label: string;
  description: string;
  /** Okabe-Ito colour-blind-safe palette, as #rrggbb. */
  color: string;
}

export interface RelationSpec {
  name: Relation;
  label: string;
  description: string;
  /** false where the relation has no direction in meaning (the source is then the first named). */
  directed: boolean;
  /** Entity types allowed at each end. */
  source: readonly EntityType[];
  target: readonly EntityType[];
  color: string;
}

const ACTORS: readonly EntityType[] = ['person', 'militia', 'government', 'organization'];
const BODIES: readonly EntityType[] = ['militia', 'government', 'organization'];
const ALL: readonly EntityType[] = ENTITY_TYPES;

export const ENTITY_TYPE_SPECS: Record<EntityType, EntityTypeSpec> = {
  person: { name: 'person', label: 'Person', description: 'a named human being', color: '#E69F00' },
  militia: {
    name: 'militia',
    label: 'Militia',
    description: 'a non-state armed group: paramilitaries, insurgents, terrorist groups',
    color: '#D55E00',
  },
  government: {
    name: 'government',
    label: 'Government',
    description: 'a sovereign state as a political actor, or a body of a state (ministry, parliament, armed forces, command)',
    color: '#0072B2',
  },
  place: {
    name: 'place',
    label: 'Place',
    description: 'a location that is not a sovereign state: city, province, region, base, zone, landmark',
    color: '#009E73',
  },
  organization: {
    name: 'organization',
    label: 'Organisation',
    description: 'any other named organisation: alliances, international bodies, think tanks, media, companies, parties',
    color: '#CC79A7',
  },
};

export const RELATION_SPECS: Record<Relation, RelationSpec> = {
  leads: {
    name: 'leads',
    label: 'leads',
    description: 'heads, commands or governs an organisation, militia or government',
    directed: true,
    source: ['person', 'government', 'militia', 'organization'],
    target: BODIES,
    color: '#000000',
  },
  member_of: {
    name: 'member_of',
    label: 'member of',
    description: 'a person belongs to or works for it (adviser, official, fighter, spokesperson, fellow)',
    directed: true,
    source: ['person'],
    target: BODIES,
    color: '#56B4E9',
  },
  part_of: {
    name: 'part_of',
    label: 'part of',
    description: 'a body belongs to a larger body or state; a militia belongs to an umbrella force',
    directed: true,
    source: BODIES,
    target: BODIES,
    color: '#0072B2',
  },
  backs: {
    name: 'backs',
    label: 'backs',
    description: 'supports, funds, arms or is allied with',
    directed: true,
    source: ACTORS,
    target: ACTORS,
    color: '#009E73',
  },
  opposes: {
    name: 'opposes',
    label: 'opposes',
    description: 'demands the removal of, threatens, is hostile to',
    directed: true,
    source: ACTORS,
    target: ACTORS,
    color: '#D55E00',
  },
  attacks: {
    name: 'attacks',
    label: 'attacks',
    description: 'carries out an attack on',
    directed: true,
    source: ACTORS,
    target: ALL,
    color: '#B2182B',
  },
  killed: {
    name: 'killed',
    label: 'killed',
    description: 'caused the death of',
    directed: true,
    source: ACTORS,
    target: ['person'],
    color: '#67001F',
  },
  negotiates_with: {
    name: 'negotiates_with',
    label: 'negotiates with',
    description: 'talks, agreements, meetings (undirected in meaning; the source is the first named)',
    directed: false,
    source: ACTORS,
    target: ACTORS,
    color: '#CC79A7',
  },
  advises: {
    name: 'advises',
    label: 'advises',
    description: 'trains, advises, assists or supports militarily',
    directed: true,
    source: ACTORS,
    target: ACTORS,
    color: '#F0E442',
  },
  deployed_in: {
    name: 'deployed_in',
    label: 'deployed in',
    description: 'has forces or facilities stationed in',
    directed: true,
    source: BODIES,
    target: ['place', 'government'],
    color: '#E69F00',
  },
  located_in: {
    name: 'located_in',
    label: 'located in',
    description: 'a place, or the seat of a body, lies inside another place or state',
    directed: true,
    source: ['place', 'organization', 'government', 'militia'],
    target: ['place', 'government'],
    color: '#999999',
  },
  related_to: {
    name: 'related_to',
    label: 'related to',
    description: 'mentioned together in a sentence, with no typed claim found (fallback, weighted by co-occurrence)',
    directed: false,
    source: ALL,
    target: ALL,
    color: '#BBBBBB',
  },
};

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelation(value: unknown): value is Relation {
  return typeof value === 'string' && (RELATIONS as readonly string[]).includes(value);
}

/** May `relation` join an entity of type `source` to one of type `target`? */
export function allows(relation: Relation, source: EntityType, target: EntityType): boolean {
  const spec = RELATION_SPECS[relation];
  return spec.source.includes(source) && spec.target.includes(target);
}

/** Checks the ontology's own consistency; throws OntologyError naming the broken entry. */
export function checkOntology(): void {
  for (const t of ENTITY_TYPES) {
    const spec = ENTITY_TYPE_SPECS[t];
    if (!spec || spec.name !== t) throw new OntologyError(`ontology: entity type "${t}" has no matching spec`);
    if (!/^#[0-9A-F]{6}$/i.test(spec.color)) throw new OntologyError(`ontology: entity type "${t}" has colour "${spec.color}", expected #rrggbb`);
  }
  for (const r of RELATIONS) {
    const spec = RELATION_SPECS[r];
    if (!spec || spec.name !== r) throw new OntologyError(`ontology: relation "${r}" has no matching spec`);
    for (const t of [...spec.source, ...spec.target]) {
      if (!isEntityType(t)) throw new OntologyError(`ontology: relation "${r}" names unknown entity type "${t}"`);
    }
  }
}

checkOntology();
