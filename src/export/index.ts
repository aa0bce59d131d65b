// Stage 7, export: the graph to files, each written atomically. json (the output contract) and gexf
// (GEXF 1.3, Gephi and networkx) for now; GraphML and CSV come with the exports issue.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { NewsGraph } from '../graph/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { toGexf } from './gexf.js';
import { toJson } from './json.js';

export { writeFileAtomic } from './atomic-write.js';
export { toGexf, xmlSafe, hexToRgb } from './gexf.js';
export { toJson } from './json.js';

export const FORMATS = ['json', 'gexf'] as const;
export type Format = (typeof FORMATS)[number];

const WRITERS: Record<Format, { file: string; write: (g: NewsGraph) => string }> = {
  json: { file: 'graph.json', write: toJson },
  gexf: { file: 'graph.gexf', write: toGexf },
};

export function parseFormats(value: string): Format[] {
  const out: Format[] = [];
  for (const f of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}"; choose from ${FORMATS.join(', ')}`);
    out.push(f as Format);
  }
  return out;
}

/** Writes the graph in each format into `dir`; returns the paths written. */
export function writeOutputs(graph: NewsGraph, dir: string, formats: readonly Format[] = FORMATS): string[] {
  return formats.map((f) => {
    const path = join(dir, WRITERS[f].file);
    writeFileAtomic(path, WRITERS[f].write(graph));
    return path;
  });
}
