// The public API of Newsgraph. Each stage is a function on plain data; only graph/, export/ and
// query/ know graphology.
export { build, DEFAULT_BUILD_OPTIONS, defaultThreads, CACHE_FOLDER, type BuildOptions, type BuildResult, type BuildStats, type DocumentRecord } from './build/index.js';
export { ingest, findFiles, stripChrome, type Document, type IngestFailure, type IngestResult } from './ingest/index.js';
export { analyse, type AnalysedDocument, type Sentence, type Token } from './nlp/index.js';
export { extractMentions, type Mention } from './extract/index.js';
export { resolve, type Entity, type ResolveResult } from './resolve/index.js';
export { relate, relateDocument, combineFindings, type Claim, type Evidence, type SentenceFindings } from './relate/index.js';
export { buildGraph, layout, type KnowledgeGraph } from './graph/index.js';
export { writeOutputs, exportGraph, toGexf, toGraphml, toCsv, toJson, FORMATS, type Format } from './export/index.js';
export { readGraphJson, parseGraphJson } from './graph/load.js';
export { loadGraph, NewsGraph, type EntityRef, type Link, type Neighbor, type NeighborOptions, type PathStep, type Paths, type Community, type Ranked, type SubgraphOptions, type Found } from './query/index.js';
export * from './ontology.js';
export type * from './contract.js';
export * from './errors.js';
