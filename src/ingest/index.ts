// Stage 1, ingest: files and folders in, cleaned Documents out. Reads .txt, .md and .html, decodes
// them, finds the article in web pages, and removes page chrome by general rules. A file that cannot
// be read is reported as a failure and the others go on.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { findDate } from './dates.js';
import { unwrapLines } from './unwrap.js';
import { decode } from './decode.js';
import { findFiles, formatOf } from './find-files.js';
import { parseHtml } from './html.js';
import { markdownHeadline, markdownToText } from './markdown.js';
import { furnitureCandidates, stripChrome } from './strip-chrome.js';
import type { Document, DocumentFormat, IngestFailure, IngestResult } from './types.js';

export type { Document, DocumentFormat, IngestFailure, IngestResult, RemovedText } from './types.js';
export { findFiles } from './find-files.js';
export { stripChrome, furnitureCandidates } from './strip-chrome.js';

export interface IngestOptions {
  /** Files larger than this many bytes are refused. */
  maxBytes: number;
  /** Called after each file, for progress bars. */
  onFile?: (path: string, index: number, total: number) => void;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  maxBytes: 20 * 1024 * 1024,
};

export interface Raw {
  path: string;
  format: DocumentFormat;
  text: string;
  title?: string;
  date?: string;
}

/** Reads one file into raw text. Throws an Error whose message is the reason. */
export function readArticle(path: string, maxBytes = DEFAULT_INGEST_OPTIONS.maxBytes): Raw {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new Error('empty file');
  if (bytes.length > maxBytes) throw new Error(`file is ${bytes.length} bytes, above the limit of ${maxBytes}`);
  const { text } = decode(bytes);
  const format = formatOf(path) ?? (/^\s*<(!doctype html|html|head|body)\b/i.test(text) ? 'html' : 'text');
  if (format === 'html') {
    const page = parseHtml(text);
    return { path, format, text: page.text, title: page.title, date: page.date };
  }
  if (format === 'markdown') return { path, format, text: markdownToText(text), title: markdownHeadline(text) };
  return { path, format, text: unwrapLines(text) };
}

/** Lines that recur in at least 3 documents of one folder and look like furniture, not prose. */
export function repeatedLines(docs: ReadonlyArray<{ path: string; candidates: readonly string[] }>): Map<string, Set<string>> {
  const byFolder = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    const folder = dirname(doc.path);
    const counts = byFolder.get(folder) ?? new Map<string, number>();
    byFolder.set(folder, counts);
    for (const line of doc.candidates) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const out = new Map<string, Set<string>>();
  for (const [folder, counts] of byFolder) {
    out.set(folder, new Set([...counts].filter(([, c]) => c >= 3).map(([l]) => l)));
  }
  return out;
}

/** Unique document ids from file names: "a/x.txt" and "b/x.txt" become "x" and "x-2". */
export function assignIds(paths: string[]): string[] {
  const bases = paths.map((p) => basename(p, extname(p)));
  const taken = new Set<string>();
  const firstOf = new Map<string, number>();
  bases.forEach((b, i) => {
    if (!firstOf.has(b)) firstOf.set(b, i);
  });
  return bases.map((base, i) => {
    // the first file of a name keeps it; later ones take the next suffix no file name claims
    let id = base;
    if (firstOf.get(base) !== i || taken.has(base)) {
      for (let n = 2; ; n++) {
        id = `${base}-${n}`;
        if (!taken.has(id) && !firstOf.has(id)) break;
      }
    }
    taken.add(id);
    return id;
  });
}

/** Reads and cleans every article under `paths`. Throws InputError only for a path that does not exist. */
export function ingest(paths: readonly string[], options: Partial<IngestOptions> = {}): IngestResult {
  const opts = { ...DEFAULT_INGEST_OPTIONS, ...options };
  const files = findFiles(paths);
  const failures: IngestFailure[] = [];
  const raws: Raw[] = [];
  files.forEach((file, i) => {
    try {
      raws.push(readArticle(file, opts.maxBytes));
    } catch (error) {
      failures.push({ path: file, reason: error instanceof Error ? error.message : String(error) });
    }
    opts.onFile?.(file, i, files.length);
  });
  const repeated = repeatedLines(raws.map((r) => ({ path: r.path, candidates: furnitureCandidates(r.text) })));
  const ids = assignIds(raws.map((r) => r.path));
  const documents: Document[] = [];
  raws.forEach((raw, i) => {
    const doc = cleanDocument(raw, ids[i]!, repeated.get(dirname(raw.path)));
    if ('reason' in doc) failures.push(doc);
    else documents.push(doc);
  });
  return { documents, failures };
}

/** One read article cleaned into a Document, or the reason it cannot be one. */
export function cleanDocument(raw: Raw, id: string, repeated?: ReadonlySet<string>): Document | IngestFailure {
  // (in Markdown the headline is a marked line: what stands before it is the page's header)
  // (a saved page's article comes from Readability, whose text needs no headline guessed: null)
  const clean = stripChrome(raw.text, repeated, raw.format === 'markdown' ? raw.title : raw.format === 'html' ? null : undefined);
  if (!clean.text.trim()) {
    const foreign = clean.removed.filter((r) => r.rule === 'foreign-language').length;
    const reason = foreign > clean.removed.length / 2 ? `not in English (${foreign} of ${clean.removed.length} lines in another language)` : 'no text left after removing page chrome';
    return { path: raw.path, reason };
  }
  return {
    id,
    path: raw.path,
    format: raw.format,
    title: raw.title?.trim() || clean.title,
    // the page's own metadata first, then the chrome (bylines, captions) and the first lines
    date: raw.date ?? findDate([...clean.removed.map((r) => r.text), ...clean.text.split('\n', 6)]),
    text: clean.text,
    removed: clean.removed,
  };
}
