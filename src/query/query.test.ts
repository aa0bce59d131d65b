// The query API on the seed graph.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { buildSeeds, cli } from '../../test/helpers.js';
import { parseGraphJson } from '../graph/load.js';
import { loadGraph, NewsGraph } from './index.js';

describe('queries on the seed graph', () => {
  let g: NewsGraph;
  let file: string;
  beforeAll(() => {
    file = join(buildSeeds(), 'graph.json');
    g = loadGraph(file);
  });

  it('finds a person by a variant spelling, a typo or an acronym', () => {
    expect(g.find('Moustafa al-Kazimi')[0]).toMatchObject({ id: 'mustafa-al-kadhimi', score: 1 });
    expect(g.find('Kadimi')[0]!.id).toBe('mustafa-al-kadhimi');
    expect(g.find('Suleimani')[0]!.id).toBe('qasem-soleimani');
    expect(g.find('ISIS')[0]!.id).toBe('islamic-state');
    expect(g.entity('Araji').id).toBe('qasim-al-araji');
  });

  it('says what it cannot find, with suggestions', () => {
    expect(() => g.entity('Kadhimy Mustapha Ali')).toThrow(NotFoundError);
    const error = (() => {
      try {
        g.entity('Bremmen');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions).toContain('John W. Brennan Jr.');
  });

  it('lists neighbours by relation, direction and type', () => {
    const leads = g.neighbors('Mustafa al-Kadhimi', { relation: 'leads', direction: 'out' });
    expect(leads.map((n) => n.entity.id)).toEqual(['iraq']);
    expect(leads[0]!.evidence.length).toBe(leads[0]!.weight);
    const people = g.neighbors('Iraq', { entityType: 'person', relation: 'leads', direction: 'in' });
    expect(people.map((n) => n.entity.id)).toContain('mustafa-al-kadhimi');
  });

  it('joins two entities with their evidence, once per edge', () => {
    const links = g.between('Biden', 'Kadhimi');
    expect(links.map((l) => l.relation)).toEqual(['negotiates_with']);
    expect(links[0]!.evidence[0]!.sentence).toContain('talks between President Biden and Mustafa al-Kadhimi');
  });

  it('finds a path the articles make between two entities', () => {
    const p = g.paths('Qasem Soleimani', 'Joe Biden', { maxLength: 2 });
    expect(p.shortest).toHaveLength(2);
    const viaUs = p.all.find((steps) => steps[0]!.to.id === 'united-states');
    expect(viaUs?.[0]!.relations).toEqual(expect.arrayContaining(['killed']));
    expect(viaUs?.[1]!.relations).toContain('leads');
  });

  it('makes an ego graph and subgraphs that export like any graph', () => {
    const quds = g.entity('Quds Force').id;
    const ego = g.ego('Quds Force', 1);
    expect(ego.hasNode('iran')).toBe(true);
    expect(ego.order).toBe(g.graph.neighbors(quds).length + 1);
    const people = g.subgraph({ entityType: 'person', relation: 'negotiates_with' });
    expect(people.everyNode((_, a) => a.entityType === 'person')).toBe(true);
    expect(people.everyEdge((_, a) => a.relation === 'negotiates_with')).toBe(true);
  });

  it('ranks by degree, PageRank and betweenness', () => {
    for (const by of ['degree', 'pagerank', 'betweenness'] as const) {
      const top = g.rank({ by, limit: 3 }).map((r) => r.id);
      expect(top.slice(0, 2).sort()).toEqual(['iraq', 'united-states']);
    }
  });

  it('gives the same communities for the same seed', () => {
    const a = g.communities({ seed: 7 });
    const b = g.communities({ seed: 7 });
    expect(a).toEqual(b);
    expect(a.reduce((n, c) => n + c.size, 0)).toBe(g.graph.order);
    expect(a.find((c) => c.members.some((m) => m.id === 'century-foundation'))!.members.map((m) => m.id)).toContain('sajad-jiyad');
  });

  it('maps documents and entities both ways', () => {
    expect(g.documents('Nicholas Heras').map((d) => d.id)).toEqual(['002_6a6f46bd9ccf6216']);
    expect(g.entities('002_6a6f46bd9ccf6216').map((e) => e.id)).toContain('nicholas-heras');
  });

  it('answers on the command line, as tables and as JSON; an unknown name exits 1 with suggestions', () => {
    const table = cli(['query', file, 'neighbors', 'Kazimi', '--relation', 'leads']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/->\s+leads\s+Iraq/);
    const json = cli(['query', file, 'find', 'Daesh', '--json']);
    expect(JSON.parse(json.stdout)[0].id).toBe('islamic-state');
    const unknown = cli(['query', file, 'docs', 'Bremmen']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('did you mean "John W. Brennan Jr."');
    expect(cli(['query', file, 'nonsense']).status).toBe(2);
  });
});

describe('queries on edge cases', () => {
  const graphOf = (nodes: Array<[string, string, string[]]>) =>
    new NewsGraph(
      parseGraphJson(
        JSON.stringify({
          attributes: { documents: [] },
          options: { type: 'directed', multi: true, allowSelfLoops: false },
          nodes: nodes.map(([key, label, aliases], i) => ({ key, attributes: { label, entityType: 'person', aliases, docs: ['d'], mentions: i + 1, roles: [], dates: [], x: 0, y: 0, size: 1, color: '#000000' } })),
          edges: [],
        }),
      ),
    );

  it('refuses a name two entities share instead of picking one', () => {
    const g = graphOf([
      ['a', 'Ali Hassan', ['Ali Hassan', 'Hassan']],
      ['b', 'Hassan Nasrallah', ['Hassan Nasrallah', 'Hassan']],
    ]);
    expect(() => g.entity('Hassan')).toThrow(/"Hassan" names more than one entity/);
    expect(g.entity('Hassan Nasrallah').id).toBe('b');
  });

  it('bounds paths, answers a path to itself, and a zero limit', () => {
    const g = graphOf([['a', 'Ali Hassan', []]]);
    expect(() => g.paths('a', 'a', { maxLength: 40 })).toThrow(/maxLength must be a whole number from 1 to 6/);
    expect(g.paths('a', 'a')).toEqual({ shortest: [], all: [] });
    expect(g.rank({ limit: 0 })).toEqual([]);
  });
});
