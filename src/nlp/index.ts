// Stage 2, nlp: wink-nlp sentences, tokens and POS over the cleaned text, with two of its faults
// fixed: a line break always ends a sentence (headlines, captions, list lines), and a title
// abbreviation (Maj., Gen., Dr. ...) never does.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import type { Document } from '../ingest/types.js';
import { BASE_OF_UNDECOMPOSED } from '../text/fold.js';
import { memo } from '../text/memo.js';
import type { AnalysedDocument, Sentence, Token } from './types.js';

export type { AnalysedDocument, Sentence, Token } from './types.js';

/** The part of wink's core model that remembers words. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}
let lexemes: Lexemes | undefined;
/** Entries of wink's lexicon as shipped, before any word it learnt from a text. */
let shippedSize = 0;
// wink adds every unknown word it reads to its lexicon and, having seen "McDonald's" whole once,
// stops splitting it later: what it makes of a text would depend on the texts read before it. The
// core model is caught here so that each document's unknown words can be forgotten after it (see
// forgetWordsFrom), which makes a document's analysis the same alone, in any order, in any thread.
let instance: ReturnType<typeof winkNLP> | undefined;
/**
 * The annotations Newsgraph reads: sentences and parts of speech (lemmas follow from them). wink's own
 * named entities, negation and sentiment are not used (extract/ finds names its own way), so they are
 * not computed.
 */
const PIPE = ['sbd', 'pos'];
/** wink with its model, loaded on first use: a build whose documents all come from the cache never needs it. */
function wink(): ReturnType<typeof winkNLP> {
  if (instance) return instance;
  // required here, not imported: reading the package and its model costs 40 ms that a build from the cache, or a query, need not pay
  const require = createRequire(import.meta.url);
  const load = require('wink-nlp') as typeof winkNLP;
  const shipped = require('wink-eng-lite-web-model') as typeof model;
  instance = load({
    ...shipped,
    core: () => {
      const core = (shipped as unknown as { core: () => unknown }).core();
      lexemes = (core as unknown as { features: { lexeme: Lexemes } }).features.lexeme;
      shippedSize = lexemes.list.length;
      return core;
    },
  } as typeof model, PIPE);
  return instance;
}

/**
 * Unknown words wink learnt since the lexicon had `size` entries leave its lookup (their slots stay,
 * so tokens keep their values). Only words with a character other than a letter or digit: wink splits
 * those ("McDonald's", "U.S.-led") unless it knows them whole, while a word of letters is one token
 * known or not, so keeping it learnt changes nothing and saves learning it again.
 */
function forgetWordsFrom(size: number): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let i = size; i < list.length; i++) {
    const w = list[i]!;
    if (hash[w] === i && SPLITTABLE.test(w)) delete hash[w];
  }
}
const SPLITTABLE = /[^\p{L}\p{N}]/u;

/** Abbreviations that stand before a name and do not end a sentence. Lower case, without the dot. */
export const TITLE_ABBREVIATIONS = new Set([
  'maj', 'gen', 'adm', 'lt', 'col', 'sgt', 'capt', 'cpt', 'cmdr', 'brig', 'cpl', 'pvt', 'dr', 'mr', 'mrs', 'ms',
  'sen', 'rep', 'gov', 'pres', 'prof', 'rev', 'st', 'hon', 'amb', 'supt', 'insp', 'lieut', 'gens', 'messrs',
]);

/** Sentences and tokens of one paragraph (a line without breaks) starting at `offset`. */
/** Letters of the Latin script beyond Latin-1 (Turkish, Polish, Vietnamese, Romanian ...). */
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/;
const BEYOND_LATIN1_ALL = new RegExp(BEYOND_LATIN1.source, 'g');
/** The base letter of a Latin letter (one character for one, so that offsets stay). */
function baseLetter(c: string): string {
  const base = c.normalize('NFD')[0]!;
  return /[A-Za-z]/.test(base) ? base : BASE_OF_UNDECOMPOSED[c] ?? 'x';
}

/** Runs of this many characters without a space (base64, minified code) are masked before wink, whose
 * tokenizer takes time quadratic in a token's length; the mask keeps every offset. */
export const MAX_TOKEN_LENGTH = 200;
const LONG_RUN = new RegExp(`[^\\s]{${MAX_TOKEN_LENGTH + 1},}`, 'g');

/**
 * Sentences and tokens of a whole text in one wink pass. Offsets are computed from wink's preceding
 * spaces (wink keeps the text losslessly); a sentence is cut wherever a line break stands between two
 * of its tokens, and merged across a title abbreviation ("Maj." "Gen.").
 */
