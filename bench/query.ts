// Query benchmark (issue: programmatic queries): each query of the API on a generated 100,000-node
// graph, timed. Target: under 50 ms each, paths up to length 4, PageRank and Louvain reported apart.
//   npx tsx bench/query.ts
import { buildGraph } from '../src/graph/index.js';
import { ENTITY_TYPES, RELATIONS } from '../src/ontology.js';
import { NewsGraph } from '../src/query/index.js';
import { seededRandom } from '../src/random.js';

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 200_000);

const random = seededRandom(6);
const first = ['Ahmed', 'Maria', 'John', 'Fatima', 'Ivan', 'Li', 'Amina', 'Pedro', 'Yusuf', 'Olga'];
const last = ['Haddad', 'Smith', 'Petrov', 'Okafor', 'Garcia', 'Khan', 'Nguyen', 'Rossi', 'Mensah', 'Kowalski'];
const entities = Array.from({ length: NODES }, (_, i) => {
  const label = `${first[i % 10]} ${last[Math.floor(i / 10) % 10]} ${i}`;
  return { id: `n${i}`, label, entityType: ENTITY_TYPES[i % 5]!, aliases: [label, `${last[Math.floor(i / 10) % 10]} ${i}`], docs: [`d${i % 1000}`], mentions: 1 + (i % 7), roles: [], merges: [] };
});
const claims = Array.from({ length: EDGES }, (_, i) => ({
  source: `n${Math.floor(random() * NODES)}`,
  target: `n${Math.floor(random() * NODES)}`,
  relation: RELATIONS[i % RELATIONS.length]!,
  rule: 'bench',
  evidence: [{ doc: `d${i % 1000}`, sentence: `Sentence ${i}.`, start: 0, end: 12 }],
}));
let t = performance.now();
const g = new NewsGraph(buildGraph([], entities, claims, { layout: { iterations: 1 } }));
console.log(`query benchmark: ${g.graph.order} nodes, ${g.graph.size} edges (built in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

const time = (name: string, fn: () => unknown, target = 50) => {
  fn(); // warm
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  const ms = runs.sort((a, b) => a - b)[2]!;
  console.log(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms${target ? (ms <= target ? '  ok' : `  over ${target} ms`) : ''}`);
};
time('find (exact alias)', () => g.find('Haddad 12345'));
time('find (typo)', () => g.find('Fatimma Okafor 3'));
time('neighbors', () => g.neighbors('n42', { relation: 'leads', minWeight: 1 }));
time('between', () => g.between('n1', 'n2'));
time('shortest path', () => g.paths('n3', 'n4', { maxLength: 0 }).shortest);
time('paths up to length 4', () => g.paths('n5', 'n6', { maxLength: 4 }), 0);
time('ego radius 2', () => g.ego('n7', 2));
time('rank by degree', () => g.rank({ by: 'degree' }));
time('documents / entities', () => [g.documents('n8'), g.entities('d9')]);
time('subgraph (type + relation)', () => g.subgraph({ entityType: 'person', relation: 'leads' }));
time('rank by pagerank', () => g.rank({ by: 'pagerank' }), 0);
time('communities (Louvain)', () => g.communities({ seed: 1 }), 0);
