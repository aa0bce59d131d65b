// The whole road: ingest -> nlp -> extract -> resolve -> relate -> graph. Used by the CLI and the
// public API; writes nothing (see export/).
import { createRequire } from 'node:module';
import type { DocumentInfo } from './contract.js';
import { extractMentions, type Mention } from './extract/index.js';
import { buildGraph, type KnowledgeGraph } from './graph/index.js';
import { ingest, type Document, type IngestFailure } from './ingest/index.js';
import { analyse, type AnalysedDocument } from './nlp/index.js';
import { relate, type Claim } from './relate/index.js';
import { resolve, type Entity } from './resolve/index.js';
import type { LayoutOptions } from './graph/layout.js';

export interface BuildOptions {
  layout: Partial<LayoutOptions>;
  /** Called as stages progress: `done` of `total` units of `stage`. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { layout: {} };

export interface BuildResult {
  graph: KnowledgeGraph;
  documents: Document[];
  failures: IngestFailure[];
  mentions: Mention[];
  entities: Entity[];
  claims: Claim[];
  stats: { documents: number; tokens: number; seconds: Record<string, number> };
}

export function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

export function documentInfo(d: Document): DocumentInfo {
  return { id: d.id, title: d.title, path: d.path, ...(d.date ? { date: d.date } : {}), format: d.format, length: d.text.length };
}

/** Builds the graph of the articles under `paths`. Throws InputError for a path that does not exist. */
export function build(paths: readonly string[], options: Partial<BuildOptions> = {}): BuildResult {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    seconds[stage] = Math.round(now - t) / 1000;
    t = now;
  };
  const ingested = ingest(paths, { onFile: (_p, i, n) => opts.onProgress?.('read', i + 1, n) });
  const failures = ingested.failures;
  const documents: Document[] = [];
  lap('ingest');
  const analysed: AnalysedDocument[] = [];
  const mentions: Mention[] = [];
  let tokens = 0;
  let extractTime = 0;
  ingested.documents.forEach((d, i) => {
    // one document that trips a stage is reported and skipped; the others go on
    try {
      const a = analyse(d);
      const t0 = performance.now();
      const found = extractMentions(d, a);
      extractTime += performance.now() - t0;
      tokens += a.tokenCount;
      analysed.push(a);
      mentions.push(...found);
      documents.push(d);
    } catch (error) {
      failures.push({ path: d.path, reason: `could not be analysed (${(error as Error).message}); please report this file` });
    }
    opts.onProgress?.('analyse', i + 1, ingested.documents.length);
  });
  lap('nlp+extract');
  seconds.extract = Math.round(extractTime) / 1000;
  const resolved = resolve(mentions);
  lap('resolve');
  const claims = relate(analysed, mentions, resolved);
  lap('relate');
  const graph = buildGraph(documents.map(documentInfo), resolved.entities, claims, { layout: opts.layout, version: version() });
  lap('graph');
  return { graph, documents, failures, mentions, entities: resolved.entities, claims, stats: { documents: documents.length, tokens, seconds } };
}
