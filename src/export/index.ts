// Stage 7, export: the graph to files, each written atomically. json (the output contract), gexf
// (GEXF 1.3 for Gephi and networkx), graphml (yEd, Cytoscape, networkx) and csv (nodes.csv and
// edges.csv for neo4j-admin import).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { toCsv } from './csv.js';
import { gexfChunks, toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { jsonChunks, toJson } from './json.js';

export { writeFileAtomic } from './atomic-write.js';
export { toGexf, gexfChunks, xmlSafe, hexToRgb } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toCsv, NODE_HEADER, EDGE_HEADER, ARRAY_DELIMITER } from './csv.js';
export { toJson, jsonChunks } from './json.js';

export const FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
export const DEFAULT_FORMATS: Format[] = ['json', 'gexf'];

/** The files each format writes into a folder, and their contents (large ones as pieces, written one by one). */
export function render(graph: KnowledgeGraph, format: Format): Array<[string, string | Iterable<string>]> {
  switch (format) {
    case 'json':
      return [['graph.json', { [Symbol.iterator]: () => jsonChunks(graph) }]];
    case 'gexf':
      return [['graph.gexf', { [Symbol.iterator]: () => gexfChunks(graph) }]];
    case 'graphml':
      return [['graph.graphml', toGraphml(graph)]];
    case 'csv': {
      const { nodes, edges } = toCsv(graph);
      return [
        ['nodes.csv', nodes],
        ['edges.csv', edges],
      ];
    }
  }
}

export function parseFormats(value: string): Format[] {
  const out: Format[] = [];
  for (const f of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}"; choose from ${FORMATS.join(', ')}`);
    out.push(f as Format);
  }
  if (!out.length) throw new UsageError(`no format given; choose from ${FORMATS.join(', ')}`);
  return out;
}

/** Writes the graph in each format into `dir`; returns the paths written. */
export function writeOutputs(graph: KnowledgeGraph, dir: string, formats: readonly Format[] = DEFAULT_FORMATS): string[] {
  const written: string[] = [];
  for (const f of formats) {
    for (const [file, text] of render(graph, f)) {
      const path = join(dir, file);
      writeFileAtomic(path, text);
      written.push(path);
    }
  }
  return written;
}

/**
 * Writes one format to `out`: a file path for json, gexf and graphml (a folder gets the default file
 * name), a folder for csv. Returns the paths written.
 */
export function exportGraph(graph: KnowledgeGraph, format: Format, out: string): string[] {
  const files = render(graph, format);
  const isDir = format === 'csv' || (existsSync(out) && statSync(out).isDirectory());
  const paths = files.map(([file]) => (isDir ? join(out, file) : out));
  files.forEach(([, text], i) => writeFileAtomic(paths[i]!, text));
  return paths;
}
