// Plain data of the nlp stage: sentences and tokens with character offsets into the cleaned text.

export interface Token {
  /** The token as written. */
  text: string;
  /** Offsets in the cleaned document text (end exclusive). */
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADJ, ADP, DET, PUNCT ...). */
  pos: string;
  /** Lower-case lemma of a verb ("meet" for "met"); '' for every other part of speech (relate reads only verbs' lemmas). */
  lemma: string;
  /** wink's token type: word, number, punctuation, ... */
  kind: string;
  /** True when whitespace precedes the token (false inside "al-Assad"). */
  spaceBefore: boolean;
}

export interface Sentence {
  /** Index of the sentence in its document. */
  index: number;
  /** Offsets in the cleaned document text: text.slice(start, end) === sentence text. */
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) the sentence sits in. */
  paragraph: number;
  tokens: Token[];
}

export interface AnalysedDocument {
  docId: string;
  sentences: Sentence[];
  /** Tokens read, for throughput figures. */
  tokenCount: number;
}