function analyseText(text: string): Sentence[] {
  const longMasked = text.length > MAX_TOKEN_LENGTH ? text.replace(LONG_RUN, (run) => ' '.repeat(run.length)) : text;
  // wink splits words at letters beyond Latin-1 ("Erdo" "ğ" "an", "Bak" "ı" "rhan"): they are read as
  // their base letter, one for one, and every token's text is taken back from the text itself
  const masked = BEYOND_LATIN1.test(longMasked) ? longMasked.replace(BEYOND_LATIN1_ALL, baseLetter) : longMasked;
  const nlp = wink();
  const its = nlp.its;
  const known = lexemes!.list.length;
  let values: string[], pos: string[], spaces: string[], lemmas: string[], kinds: string[], sentenceSpans: Array<[number, number]>;
  try {
    const doc = nlp.readDoc(masked);
    const tokens = doc.tokens();
    values = tokens.out(its.value) as string[];
    pos = tokens.out(its.pos) as string[];
    spaces = tokens.out(its.precedingSpaces as unknown as typeof its.value) as string[];
    // lemmas only for verbs, the one part of speech whose lemma relate reads: a third of wink's output time
    lemmas = [];
    for (let k = 0; k < pos.length; k++) if (pos[k] === 'VERB') lemmas[k] = tokens.itemAt(k).out(its.lemma as unknown as typeof its.value) as string;
    kinds = tokens.out(its.type) as string[];
    sentenceSpans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  } finally {
    // also when wink throws: the next document must not see this one's words
    forgetWordsFrom(known);
  }
  const toks: Token[] = [];
  const breakBefore: boolean[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const space = spaces[i]!;
    at += space.length;
    const value = values[i]!;
    // guard anyway so offsets can never drift
    const found = masked.startsWith(value, at) ? at : masked.indexOf(value, at);
    const start = found >= 0 && found - at <= 2 ? found : at;
    toks.push({ text: masked === text ? value : text.slice(start, start + value.length), start, end: start + value.length, pos: pos[i]!, lemma: lemmas[i] ?? '', kind: kinds[i]!, spaceBefore: space.length > 0 });
    breakBefore.push(space.includes('\n'));
    at = start + value.length;
  }
  // wink's sentences, cut at line breaks (wink gives them as tokens of their own, dropped here)
  const isBreak = (k: number) => kinds[k] === 'tabCRLF' && /[\n\r]/.test(values[k]!);
  const spans: Array<[number, number]> = [];
  for (const [a, b] of sentenceSpans) {
    let from = -1;
    for (let k = a; k <= b; k++) {
      if (isBreak(k) || breakBefore[k]) {
        if (from >= 0) spans.push([from, k - 1]);
        from = isBreak(k) ? -1 : k;
        if (!isBreak(k)) breakBefore[k] = true;
        else if (k + 1 <= b || toks[k + 1]) breakBefore[k + 1] = true;
        continue;
      }
      if (from < 0) from = k;
    }
    if (from >= 0) spans.push([from, b]);
  }
  // merge a sentence that ends on a title abbreviation ("Maj" ".") with the next, on the same line
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const prev = merged[merged.length - 1];
    if (prev && !breakBefore[a] && endsWithTitle(toks, prev)) prev[1] = b;
    else merged.push([a, b]);
  }
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const [a, b] of merged) {
    if (sentences.length && breakBefore[a]) paragraph++;
    const ts = joinTitleDots(toks.slice(a, b + 1).filter((t) => t.kind !== 'tabCRLF'));
    if (ts.length === 0) continue;
    const start = ts[0]!.start;
    const end = ts[ts.length - 1]!.end;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph, tokens: ts });
  }
  return sentences;
}

function endsWithTitle(tokens: Token[], [a, b]: [number, number]): boolean {
  if (b - a < 1) return false;
  const last = tokens[b]!;
  const prev = tokens[b - 1]!;
  return last.text === '.' && !last.spaceBefore && TITLE_ABBREVIATIONS.has(prev.text.toLowerCase());
}

/** "Maj" "." -> "Maj." so that names and titles see one token. */
function joinTitleDots(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.text === '.' && !t.spaceBefore && prev && TITLE_ABBREVIATIONS.has(prev.text.toLowerCase())) {
      out[out.length - 1] = { ...prev, text: `${prev.text}.`, end: t.end, pos: 'PROPN', kind: 'word' };
    } else out.push(t);
  }
  return out;
}

/** Splits a cleaned document into sentences and tokens. Offsets point into `doc.text`. */
export function analyse(doc: Pick<Document, 'id' | 'text'>): AnalysedDocument {
  const sentences = analyseText(doc.text);
  let tokenCount = 0;
  for (const s of sentences) tokenCount += s.tokens.length;
  return { docId: doc.id, sentences, tokenCount };
}

/**
 * Is `word`, in lower case, a word of wink's English lexicon that is no proper noun ("control",
 * "power", "facility"; not "john", "samantha", "washington", "tiuna")? The lexicon is case-sensitive
 * and most given names and foreign words are in it, if at all, capitalised only.
 */
export const isCommonWord = memo((word: string): boolean => {
  const lower = word.toLowerCase();
  const nlp = wink();
  const at = lexemes!.hash[lower];
  if (at === undefined || at >= shippedSize) return false;
  return nlp.readDoc(lower).tokens().itemAt(0).out(nlp.its.pos) !== 'PROPN';
});

/** wink-nlp's bare readDoc on a text, for throughput comparisons. Returns the token count. */
export function bareReadDoc(text: string): number {
  return wink().readDoc(text).tokens().length();
}
