// Plain data of the ingest stage: a Document is one article's cleaned text with where it came from.

export type DocumentFormat = 'text' | 'markdown' | 'html';

/** A line taken out of the text as page chrome, with the rule that took it. */
export interface RemovedText {
  text: string;
  rule: string;
}

export interface Document {
  /** File name without extension, made unique within a build. */
  id: string;
  /** The path as found (relative to the working directory when given so). */
  path: string;
  format: DocumentFormat;
  /** The headline, or the first line when none is found. */
  title: string;
  /** ISO date YYYY-MM-DD, when the document states one. */
  date?: string;
  /** The cleaned text: paragraphs separated by "\n". All offsets downstream point into it. */
  text: string;
  /** What clean-up removed, for --debug. */
  removed: RemovedText[];
}

/** A file that could not be turned into a Document. */
export interface IngestFailure {
  path: string;
  reason: string;
}

export interface IngestResult {
  documents: Document[];
  failures: IngestFailure[];
}
