// The whole road: ingest -> nlp -> extract -> resolve -> relate -> graph. Documents are read,
// analysed and related one by one (document.ts), in worker threads when asked (pool.ts), and kept
// between builds when a cache folder is given (cache.ts); resolve and the graph see the whole corpus.
// Writes nothing but the cache (see export/).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { DocumentInfo } from '../contract.js';
import type { Mention } from '../extract/index.js';
import { applyLayout, buildGraph, type KnowledgeGraph } from '../graph/index.js';
import { assignIds, findFiles, repeatedLines, type IngestFailure } from '../ingest/index.js';
import { combineFindings, type Claim, type SentenceFindings } from '../relate/index.js';
import { resolve, type Entity } from '../resolve/index.js';
import type { LayoutOptions } from '../graph/layout.js';
import { BuildCache, codeFingerprint, entryKey, fromLocal, toLocal, type CacheEntry } from './cache.js';
import { jobTag, readBytes, repeatedIn, type AnalyseJob, type Analysis, type DocumentRecord, type MentionEntities } from './document.js';
import { failed, processor, type Processor } from './pool.js';

export type { DocumentRecord } from './document.js';
export { defaultThreads } from './pool.js';
export { CACHE_FOLDER } from './cache.js';

export interface BuildOptions {
  layout: Partial<LayoutOptions>;
  /** Worker threads for reading, analysing and relating documents; 1 keeps everything in this thread. */
  threads: number;
  /** Fewer new documents than this are processed in this thread whatever `threads` says: starting workers costs about 0.3 s. */
  parallelFrom: number;
  /** A folder for the incremental cache; none by default. */
  cacheDir?: string;
  /** Keep each document's cleaned text in the result (for checking offsets); off to keep memory bounded. */
  keepText: boolean;
  /** Record in each entity the mentions merged and the rule that merged them (Entity.merges). */
  explain: boolean;
  /** Called as stages progress: `done` of `total` units of `stage`. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { layout: {}, threads: 1, parallelFrom: 100, keepText: false, explain: true };

export interface BuildStats {
  documents: number;
  tokens: number;
  /** Seconds per stage. */
  seconds: Record<string, number>;
  threads: number;
  /** Documents whose analysis came from the cache. */
  cached: number;
  /** Why the cache could not be written, when it could not (the build goes on without it). */
  cacheProblem?: string;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  documents: DocumentRecord[];
  failures: IngestFailure[];
  mentions: Mention[];
  entities: Entity[];
  claims: Claim[];
  stats: BuildStats;
}

export function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

export function documentInfo(d: DocumentRecord): DocumentInfo {
  return { id: d.id, title: d.title, path: d.path, ...(d.date ? { date: d.date } : {}), format: d.format, length: d.length };
}

interface FileState {
  path: string;
  key?: string;
  entry?: CacheEntry;
  dirty?: boolean;
}

