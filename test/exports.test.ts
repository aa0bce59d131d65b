// Exports that open cleanly everywhere: GEXF 1.3 (schema, networkx, graphology-gexf), GraphML
// (graphology-graphml, networkx) and CSV for neo4j-admin, on the seeds, on hostile text and on a
// generated 10,000-node graph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { EDGE_HEADER, NODE_HEADER, gexfChunks, jsonChunks, toCsv, toGexf, toGraphml } from '../src/export/index.js';
import { buildGraph, type KnowledgeGraph } from '../src/graph/index.js';
import { parseGraphJson } from '../src/graph/load.js';
import { ENTITY_TYPES, RELATIONS } from '../src/ontology.js';
import { buildSeeds, cli, sharedTool } from './helpers.js';

const tmp = (name: string, text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'ng-exp-')), name);
  writeFileSync(file, text);
  return file;
};

/** RFC 4180 rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

function checkGexf(graph: KnowledgeGraph) {
  const text = toGexf(graph);
  const file = tmp('g.gexf', text);
  const v = spawnSync(sharedTool('gexf/validate'), [file], { encoding: 'utf8' });
  expect(v.status, v.stderr).toBe(0);
  const nx = spawnSync(sharedTool('gexf/networkx-read'), ['--json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(nx.status, nx.stderr).toBe(0);
  expect(JSON.parse(nx.stdout)).toMatchObject({ nodes: graph.order, edges: graph.size });
  // graphology-gexf (what Gephi Lite uses) reads every node, edge and attribute back
  const back = parseGexf(Graph, text);
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  graph.forEachNode((node, a) => {
    const b = back.getNodeAttributes(node);
    expect(b.label).toBe(a.label.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
    expect(b.entityType).toBe(a.entityType);
    expect(b.mentions).toBe(a.mentions);
    const joined = (xs: string[]) => xs.map((x) => x.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/\|/g, '/')).join('|');
    expect(b.aliases).toBe(joined(a.aliases));
    expect(b.docs).toBe(joined(a.docs));
    expect(b.roles ?? '').toBe(joined(a.roles));
    expect(b.x).toBe(a.x);
    expect(b.y).toBe(a.y);
    expect(b.size).toBe(a.size);
  });
  graph.forEachEdge((edge, a) => {
    const b = back.getEdgeAttributes(edge);
    expect(b.relation).toBe(a.relation);
    expect(b.weight).toBe(a.weight);
    // JSON escapes control characters, so the evidence comes back whole
    expect(JSON.parse(b.evidenceJson)).toEqual(a.evidence);
    expect(b.sources).toBe(a.sources.join('|'));
    expect(b.rule).toBe(a.rule);
  });
  return text;
}

function generated(n: number): KnowledgeGraph {
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    label: `Entity ${i}, "the ${i % 7}th" & <co>`,
    entityType: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
    aliases: [`Entity ${i}`, `E-${i}, alias`],
    docs: [`doc${i % 50}`],
    mentions: 1 + (i % 9),
    roles: i % 5 === 0 ? ['commander, of the unit'] : [],
    merges: [],
  }));
  const claims = Array.from({ length: 2 * n }, (_, i) => ({
    source: `e${i % n}`,
    target: `e${(i * 7 + 1) % n}`,
    relation: RELATIONS[i % RELATIONS.length]!,
    rule: 'generated',
    evidence: [{ doc: `doc${i % 50}`, sentence: `Sentence ${i}, with commas, "quotes" and <tags>.`, start: 0, end: 10 }],
  }));
  return buildGraph([], entities, claims, { layout: { iterations: 1 } });
}

describe('exports of the seed build', () => {
  const out = buildSeeds();
  const graph = parseGraphJson(readFileSync(join(out, 'graph.json'), 'utf8'));

  it('GEXF validates, opens in networkx and reads back in graphology-gexf with every attribute', () => {
    checkGexf(graph);
  });

  it('GraphML reads back in graphology-graphml and networkx', () => {
    const text = toGraphml(graph);
    const back = parseGraphml(Graph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((node, a) => {
      expect(back.getNodeAttribute(node, 'label')).toBe(a.label);
      expect(back.getNodeAttribute(node, 'entityType')).toBe(a.entityType);
      expect(back.getNodeAttribute(node, 'mentions')).toBe(a.mentions);
    });
    const file = tmp('g.graphml', text);
    const nx = spawnSync('python3', ['-c', `import networkx as nx, json; g = nx.read_graphml(${JSON.stringify(file)}); print(json.dumps([g.number_of_nodes(), g.number_of_edges()]))`], { encoding: 'utf8' });
    expect(nx.status, nx.stderr).toBe(0);
    expect(JSON.parse(nx.stdout)).toEqual([graph.order, graph.size]);
  });

  it('CSV has the neo4j-admin import headers, one row per node and edge, and no dangling ids', () => {
    const { nodes, edges } = toCsv(graph);
    const n = readCsv(nodes);
    const e = readCsv(edges);
    expect(n[0]).toEqual(NODE_HEADER);
    expect(e[0]).toEqual(EDGE_HEADER);
    expect(n).toHaveLength(graph.order + 1);
    expect(e).toHaveLength(graph.size + 1);
    for (const row of n) expect(row).toHaveLength(NODE_HEADER.length);
    for (const row of e) expect(row).toHaveLength(EDGE_HEADER.length);
    const ids = new Set(n.slice(1).map((r) => r[0]));
    expect(ids.size).toBe(graph.order);
    for (const r of e.slice(1)) {
      expect(ids.has(r[0])).toBe(true);
      expect(ids.has(r[1])).toBe(true);
      expect(r[2]).toMatch(/^[A-Z_]+$/);
    }
    expect(n.slice(1).every((r) => /^Entity;[A-Z][a-z]+$/.test(r[8]!))).toBe(true);
  });

  it('newsgraph export writes each format, and rejects a foreign file with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-export-'));
    expect(cli(['export', join(out, 'graph.json'), '--format', 'graphml', '--out', join(dir, 'g.graphml')]).status).toBe(0);
    expect(readFileSync(join(dir, 'g.graphml'), 'utf8')).toBe(toGraphml(graph));
    expect(cli(['export', join(out, 'graph.json'), '--format', 'csv', '--out', join(dir, 'csv')]).status).toBe(0);
    expect(readFileSync(join(dir, 'csv', 'nodes.csv'), 'utf8')).toBe(toCsv(graph).nodes);
    const bad = tmp('bad.json', '{"hello": 1}');
    const r = cli(['export', bad, '--format', 'gexf', '--out', join(dir, 'x.gexf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}: not a Newsgraph graph`);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('exports of hostile text', () => {
  const label = 'Quote " amp & <tag> emoji 🛰️ عربي \u0001bell\u0007 pipe|semi;colon';
  const graph = buildGraph(
    [],
    [
      { id: 'a', label, entityType: 'person', aliases: [label, 'other'], docs: ['d'], mentions: 2, roles: ['role, with comma'], merges: [] },
      { id: 'b', label: 'B', entityType: 'place', aliases: ['B'], docs: ['d'], mentions: 1, roles: [], merges: [] },
    ],
    [{ source: 'a', target: 'b', relation: 'located_in', rule: 'test', evidence: [{ doc: 'd', sentence: `He said, "no" <b>x</b> \u0002 & ${label}`, start: 0, end: 5 }] }],
  );

  it('GEXF stays valid and readable; control characters are dropped, everything else survives', () => {
    const text = checkGexf(graph);
    expect(parseGexf(Graph, text).getNodeAttribute('a', 'label')).toBe('Quote " amp & <tag> emoji 🛰️ عربي bell pipe|semi;colon');
  });

  it('GraphML and CSV keep the label and drop control characters', () => {
    expect(parseGraphml(Graph, toGraphml(graph)).getNodeAttribute('a', 'label')).toBe('Quote " amp & <tag> emoji 🛰️ عربي bell pipe|semi;colon');
    const rows = readCsv(toCsv(graph).nodes);
    expect(rows[1]![1]).toBe('Quote " amp & <tag> emoji 🛰️ عربي bell pipe|semi;colon');
    // the array delimiter inside an item becomes a comma, so neo4j reads one item
    expect(rows[1]![3]!.split(';')).toEqual(['Quote " amp & <tag> emoji 🛰️ عربي bell pipe|semi,colon', 'other']);
  });
});

describe('a generated 10,000-node graph', () => {
  const graph = generated(10_000);
  it('gives GEXF that validates, opens in networkx, reads back equal, and the same bytes twice', () => {
    const text = checkGexf(graph);
    expect(toGexf(graph)).toBe(text);
  }, 180_000);
});

describe('time in the exports', () => {
  // three dated articles and one without a date: the story of a ceasefire over a month
  const dir = mkdtempSync(join(tmpdir(), 'ng-dated-'));
  writeFileSync(join(dir, 'a.txt'), 'Talks open in Doha\nPublished 3 March 2024\nQatar hosted talks between Hamas and Israel in Doha on Sunday.');
  writeFileSync(join(dir, 'b.txt'), 'Talks stall\nPublished 10 March 2024\nEgypt said the talks between Hamas and Israel had stalled.');
  writeFileSync(join(dir, 'c.html'), '<html><head><title>Truce</title><meta property="article:published_time" content="2024-03-28T08:00:00Z"></head><body><article><h1>Truce</h1><p>Israel and Hamas agreed to a truce, Qatar said on Thursday. The agreement was announced in Doha after weeks of talks.</p></article></body></html>');
  writeFileSync(join(dir, 'd.txt'), 'Background\nThe United Nations has called for a ceasefire in Gaza for months.');
  const out = mkdtempSync(join(tmpdir(), 'ng-dated-out-'));
  const built = cli(['build', dir, '--out', out, '--formats', 'json,gexf,csv', '--quiet']);
  const graph = parseGraphJson(readFileSync(join(out, 'graph.json'), 'utf8'));

  it('dates nodes and edges from their documents', () => {
    expect(built.status, built.stderr).toBe(0);
    expect(graph.getNodeAttribute('qatar', 'dates')).toEqual(['2024-03-03', '2024-03-28']);
    expect(graph.getNodeAttribute('united-nations', 'dates')).toEqual([]);
    const between = [...graph.edges('hamas', 'israel'), ...graph.edges('israel', 'hamas')].map((e) => graph.getEdgeAttributes(e));
    expect(between.find((a) => a.sources.join() === 'a,b')).toMatchObject({ firstSeen: '2024-03-03', lastSeen: '2024-03-10' });
    expect(between.find((a) => a.sources.join() === 'c')).toMatchObject({ firstSeen: '2024-03-28', lastSeen: '2024-03-28' });
  });

  it('GEXF is dynamic with one spell per date seen, validates and opens in networkx and graphology-gexf', () => {
    const text = checkGexf(graph);
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const node = text.slice(text.indexOf('<node id="qatar"'), text.indexOf('</node>', text.indexOf('<node id="qatar"')));
    expect(node.match(/<spell [^>]*>/g)).toEqual(['<spell start="2024-03-03" end="2024-03-03"/>', '<spell start="2024-03-28" end="2024-03-28"/>']);
    // an undated node has no spell: it is there all along
    const un = text.slice(text.indexOf('<node id="united-nations"'), text.indexOf('</node>', text.indexOf('<node id="united-nations"')));
    expect(un).not.toContain('<spell');
    const nx = spawnSync('python3', ['-c', `import networkx as nx, json; g = nx.read_gexf(${JSON.stringify(join(out, 'graph.gexf'))}); print(json.dumps(g.nodes['qatar'].get('spells')))`], { encoding: 'utf8' });
    expect(nx.status, nx.stderr).toBe(0);
    expect(JSON.parse(nx.stdout)).toEqual([['2024-03-03', '2024-03-03'], ['2024-03-28', '2024-03-28']]);
  });

  it('a graph without dates stays static', () => {
    const undated = buildGraph([], [{ id: 'a', label: 'A', entityType: 'person', aliases: ['A'], docs: ['d'], mentions: 1, roles: [], merges: [] }], []);
    expect(toGexf(undated)).toContain('<graph defaultedgetype="directed">');
  });

  it('CSV carries the dates', () => {
    const nodes = readCsv(readFileSync(join(out, 'nodes.csv'), 'utf8'));
    const col = nodes[0]!.findIndex((h) => h.startsWith('dates'));
    expect(col).toBeGreaterThan(0);
    expect(nodes.find((r) => r[0] === 'qatar')![col]).toBe('2024-03-03;2024-03-28');
  });
});

describe('large outputs are written in pieces', () => {
  it('graph.json in pieces is exactly JSON.stringify of graphology\'s export, whatever the piece size', () => {
    const graphs = [generated(301), buildGraph([], [], []), parseGraphJson(readFileSync(join(buildSeeds(), 'graph.json'), 'utf8'))];
    for (const g of graphs) {
      const whole = `${JSON.stringify(g.export(), null, 1)}\n`;
      expect([...jsonChunks(g)].join('')).toBe(whole);
      expect([...jsonChunks(g, 7)].join('')).toBe(whole);
    }
  });

  it('GEXF in small pieces is the same text', () => {
    const g = generated(301);
    const pieces = [...gexfChunks(g, 50)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(toGexf(g));
  });
});
