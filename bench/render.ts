// Render benchmark (issue: the viewer): headless first render of a generated graph in the viewer
// against a bare sigma page on the same graph, in Debian's chromium. Prints milliseconds and the ratio.
//   npm run bench            (sizes: 10,000 nodes / 30,000 edges)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { buildGraph } from '../src/graph/index.js';
import { ENTITY_TYPES, RELATIONS } from '../src/ontology.js';
import { serve } from '../src/serve/index.js';

const NODES = Number(process.env.BENCH_NODES ?? 10_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 30_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A deterministic pseudo-random sequence (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  const random = rng(42);
  const entities = Array.from({ length: NODES }, (_, i) => ({
    id: `n${i}`,
    label: `Entity ${i}`,
    entityType: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
    aliases: [`Entity ${i}`],
    docs: [`d${i % 100}`],
    mentions: 1 + Math.floor(random() * 20),
    roles: [],
    merges: [],
  }));
  const claims = Array.from({ length: EDGES }, (_, i) => ({
    source: `n${Math.floor(random() * NODES)}`,
    target: `n${Math.floor(random() * NODES)}`,
    relation: RELATIONS[i % RELATIONS.length]!,
    rule: 'bench',
    evidence: [{ doc: `d${i % 100}`, sentence: `Sentence ${i}.`, start: 0, end: 12 }],
  }));
  const graph = buildGraph([], entities, claims, { layout: { iterations: 20 } });
  return graph;
}

async function main() {
  const data = mkdtempSync(join(tmpdir(), 'ng-bench-render-'));
  const graph = generate();
  writeFileSync(join(data, 'graph.json'), JSON.stringify(graph.export()));
  const bareOut = mkdtempSync(join(tmpdir(), 'ng-bench-bare-'));
  await viteBuild({ root: fileURLToPath(new URL('./bare', import.meta.url)), base: './', logLevel: 'warn', build: { outDir: bareOut, emptyOutDir: true, target: 'es2022' } });
  const viewer = await serve(data, { port: 0 });
  const bare = await serve(data, { port: 0, viewerDir: bareOut });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
  });
  const time = async (url: string, ready: string) => {
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForSelector(ready, { timeout: 120_000 });
      await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => res(null))));
      times.push(Date.now() - t0);
      await page.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  };
  const bareMs = await time(bare.url, 'body[data-rendered]');
  const viewerMs = await time(viewer.url, 'body[data-ready="true"]');
  await browser.close();
  viewer.server.close();
  bare.server.close();
  console.log(`render benchmark: ${graph.order} nodes, ${graph.size} edges, median of ${RUNS} runs, headless chromium (swiftshader)`);
  console.log(`  bare sigma page   ${String(bareMs).padStart(6)} ms`);
  console.log(`  newsgraph viewer  ${String(viewerMs).padStart(6)} ms`);
  console.log(`  ratio             ${(viewerMs / bareMs).toFixed(2)}x (target <= 1.5x)`);
}

await main();