/** Builds the graph of the articles under `paths`. Throws InputError for a path that does not exist. */
export async function build(paths: readonly string[], options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const trace = !!process.env.NEWSGRAPH_TRACE;
  const lap = (stage: string) => {
    const now = performance.now();
    seconds[stage] = Math.round(now - t) / 1000;
    t = now;
    // NEWSGRAPH_TRACE=1: each stage's time and the heap after it, on stderr
    if (trace) {
      const m = process.memoryUsage();
      const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
      console.error(`newsgraph: ${stage} ${seconds[stage]} s, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, external ${mb(m.external)} MB, rss ${mb(m.rss)} MB, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    }
  };
  const progress = (stage: string, total: number) => {
    let done = 0;
    return () => opts.onProgress?.(stage, ++done, total);
  };
  const files: FileState[] = findFiles(paths).map((path) => ({ path }));
  const cache = opts.cacheDir ? new BuildCache(opts.cacheDir) : undefined;
  const failures: IngestFailure[] = [];
  // worker threads pay for themselves only on a real amount of work: a build that finds most
  // documents in its cache runs in this thread
  let started: Processor | undefined;
  const pool = (work: number) => (started ??= processor(work >= opts.parallelFrom ? opts.threads : 1, opts.keepText, !!cache));
  try {
    // 1. read: the lines of each file that may be site furniture (from the cache when its bytes are known)
    if (cache) {
      const code = codeFingerprint(version());
      for (const f of files) {
        try {
          f.key = entryKey(code, f.path, readBytes(f.path));
          f.entry = cache.get(f.key);
        } catch {
          // unreadable: the read below reports why
        }
      }
    }
    const toRead = files.filter((f) => !f.entry);
    const reads = await pool(toRead.length).read(
      toRead.map((f) => f.path),
      progress('read', toRead.length),
    );
    toRead.forEach((f, i) => {
      const r = reads[i]!;
      const read: CacheEntry['read'] = failed(r) ? { ok: false, reason: r.error } : r.ok ? { ok: true, candidates: r.candidates } : { ok: false, reason: r.reason };
      f.entry = { read };
      // a file that could not be read is tried again next time (it may have been moved, or be back)
      f.dirty = read.ok;
    });
    const readable: Array<FileState & { entry: CacheEntry & { read: { ok: true } } }> = [];
    for (const f of files) {
      if (f.entry!.read.ok) readable.push(f as (typeof readable)[number]);
      else failures.push({ path: f.path, reason: f.entry!.read.reason });
    }
    lap('ingest');

    // 2. clean, analyse, extract: each document with the repeated lines of its folder that it holds
    const repeated = repeatedLines(readable.map((f) => ({ path: f.path, candidates: f.entry.read.candidates })));
    const ids = assignIds(readable.map((f) => f.path));
    const jobs: AnalyseJob[] = readable.map((f, i) => ({
      path: f.path,
      id: ids[i]!,
      repeated: repeatedIn(f.entry.read.candidates, repeated.get(dirname(f.path))),
      ...(cache && f.key ? { sentencesFile: cache.sentencesFile(f.key) } : {}),
    }));
    // a cached analysis has the document's text only if it was made with keepText
    const tags = jobs.map((j) => `${jobTag(j)}${opts.keepText ? ':text' : ''}`);
    const toAnalyse = jobs.map((_, i) => i).filter((i) => readable[i]!.entry.analysis?.tag !== tags[i]);
    const analysed = await pool(toAnalyse.length).analyse(
      toAnalyse.map((i) => jobs[i]!),
      progress('analyse', toAnalyse.length),
    );
    toAnalyse.forEach((i, k) => {
      const r = analysed[k]!;
      const f = readable[i]!;
      f.entry.analysis = { tag: tags[i]!, result: failed(r) ? { failure: `could not be analysed (${r.error}); please report this file` } : r };
      delete f.entry.relation;
      // an error is not a result: the next build tries again
      f.dirty = !failed(r);
    });
    const documents: DocumentRecord[] = [];
    const mentions: Mention[] = [];
    const fresh = new Set(toAnalyse);
    const kept: Array<{ file: FileState & { entry: CacheEntry }; job: AnalyseJob; analysis: Analysis; cached: boolean }> = [];
    let tokens = 0;
    readable.forEach((f, i) => {
      const result = f.entry.analysis!.result;
      if ('failure' in result) {
        failures.push({ path: f.path, reason: result.failure });
        return;
      }
      documents.push(result.document);
      for (const m of result.mentions) mentions.push(m);
      tokens += result.tokenCount;
      kept.push({ file: f, job: jobs[i]!, analysis: result, cached: !fresh.has(i) });
    });
    lap('nlp+extract');

    // 3. resolve, over every mention of every document
    const resolved = resolve(mentions, { explain: opts.explain });
    lap('resolve');

    // 4. relate: each document's findings (from the cache when its entities are as they were), then combined
    const types = new Map(resolved.entities.map((e) => [e.id, e.entityType]));
    const entitiesOf = kept.map(({ analysis }): MentionEntities =>
      analysis.mentions.map((m) => {
        const id = resolved.assignment[m.id];
        return id ? [id, types.get(id)!] : null;
      }),
    );
    const findings: Array<SentenceFindings[] | undefined> = kept.map((k, i) => fromLocal(k.file.entry.relation, entitiesOf[i]!));
    const toRelate = kept.map((_, i) => i).filter((i) => !findings[i]);
    const related = await pool(0).relate(
      toRelate.map((i) => ({ job: kept[i]!.job, entities: entitiesOf[i]! })),
      progress('relate', toRelate.length),
    );
    toRelate.forEach((i, k) => {
      const r = related[k]!;
      // a document whose rules trip loses its claims, not the build, and says so
      findings[i] = failed(r) ? [] : r;
      if (failed(r)) failures.push({ path: kept[i]!.file.path, reason: `its claims could not be found (${r.error}); its entities are in the graph; please report this file` });
      else {
        kept[i]!.file.entry.relation = toLocal(r, entitiesOf[i]!);
        kept[i]!.file.dirty = true;
      }
    });
    seconds.related = toRelate.length;
    const claims = combineFindings(findings as SentenceFindings[][], mentions, resolved);
    // done with: every sentence's findings and the mention -> entity table
    findings.length = 0;
    resolved.assignment = {};
    // the cache is written now, so that what only it needs is not held through the graph and its layout
    // (a build that found no document writes nothing, cache included)
    const keepCache = cache && documents.length > 0 ? cache : undefined;
    if (keepCache) {
      for (const f of files) {
        if (f.dirty && f.key && f.entry) keepCache.set(f.key, f.entry);
        f.entry = undefined;
      }
    }
    lap('relate');

    // 5. graph, laid out afresh, or around the positions of the last build when there is a cache
    const graph = buildGraph(documents.map(documentInfo), resolved.entities, claims, { layout: false, version: version() });
    lap('graph');
    const previous = cache?.readPositions();
    applyLayout(graph, { ...opts.layout, ...(previous?.size ? { initial: previous } : {}) });
    lap('layout');
    if (keepCache) {
      const positions: Record<string, [number, number]> = {};
      graph.forEachNode((id, a) => (positions[id] = [a.x, a.y]));
      keepCache.writePositions(positions);
      keepCache.prune();
      lap('cache');
    }
    return {
      graph,
      documents,
      failures,
      mentions,
      entities: resolved.entities,
      claims,
      stats: {
        documents: documents.length,
        tokens,
        seconds,
        threads: started?.threads ?? 1,
        cached: kept.filter((k) => k.cached).length,
        ...(cache?.problem ? { cacheProblem: cache.problem } : {}),
      },
    };
  } finally {
    await started?.close();
  }
}
