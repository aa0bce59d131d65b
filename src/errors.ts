// The error family of Newsgraph, tested by class, not by text. Messages name the stage, the file or
// value, and the likely fix: "ingest: seeds/003.txt: no text left after removing page chrome".

export class NewsgraphError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A bad input file or path. `path` names it. */
export class InputError extends NewsgraphError {
  constructor(
    readonly path: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: ${message}`, options);
  }
}

/** The ontology data contradicts itself. */
export class OntologyError extends NewsgraphError {}

/** An output could not be written, or a graph could not be exported. */
export class ExportError extends NewsgraphError {}

/** A graph file that is not a Newsgraph graph. */
export class GraphFormatError extends NewsgraphError {}

/** Wrong arguments or options: the caller must change the call. */
export class UsageError extends NewsgraphError {}

/** A name or id that denotes no entity of the graph; `suggestions` are the nearest names. */
export class NotFoundError extends NewsgraphError {
  constructor(
    readonly query: string,
    readonly suggestions: string[],
    readonly ambiguous = false,
  ) {
    const list = suggestions.map((s) => `"${s}"`).join(', ');
    super(ambiguous ? `"${query}" names more than one entity: ${list}; give the full name or the id` : `no entity named "${query}"${suggestions.length ? `; did you mean ${list}?` : ''}`);
  }
}
