// Incremental benchmark (issue: news keeps coming): build 1,000 articles with `newsgraph build`, add
// 10, build again into the same output folder (its cache), and compare with a full rebuild of the
// 1,010 without cache: wall time of each command, the ratio, and whether the graphs are the same
// (positions aside: an incremental build keeps nodes where they were).
//   npx tsx bench/incremental.ts          (BENCH_BASE=1000 BENCH_ADDED=10)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sentences, writeCorpus } from './corpus.js';

const BASE = Number(process.env.BENCH_BASE ?? 1000);
const ADDED = Number(process.env.BENCH_ADDED ?? 10);

function newsgraph(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['bin/newsgraph.js', 'build', ...args, '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`newsgraph build ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return (performance.now() - t) / 1000;
}

/** graph.json without what only the layout decides. */
function content(dir: string): string {
  const g = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
  for (const n of g.nodes) {
    delete n.attributes.x;
    delete n.attributes.y;
  }
  delete g.attributes.settings.layout;
  return JSON.stringify(g);
}

const pool = sentences();
const dir = writeCorpus(pool, BASE);
const out = mkdtempSync(join(tmpdir(), 'ng-bench-inc-out-'));
const first = newsgraph([dir, '--out', out]);
const unchanged = newsgraph([dir, '--out', out]);
writeCorpus(pool, BASE + ADDED, BASE, dir);
const incremental = newsgraph([dir, '--out', out]);
const fresh = mkdtempSync(join(tmpdir(), 'ng-bench-inc-full-'));
const full = newsgraph([dir, '--out', fresh, '--no-cache']);
const same = content(out) === content(fresh);
const f = (s: number) => `${s.toFixed(2)} s`;
console.log(`incremental benchmark: ${BASE} articles, then ${ADDED} more (newsgraph build, default threads, wall time)`);
console.log(`  first build of ${BASE} (writes the cache)      ${f(first)}`);
console.log(`  again, nothing changed                       ${f(unchanged)}`);
console.log(`  with ${ADDED} articles added                      ${f(incremental)}`);
console.log(`  full rebuild of ${BASE + ADDED} without cache          ${f(full)}`);
console.log(`  incremental / full rebuild: ${((100 * incremental) / full).toFixed(1)}% (target < 10%); same graph: ${same ? 'yes' : 'NO'}`);
if (!same) process.exitCode = 1;
