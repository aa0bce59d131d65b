#!/usr/bin/env node
// `npm run eval`: the shared scorer's verbose report for out/graph.json (built from seeds/ by the npm
// script) against the seed gold, then the same for the development set of test/devset/, built here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printRelationReport } from './relation-report.mjs';

const scorer = '../shared/eval/score.mjs';
const seedGold = '../shared/gold/seeds.gold.json';
for (const f of [scorer, seedGold, 'out/graph.json']) {
  if (!existsSync(f)) {
    console.error(`eval: ${f} not found (run from the project root, with ../shared beside it)`);
    process.exit(2);
  }
}
const score = (gold, graph) => spawnSync(process.execPath, [scorer, '--gold', gold, '--graph', graph, '--verbose'], { stdio: 'inherit' }).status ?? 1;

console.log('== seeds (../shared/gold/seeds.gold.json)');
let status = score(seedGold, 'out/graph.json');
printRelationReport(seedGold, 'out/graph.json');

const dev = mkdtempSync(join(tmpdir(), 'newsgraph-dev-'));
const built = spawnSync(process.execPath, ['bin/newsgraph.js', 'build', 'test/devset/articles', '--out', dev, '--quiet'], { stdio: 'inherit' });
console.log('\n== development set (test/devset/devset.gold.json)');
status ||= built.status ?? 1;
status ||= score('test/devset/devset.gold.json', join(dev, 'graph.json'));
printRelationReport('test/devset/devset.gold.json', join(dev, 'graph.json'));
process.exit(status);
