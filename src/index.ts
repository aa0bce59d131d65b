// The public API of Newsgraph. Each stage is a function on plain data; only graph/, export/ and
// query/ know graphology.
export { build, DEFAULT_BUILD_OPTIONS, type BuildOptions, type BuildResult } from './build.js';
export { ingest, findFiles, stripChrome, type Document, type IngestFailure, type IngestResult } from './ingest/index.js';
export { analyse, type AnalysedDocument, type Sentence, type Token } from './nlp/index.js';
export { extractMentions, type Mention } from './extract/index.js';
export { resolve, type Entity, type ResolveResult } from './resolve/index.js';
export { relate, type Claim, type Evidence } from './relate/index.js';
export { buildGraph, layout, type NewsGraph } from './graph/index.js';
export { writeOutputs, toGexf, toJson, FORMATS, type Format } from './export/index.js';
export * from './ontology.js';
export type * from './contract.js';
export * from './errors.js';
