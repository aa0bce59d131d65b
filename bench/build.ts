// Build benchmark (issue: fast at scale): a corpus of article-sized documents cut from real English
// text (the nlp-corpus package) plus the seeds, built at several sizes. Prints, per size, tokens per
// second of the whole build against wink-nlp's bare readDoc on the same text (the ratio), time per
// stage, peak RSS, and the growth factor per 10x.
//   npm run bench                 (sizes 100 and 1,000 documents)
//   BENCH_SIZES=1000,10000 npx tsx bench/build.ts
import { spawnSync } from 'node:child_process';
import { SENTENCES_PER_DOC, sentences, writeCorpus } from './corpus.js';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const THREADS = (process.env.BENCH_THREADS ?? '1,2').split(',').map(Number);

const run = (dir: string, mode: string, threads = 1) => {
  const r = spawnSync(process.execPath, ['bench/build-child.mjs', dir, mode], { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, BENCH_THREADS: String(threads) } });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
};

const pool = sentences();
console.log(`build benchmark: documents of ${SENTENCES_PER_DOC} sentences from nlp-corpus (${pool.length} sentences), 1 in 50 a seed article`);
console.log("ratio: seconds of wink-nlp's bare readDoc (as it ships, default pipeline) / build seconds on the same text (one thread: the target is >= 0.5);");
console.log("lean: the same against readDoc with Newsgraph's own pipeline (sentences and POS only)");
console.log('  docs    tokens  bare s  lean s  thr  build s    tok/s  ratio   lean  ingest nlp+ext resolve  relate   graph  layout  w.json  w.gexf  peak RSS (build and writing)');
const previous = new Map<number, { docs: number; seconds: number }>();
for (const n of SIZES) {
  const dir = writeCorpus(pool, n);
  const bare = run(dir, 'bare');
  for (const threads of THREADS) {
    const b = run(dir, 'build', threads);
    const s = b.stages;
    const f = (x: number | undefined) => (x ?? 0).toFixed(2).padStart(7);
    console.log(
      `${String(n).padStart(6)} ${String(b.tokens).padStart(9)} ${f(bare.seconds)} ${f(bare.leanSeconds)} ${String(threads).padStart(4)} ${f(b.seconds)} ${String(Math.round(b.tokens / b.seconds)).padStart(8)}  ${(bare.seconds / b.seconds).toFixed(2)}x  ${(bare.leanSeconds / b.seconds).toFixed(2)}x ${f(s.ingest)} ${f(s['nlp+extract'])} ${f(s.resolve)} ${f(s.relate)} ${f(s.graph)} ${f(b.layout)} ${f(b.json)} ${f(b.gexf)}  ${Math.round(b.peakMB)} MB  (${b.nodes} nodes)`,
    );
    const prev = previous.get(threads);
    if (prev && n === prev.docs * 10) console.log(`         ${threads} thread(s): from ${prev.docs} to ${n} documents costs ${(b.seconds / prev.seconds).toFixed(1)}x the time (target <= 11x)`);
    previous.set(threads, { docs: n, seconds: b.seconds });
  }
}
