// One measured build in its own process (clean memory), as `newsgraph build` runs it: prints JSON
// with seconds, stages, tokens, layout and export times, and peak RSS after the build and after
// writing graph.json and graph.gexf. Run by bench/build.ts.
import { build } from '../dist/build/index.js';
import { writeOutputs } from '../dist/export/index.js';

const [dir, mode] = process.argv.slice(2);
let t = performance.now();
if (mode === 'bare') {
  const { ingest } = await import('../dist/ingest/index.js');
  const { bareReadDoc } = await import('../dist/nlp/index.js');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const docs = ingest([dir]).documents;
  // wink as it ships (its default pipeline: sentences, POS, named entities, negation, sentiment) and
  // wink as Newsgraph runs it (sentences and POS only), each over every document
  const shipped = winkNLP(model);
  const lap = (read) => {
    read('Warm up.');
    const t0 = performance.now();
    let tokens = 0;
    for (const d of docs) tokens += read(d.text);
    return { seconds: (performance.now() - t0) / 1000, tokens };
  };
  const lean = lap(bareReadDoc);
  const full = lap((text) => shipped.readDoc(text).tokens().length());
  console.log(JSON.stringify({ seconds: full.seconds, leanSeconds: lean.seconds, tokens: full.tokens, rssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  // as `newsgraph build` runs: a cache folder in the output folder (new, so nothing is reused), explain off
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const cacheDir = join(mkdtempSync(join(tmpdir(), 'ng-bench-cache-')), '.newsgraph-cache');
  const r = await build([dir], { threads: Number(process.env.BENCH_THREADS ?? 1), cacheDir, explain: false });
  const seconds = (performance.now() - t) / 1000;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  const lap = (f) => {
    const t0 = performance.now();
    f();
    return (performance.now() - t0) / 1000;
  };
  // written as the command line writes them, into the folder that holds the cache
  const out = join(cacheDir, '..');
  const json = lap(() => writeOutputs(r.graph, out, ['json']));
  const gexf = lap(() => writeOutputs(r.graph, out, ['gexf']));
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, tokens: r.stats.tokens, stages: r.stats.seconds, layout: r.stats.seconds.layout, json, gexf, nodes: r.graph.order, edges: r.graph.size, rssMB, peakMB }));
}
