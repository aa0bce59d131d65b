import { describe, expect, it } from 'vitest';
import { allows, checkOntology, ENTITY_TYPE_SPECS, ENTITY_TYPES, isEntityType, isRelation, RELATION_SPECS, RELATIONS } from './ontology.js';

describe('ontology', () => {
  it('holds the five entity types and twelve relations of ONTOLOGY.md', () => {
    expect([...ENTITY_TYPES]).toEqual(['person', 'militia', 'government', 'place', 'organization']);
    expect(RELATIONS).toHaveLength(12);
    expect(RELATIONS).toContain('related_to');
    expect(() => checkOntology()).not.toThrow();
  });

  it('gives each entity type a distinct colour', () => {
    const colours = ENTITY_TYPES.map((t) => ENTITY_TYPE_SPECS[t].color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('never names an attribute type: specs carry name, not type', () => {
    for (const r of RELATIONS) expect(Object.keys(RELATION_SPECS[r])).not.toContain('type');
  });

  it('says which types each relation joins', () => {
    expect(allows('located_in', 'place', 'government')).toBe(true);
    expect(allows('located_in', 'person', 'place')).toBe(false);
    expect(allows('located_in', 'organization', 'place')).toBe(true);
    expect(allows('member_of', 'person', 'organization')).toBe(true);
    expect(RELATION_SPECS.negotiates_with.directed).toBe(false);
  });

  it('recognises its own names only', () => {
    expect(isEntityType('militia')).toBe(true);
    expect(isEntityType('type')).toBe(false);
    expect(isRelation('attacks')).toBe(true);
    expect(isRelation('mentions')).toBe(false);
  });
});
