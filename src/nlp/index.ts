// Stage 2, nlp: wink-nlp sentences, tokens and POS over the cleaned text, with two of its faults
// fixed: a line break always ends a sentence (headlines, captions, list lines), and a title
// abbreviation (Maj., Gen., Dr. ...) never does.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document } from '../ingest/types.js';
import type { AnalysedDocument, Sentence, Token } from './types.js';

export type { AnalysedDocument, Sentence, Token } from './types.js';

const nlp = winkNLP(model);
const its = nlp.its;

/** Abbreviations that stand before a name and do not end a sentence. Lower case, without the dot. */
export const TITLE_ABBREVIATIONS = new Set([
  'maj', 'gen', 'adm', 'lt', 'col', 'sgt', 'capt', 'cpt', 'cmdr', 'brig', 'cpl', 'pvt', 'dr', 'mr', 'mrs', 'ms',
  'sen', 'rep', 'gov', 'pres', 'prof', 'rev', 'st', 'hon', 'amb', 'supt', 'insp', 'lieut', 'gens', 'messrs',
]);

/** Sentences and tokens of one paragraph (a line without breaks) starting at `offset`. */
/** Runs of this many characters without a space (base64, minified code) are masked before wink, whose
 * tokenizer takes time quadratic in a token's length; the mask keeps every offset. */
export const MAX_TOKEN_LENGTH = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

function analyseParagraph(text: string, offset: number, paragraph: number, firstIndex: number): Sentence[] {
  const masked = text.length > MAX_TOKEN_LENGTH ? text.replace(LONG_RUN, (run) => ' '.repeat(run.length)) : text;
  const doc = nlp.readDoc(masked);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces as unknown as typeof its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // wink keeps the text losslessly; guard anyway so offsets can never drift
    const found = masked.indexOf(value, at);
    const start = found >= 0 && found - at <= 2 ? found : at;
    tokens.push({
      text: value,
      start: offset + start,
      end: offset + start + value.length,
      pos: pos[i]!,
      lemma: lemmas[i]!,
      kind: kinds[i]!,
      spaceBefore: spaces[i]!.length > 0,
    });
    at = start + value.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // merge a sentence that ends on a title abbreviation ("Maj" ".") with the next one
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const prev = merged[merged.length - 1];
    if (prev && endsWithTitle(tokens, prev)) prev[1] = b;
    else merged.push([a, b]);
  }
  const sentences: Sentence[] = [];
  for (const [a, b] of merged) {
    const toks = joinTitleDots(tokens.slice(a, b + 1));
    if (toks.length === 0) continue;
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    sentences.push({
      index: firstIndex + sentences.length,
      start,
      end,
      text: text.slice(start - offset, end - offset),
      paragraph,
      tokens: toks,
    });
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
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  let tokenCount = 0;
  for (const line of doc.text.split('\n')) {
    if (line.trim()) {
      const ss = analyseParagraph(line, offset, paragraph, sentences.length);
      for (const s of ss) tokenCount += s.tokens.length;
      sentences.push(...ss);
      paragraph++;
    }
    offset += line.length + 1;
  }
  return { docId: doc.id, sentences, tokenCount };
}

/** wink-nlp's bare readDoc on a text, for throughput comparisons. Returns the token count. */
export function bareReadDoc(text: string): number {
  return nlp.readDoc(text).tokens().length();
}
