// The benchmark corpus: article-sized documents cut from real English text (the nlp-corpus package,
// MIT), one in 50 a seed article, written as .txt files. Shared by bench/build.ts and
// bench/incremental.ts.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Sentences per generated document: about 600 tokens, the size of a news article (10,000 documents: about 6 million tokens, as the issue sets). */
export const SENTENCES_PER_DOC = 36;

export function sentences(): string[] {
  // the package exports only its entry point; its data files sit in builds/ beside src/
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve('nlp-corpus')), '..', '..', 'builds');
  return readdirSync(root)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(root, f), 'utf8')) as string[]);
}

/** Writes documents `from` .. `to` - 1 into `dir` (a new folder when not given); returns the folder. */
export function writeCorpus(pool: string[], to: number, from = 0, dir = mkdtempSync(join(tmpdir(), `ng-bench-${to}-`))): string {
  const seeds = readdirSync('seeds').sort().map((f) => readFileSync(join('seeds', f), 'utf8'));
  for (let i = from; i < to; i++) {
    if (i % 50 === 0) {
      writeFileSync(join(dir, `doc${i}.txt`), seeds[(i / 50) % seeds.length]!);
      continue;
    }
    // each document its own stretch of the pool, so documents differ as articles do
    let k = (i * SENTENCES_PER_DOC) % (pool.length - SENTENCES_PER_DOC);
    const lines = [`Report number ${i}`];
    for (let p = 0; p < SENTENCES_PER_DOC / 3; p++) lines.push(pool.slice(k, (k += 3)).join(' '));
    writeFileSync(join(dir, `doc${i}.txt`), lines.join('\n'));
  }
  return dir;
}
