// One article from file to mentions: the part of a build that is done document by document, so that
// it can run in worker threads (pool.ts) and be kept between builds (cache.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DocumentInfo } from '../contract.js';
import { extractMentions, type Mention } from '../extract/index.js';
import { cleanDocument, furnitureCandidates, readArticle, type Raw } from '../ingest/index.js';
import type { Document, RemovedText } from '../ingest/types.js';
import { analyse, type Sentence } from '../nlp/index.js';
import { relateDocument, type EntityOf, type SentenceFindings } from '../relate/index.js';
import type { EntityType } from '../ontology.js';
import { replaceFile } from './cache.js';

/** A document as the build keeps it: what the graph and --debug need, the text only when asked for. */
export interface DocumentRecord extends DocumentInfo {
  removed: RemovedText[];
  text?: string;
}

/** What reading a file gives: the lines that may be site furniture, or why it cannot be read. */
export type ReadOutcome = { ok: true; path: string; candidates: string[] } | { ok: false; path: string; reason: string };

/** What analysing a document gives the main thread: the record, its mentions, its token count. */
export interface Analysis {
  document: DocumentRecord;
  mentions: Mention[];
  tokenCount: number;
}

/** A document to analyse: its file, its id in this build, and the repeated lines of its folder found in it. */
export interface AnalyseJob {
  path: string;
  id: string;
  repeated: string[];
  /** Where to keep the sentences relate needs, so that a later build can relate the document again without analysing it. */
  sentencesFile?: string;
}

/** The entity of each of a document's mentions, in the order of its mentions (null: left out by resolve). */
export type MentionEntities = Array<[string, EntityType] | null>;

/** What a document's analysis depends on besides its bytes: its path, its id and the repeated lines of its folder in it. */
export const jobTag = (job: AnalyseJob) => createHash('sha256').update(JSON.stringify([job.path, job.id, job.repeated])).digest('hex').slice(0, 24);

export function readOutcome(path: string, raw: Raw): ReadOutcome {
  return { ok: true, path, candidates: furnitureCandidates(raw.text) };
}

/** The repeated lines of a folder that a document's candidates contain, sorted: all that cleaning needs of the folder. */
export function repeatedIn(candidates: readonly string[], folderRepeated: ReadonlySet<string> | undefined): string[] {
  return folderRepeated ? candidates.filter((l) => folderRepeated.has(l)).sort() : [];
}

export function recordOf(doc: Document, keepText: boolean): DocumentRecord {
  return {
    id: doc.id,
    title: doc.title,
    path: doc.path,
    ...(doc.date ? { date: doc.date } : {}),
    format: doc.format,
    length: doc.text.length,
    removed: doc.removed,
    ...(keepText ? { text: doc.text } : {}),
  };
}

/**
 * Documents analysed and not yet related: the sentences relate needs, kept where they were made (in a
 * worker when the build is parallel) so that texts and tokens never all meet in one heap.
 */
export class DocumentWorkbench {
  private raws = new Map<string, Raw>();
  // sentences held as the JSON of their packed form: a few bytes a token instead of an object each
  private held = new Map<string, { sentences: string | PackedSentence[]; mentions: Mention[] }>();

  constructor(private readonly keepText: boolean) {}

