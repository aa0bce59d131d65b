// Layout and export benchmark (issue: fast at scale): ForceAtlas2 as the build runs it (iterations by
// size, Barnes-Hut above 500 nodes) and the writing of graph.json and graph.gexf, on generated graphs
// of 1,000, 10,000 and 50,000 nodes with three edges each.
//   npx tsx bench/layout.ts          (BENCH_NODES=1000,10000,50000)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutputs } from '../src/export/index.js';
import { applyLayout, buildGraph } from '../src/graph/index.js';
import { ENTITY_TYPES, RELATIONS } from '../src/ontology.js';
import { seededRandom } from '../src/random.js';

const SIZES = (process.env.BENCH_NODES ?? '1000,10000,50000').split(',').map(Number);

function generated(n: number) {
  const rand = seededRandom(6);
  const entities = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, label: `Entity ${i}`, entityType: ENTITY_TYPES[i % ENTITY_TYPES.length]!, aliases: [`Entity ${i}`], docs: [`d${i % 500}`], mentions: 1 + (i % 9), roles: [], merges: [] }));
  const claims = Array.from({ length: 3 * n }, (_, i) => ({
    source: `e${i % n}`,
    // mostly near neighbours, some far: clusters joined by a few long edges, like a news graph
    target: `e${rand() < 0.8 ? (i % n) + 1 + Math.floor(rand() * 20) : Math.floor(rand() * n)}`,
    relation: RELATIONS[i % RELATIONS.length]!,
    rule: 'generated',
    evidence: [{ doc: `d${i % 500}`, sentence: `Sentence ${i} of a generated article, long enough to weigh like news.`, start: 0, end: 60 }],
  })).filter((c) => Number(c.target.slice(1)) < n);
  return buildGraph([], entities, claims, { layout: false });
}

console.log('layout and export benchmark: generated graphs, three edges per node');
console.log('   nodes    edges  iterations  layout s  graph.json s  graph.gexf s');
for (const n of SIZES) {
  const g = generated(n);
  let t = performance.now();
  applyLayout(g);
  const layout = (performance.now() - t) / 1000;
  const out = mkdtempSync(join(tmpdir(), 'ng-bench-layout-'));
  t = performance.now();
  writeOutputs(g, out, ['json']);
  const json = (performance.now() - t) / 1000;
  t = performance.now();
  writeOutputs(g, out, ['gexf']);
  const gexf = (performance.now() - t) / 1000;
  const it = g.getAttribute('settings').layout.iterations;
  console.log(`${String(n).padStart(8)} ${String(g.size).padStart(8)} ${String(it).padStart(11)} ${layout.toFixed(2).padStart(9)} ${json.toFixed(2).padStart(13)} ${gexf.toFixed(2).padStart(13)}`);
}
