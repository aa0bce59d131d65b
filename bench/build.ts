// Build benchmark (issue: fast at scale): a corpus of article-sized documents cut from real English
// text (the nlp-corpus package) plus the seeds, built at several sizes. Prints, per size, tokens per
// second of the whole build against wink-nlp's bare readDoc on the same text (the ratio), time per
// stage, peak RSS, and the growth factor per 10x.
//   npm run bench                 (sizes 100 and 1,000 documents)
//   BENCH_SIZES=1000,10000 npx tsx bench/build.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const SENTENCES_PER_DOC = 30;

function sentences(): string[] {
  // the package exports only its entry point; its data files sit in builds/ beside src/
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve('nlp-corpus')), '..', '..', 'builds');
  return readdirSync(root)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(root, f), 'utf8')) as string[]);
}

function corpus(n: number, pool: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), `ng-bench-build-${n}-`));
  const seeds = readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8'));
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (i % 50 === 0) {
      writeFileSync(join(dir, `doc${i}.txt`), seeds[(i / 50) % seeds.length]!);
      continue;
    }
    const lines = [`Report number ${i}`];
    for (let p = 0; p < SENTENCES_PER_DOC / 3; p++) lines.push(pool.slice(k, (k += 3)).join(' '));
    if (k > pool.length - 10) k = 0;
    writeFileSync(join(dir, `doc${i}.txt`), lines.join('\n'));
  }
  return dir;
}

const run = (dir: string, mode: string) => {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', 'bench/build-child.mjs', dir, mode], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
};

const pool = sentences();
console.log(`build benchmark: documents of ${SENTENCES_PER_DOC} sentences from nlp-corpus (${pool.length} sentences), 1 in 50 a seed article; one thread`);
console.log('  docs    tokens   bare s   build s   tok/s    ratio  ingest  nlp+ext  extract resolve relate  graph  peak RSS');
let previous: { docs: number; seconds: number } | undefined;
for (const n of SIZES) {
  const dir = corpus(n, pool);
  const bare = run(dir, 'bare');
  const b = run(dir, 'build');
  const s = b.stages;
  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(
    `${String(n).padStart(6)} ${String(b.tokens).padStart(9)} ${f(bare.seconds)} ${f(b.seconds)}  ${String(Math.round(b.tokens / b.seconds)).padStart(7)}  ${(bare.seconds / b.seconds).toFixed(2).padStart(5)}x ${f(s.ingest)} ${f(s['nlp+extract'])} ${f(s.extract)} ${f(s.resolve)} ${f(s.relate)} ${f(s.graph)}  ${Math.round(b.rssMB)} MB`,
  );
  if (previous && n === previous.docs * 10) console.log(`         growth from ${previous.docs} to ${n} documents: ${(b.seconds / previous.seconds).toFixed(1)}x the time (target <= 11x)`);
  previous = { docs: n, seconds: b.seconds };
}
