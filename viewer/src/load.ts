// Loads a graph from graph.json (graphology's serialised graph, the output contract) or from a GEXF
// file (as written by `newsgraph build` or by Gephi), and fills in what the viewer needs.
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { ENTITY_TYPE_SPECS, RELATION_SPECS, isEntityType, isRelation } from '../../src/ontology';

export type ViewGraph = Graph;

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? v.split('|') : []);

/** Normalises attributes so that JSON and GEXF graphs look the same to the viewer. */
export function normalise(graph: Graph): Graph {
  let i = 0;
  const n = graph.order;
  graph.forEachNode((node, a) => {
    const entityType = isEntityType(a.entityType) ? a.entityType : 'organization';
    const angle = (2 * Math.PI * i++) / Math.max(1, n);
    graph.mergeNodeAttributes(node, {
      label: String(a.label ?? node),
      entityType,
      aliases: asList(a.aliases),
      docs: asList(a.docs),
      roles: asList(a.roles),
      dates: asList(a.dates),
      mentions: Number(a.mentions ?? 1) || 1,
      x: Number.isFinite(a.x) ? a.x : Math.cos(angle) * 100,
      y: Number.isFinite(a.y) ? a.y : Math.sin(angle) * 100,
      size: Number.isFinite(a.size) && a.size > 0 ? a.size : 4,
      color: ENTITY_TYPE_SPECS[entityType].color,
    });
    // sigma reserves `type` for render programs
    if ('type' in a) graph.removeNodeAttribute(node, 'type');
  });
  graph.forEachEdge((edge, a) => {
    const relation = isRelation(a.relation) ? a.relation : 'related_to';
    let evidence = Array.isArray(a.evidence) ? a.evidence : [];
    if (!evidence.length && typeof a.evidenceJson === 'string') {
      try {
        evidence = JSON.parse(a.evidenceJson);
      } catch {
        evidence = [];
      }
    }
    if (!evidence.length && typeof a.evidence === 'string' && a.evidence) evidence = [{ doc: '', sentence: a.evidence, start: 0, end: 0 }];
    const weight = Number(a.weight ?? evidence.length) || 1;
    graph.mergeEdgeAttributes(edge, {
      relation,
      weight,
      evidence,
      sources: asList(a.sources),
      dates: asList(a.dates),
      size: Number.isFinite(a.size) ? a.size : 1 + Math.log2(weight),
      color: RELATION_SPECS[relation].color,
    });
    if ('type' in a) graph.removeEdgeAttribute(edge, 'type');
  });
  return graph;
}

/** Parses the text of a .json or .gexf file. Throws an Error naming the problem. */
export function parseGraph(text: string, name: string): Graph {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    try {
      return normalise(parse(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }));
    } catch (error) {
      throw new Error(`${name}: not a readable GEXF file (${(error as Error).message})`);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new Error(`${name}: not a graph: expected graphology's serialised graph with "nodes" and "edges"`);
  }
  const graph = new Graph({ multi: true, type: 'mixed' });
  graph.import(data as never);
  return normalise(graph);
}

export async function fetchGraph(url: string): Promise<Graph> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
  return parseGraph(await res.text(), url);
}