  read(path: string): ReadOutcome {
    try {
      const raw = readArticle(path);
      this.raws.set(path, raw);
      return readOutcome(path, raw);
    } catch (error) {
      return { ok: false, path, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Cleans, analyses and extracts one document. Returns the failure reason instead when it has no text left. */
  analyse(job: AnalyseJob): Analysis | { failure: string } {
    const raw = this.raws.get(job.path) ?? readArticle(job.path);
    this.raws.delete(job.path);
    const doc = cleanDocument(raw, job.id, new Set(job.repeated));
    if ('reason' in doc) return { failure: doc.reason };
    const analysed = analyse(doc);
    const mentions = extractMentions(doc, analysed);
    const sentences = JSON.stringify(keptSentences(analysed.sentences, mentions).map(packSentence));
    // with a cache, the sentences wait on disk for relate, not in memory
    const kept = job.sentencesFile && writeQuietly(job.sentencesFile, `{"tag":${JSON.stringify(jobTag(job))},"mentions":${JSON.stringify(mentions)},"sentences":${sentences}}`);
    if (!kept) this.held.set(job.id, { sentences, mentions });
    return { document: recordOf(doc, this.keepText), mentions, tokenCount: analysed.tokenCount };
  }

  /** Relates a document analysed here, kept from an earlier build, or else analysed again. */
  relate(job: AnalyseJob, entities: MentionEntities): SentenceFindings[] {
    if (!this.held.has(job.id) && job.sentencesFile) {
      try {
        const kept = JSON.parse(readFileSync(job.sentencesFile, 'utf8')) as { tag: string; mentions: Mention[]; sentences: PackedSentence[] };
        if (kept.tag === jobTag(job)) this.held.set(job.id, { mentions: kept.mentions, sentences: kept.sentences });
      } catch {
        // missing or torn: analyse again below
      }
    }
    if (!this.held.has(job.id)) {
      const again = this.analyse(job);
      if ('failure' in again) throw new Error(`${job.path}: ${again.failure}`);
    }
    const held = this.held.get(job.id)!;
    this.held.delete(job.id);
    const mentions = held.mentions;
    const sentences = (typeof held.sentences === 'string' ? (JSON.parse(held.sentences) as PackedSentence[]) : held.sentences).map(unpackSentence);
    const byId = new Map(mentions.map((m, i) => [m.id, entities[i]]));
    const entityOf: EntityOf = (m) => {
      const e = byId.get(m.id);
      return e ? { id: e[0], entityType: e[1] } : undefined;
    };
    return relateDocument(job.id, sentences, mentions, entityOf);
  }
}

/**
 * The sentences relate needs: those that name something. Tokens are kept only where two or more
 * names stand, since every rule joins two; the others are evidence for what they name.
 */
export function keptSentences(sentences: readonly Sentence[], mentions: readonly Mention[]): Sentence[] {
  const count = new Map<number, number>();
  for (const m of mentions) count.set(m.sentence, (count.get(m.sentence) ?? 0) + 1);
  const out: Sentence[] = [];
  for (const s of sentences) {
    const n = count.get(s.index) ?? 0;
    if (n === 0) continue;
    out.push(n >= 2 ? s : { ...s, tokens: [] });
  }
  return out;
}

export const readBytes = (path: string) => readFileSync(path);

/** A sentence in few bytes: each token as [start - sentence start, length, pos, lemma (a verb's, '' when the lower-case text; '' for other tokens, which have none), kind, space before, text when not the slice]. */
export interface PackedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  tokens: Array<[number, number, string, string, string, 0 | 1] | [number, number, string, string, string, 0 | 1, string]>;
}

export function packSentence(s: Sentence): PackedSentence {
  return {
    index: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
    paragraph: s.paragraph,
    tokens: s.tokens.map((t) => {
      const slice = s.text.slice(t.start - s.start, t.end - s.start);
      const lemma = t.pos !== 'VERB' || t.lemma === slice.toLowerCase() ? '' : t.lemma;
      const packed: [number, number, string, string, string, 0 | 1] = [t.start - s.start, t.end - t.start, t.pos, lemma, t.kind, t.spaceBefore ? 1 : 0];
      return t.text === slice ? packed : [...packed, t.text];
    }),
  };
}

export function unpackSentence(p: PackedSentence): Sentence {
  return {
    index: p.index,
    start: p.start,
    end: p.end,
    text: p.text,
    paragraph: p.paragraph,
    tokens: p.tokens.map(([at, length, pos, lemma, kind, space, written]) => {
      const text = written ?? p.text.slice(at, at + length);
      return { text, start: p.start + at, end: p.start + at + length, pos, lemma: pos === 'VERB' ? lemma || text.toLowerCase() : '', kind, spaceBefore: space === 1 };
    }),
  };
}

/** Writes a cache file; a cache that cannot be written only costs speed. */
function writeQuietly(path: string, text: string): boolean {
  try {
    replaceFile(path, text);
    return true;
  } catch {
    // kept in memory for this build; the next one analyses the document again
    return false;
  }
}
