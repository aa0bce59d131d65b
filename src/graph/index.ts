// Stage 6, graph: entities and claims into a graphology graph with the attributes of the output
// contract (src/contract.ts), sized by mentions, coloured by entity type, laid out by ForceAtlas2.
import Graph from 'graphology';
import type { DocumentInfo, EdgeAttributes, GraphAttributes, NodeAttributes } from '../contract.js';
import { ENTITY_TYPE_SPECS, RELATION_SPECS } from '../ontology.js';
import type { Claim } from '../relate/types.js';
import type { Entity } from '../resolve/types.js';
import { layout, type LayoutOptions } from './layout.js';

export { layout, iterationsFor, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from './layout.js';

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphOptions {
  /** Layout options, or false to leave nodes at the origin (lay out later with applyLayout). */
  layout: Partial<LayoutOptions> | false;
  version: string;
}

export const DEFAULT_GRAPH_OPTIONS: GraphOptions = { layout: {}, version: '0.0.0' };

export const nodeSize = (mentions: number) => Math.round((3 + 2.5 * Math.sqrt(mentions)) * 100) / 100;
export const edgeSize = (weight: number) => Math.round((1 + Math.log2(weight)) * 100) / 100;

/** The key of an edge: stable from run to run, so that exports diff cleanly. */
export const edgeKey = (c: Pick<Claim, 'source' | 'target' | 'relation'>) => `${c.source}->${c.target}:${c.relation}`;

export function buildGraph(
  documents: DocumentInfo[],
  entities: readonly Entity[],
  claims: readonly Claim[],
  options: Partial<GraphOptions> = {},
): KnowledgeGraph {
  const opts = { ...DEFAULT_GRAPH_OPTIONS, ...options };
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const dateOf = new Map(documents.filter((d) => d.date).map((d) => [d.id, d.date!]));
  const datesOf = (docs: readonly string[]) => [...new Set(docs.map((d) => dateOf.get(d)).filter((d): d is string => !!d))].sort();
  for (const e of [...entities].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    graph.addNode(e.id, {
      label: e.label,
      entityType: e.entityType,
      aliases: e.aliases,
      docs: e.docs,
      mentions: e.mentions,
      roles: e.roles,
      dates: datesOf(e.docs),
      x: 0,
      y: 0,
      size: nodeSize(e.mentions),
      color: ENTITY_TYPE_SPECS[e.entityType].color,
    });
  }
  const sortedClaims = [...claims].sort((a, b) => (edgeKey(a) < edgeKey(b) ? -1 : 1));
  for (const c of sortedClaims) {
    if (!graph.hasNode(c.source) || !graph.hasNode(c.target) || c.source === c.target) continue;
    const seen = new Set<string>();
    const evidence = c.evidence
      .filter((e) => {
        const k = `${e.doc}:${e.start}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      // relate's evidence objects have the contract's shape already: shared, not copied, unless a trigger is empty
      .map((e) => ('trigger' in e && !e.trigger ? { doc: e.doc, sentence: e.sentence, start: e.start, end: e.end } : e));
    const weight = evidence.length;
    const sources = [...new Set(evidence.map((e) => e.doc))].sort();
    const dated = datesOf(sources);
    graph.addDirectedEdgeWithKey(edgeKey(c), c.source, c.target, {
      relation: c.relation,
      weight,
      evidence,
      sources,
      rule: c.rule,
      ...(dated.length ? { firstSeen: dated[0], lastSeen: dated[dated.length - 1] } : {}),
      size: edgeSize(weight),
      color: RELATION_SPECS[c.relation].color,
    });
  }
  graph.replaceAttributes({
    name: 'Newsgraph',
    documents,
    settings: { tool: 'newsgraph', version: opts.version, layout: { iterations: 0, barnesHutOptimize: false } },
  });
  if (opts.layout) applyLayout(graph, opts.layout);
  return graph;
}

/** Lays the graph out and records the settings used in its attributes. */
export function applyLayout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): void {
  const settings = layout(graph, options);
  graph.setAttribute('settings', { ...graph.getAttribute('settings'), layout: settings });
}
