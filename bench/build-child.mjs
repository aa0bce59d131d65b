// One measured build in its own process (clean memory): prints JSON with seconds, stages, tokens and
// peak RSS. Run by bench/build.ts.
import { build } from '../dist/build/index.js';

const [dir, mode] = process.argv.slice(2);
const t = performance.now();
if (mode === 'bare') {
  const { ingest } = await import('../dist/ingest/index.js');
  const { bareReadDoc } = await import('../dist/nlp/index.js');
  const docs = ingest([dir]).documents;
  const t0 = performance.now();
  let tokens = 0;
  for (const d of docs) tokens += bareReadDoc(d.text);
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, tokens, rssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  const r = await build([dir], { threads: Number(process.env.BENCH_THREADS ?? 1) });
  console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, tokens: r.stats.tokens, stages: r.stats.seconds, nodes: r.graph.order, edges: r.graph.size, rssMB: process.resourceUsage().maxRSS / 1024 }));
}
