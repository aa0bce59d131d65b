// Reads a graph.json written by `newsgraph build` back into a graph, checking that it is one: a corrupt
// or foreign file gives a GraphFormatError that names the file and what is wrong, not a stack trace.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { GraphFormatError } from '../errors.js';
import { isEntityType, isRelation } from '../ontology.js';
import type { KnowledgeGraph } from './index.js';

export function parseGraphJson(text: string, name = 'graph.json'): KnowledgeGraph {
  let data: any;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFormatError(`${name}: not JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes) || !Array.isArray(data.edges ?? [])) {
    throw new GraphFormatError(`${name}: not a Newsgraph graph: expected graphology's serialised graph with "nodes" and "edges" arrays`);
  }
  for (const n of data.nodes) {
    if (!n || typeof n.key !== 'string' || !isEntityType(n.attributes?.entityType)) {
      throw new GraphFormatError(`${name}: node ${JSON.stringify(n?.key)} has no valid entityType; is this a graph.json written by newsgraph build?`);
    }
  }
  for (const e of data.edges ?? []) {
    if (!isRelation(e?.attributes?.relation)) throw new GraphFormatError(`${name}: edge ${JSON.stringify(e?.key)} has no valid relation`);
  }
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  try {
    graph.import({ ...data, options: { type: 'directed', multi: true, allowSelfLoops: false } });
  } catch (error) {
    throw new GraphFormatError(`${name}: ${(error as Error).message}`);
  }
  return graph;
}

export function readGraphJson(path: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GraphFormatError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseGraphJson(text, path);
}
