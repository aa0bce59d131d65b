// Shared by the end-to-end tests: one build of seeds/ into a temporary folder, made once per file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHARED = '../shared';

/** A tool of ../shared that the tests run: a clear failure when ../shared is not beside the project. */
export function sharedTool(name: string): string {
  const path = `${SHARED}/${name}`;
  if (!existsSync(path)) throw new Error(`${path} not found: npm test needs ../shared (gold files, GEXF kit) beside the project`);
  return path;
}
export const SCORER = `${SHARED}/eval/score.mjs`;
export const GOLD = `${SHARED}/gold/seeds.gold.json`;

/** Runs the compiled CLI (npm install builds dist/). */
export function cli(args: string[], options: { cwd?: string } = {}) {
  return spawnSync(process.execPath, [join(process.cwd(), 'bin/newsgraph.js'), ...args], { encoding: 'utf8', cwd: options.cwd });
}

export function buildSeeds(): string {
  const out = mkdtempSync(join(tmpdir(), 'newsgraph-seeds-'));
  const r = cli(['build', 'seeds', '--out', out, '--explain', '--debug']);
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}`);
  return out;
}

export interface Scores {
  entities: { precision: number; recall: number; f1: number; coreRecall: number; splits: number; merges: number; spurious: number };
  mentions: { precision: number; recall: number; f1: number };
  relations: { precision: number; recall: number; f1: number; pairRecall: number };
}

export function score(graphPath: string, gold = GOLD): Scores {
  const r = spawnSync(process.execPath, [SCORER, '--gold', gold, '--graph', graphPath, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Scores;
}
