#!/usr/bin/env node
// `npm run eval`: scores out/graph.json (built from seeds/ by the npm script) against the seed gold
// with the shared scorer, verbose, so that every missed or spurious entity and relation is listed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const scorer = '../shared/eval/score.mjs';
const gold = '../shared/gold/seeds.gold.json';
for (const f of [scorer, gold, 'out/graph.json']) {
  if (!existsSync(f)) {
    console.error(`eval: ${f} not found (run from the project root, with ../shared beside it)`);
    process.exit(2);
  }
}
console.log('== seeds');
const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--graph', 'out/graph.json', '--verbose'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
