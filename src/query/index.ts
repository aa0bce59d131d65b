// Queries on a built graph: the typed API behind `newsgraph query`. Built on graphology's standard
// library (shortest paths, simple paths, metrics, Louvain), not on algorithms of its own.
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { subgraph as induced } from 'graphology-operators';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { allSimplePaths } from 'graphology-simple-path';
import Graph from 'graphology';
import type { DocumentInfo, EvidenceRef } from '../contract.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { readGraphJson } from '../graph/load.js';
import type { EntityType, Relation } from '../ontology.js';
import { NameIndex, type Found } from './find.js';
import { seededRandom } from '../random.js';

export type { Found } from './find.js';

export interface EntityRef {
  id: string;
  label: string;
  entityType: EntityType;
}

export interface Link {
  /** The edge key: `source->target:relation`. */
  edge: string;
  source: EntityRef;
  target: EntityRef;
  relation: Relation;
  weight: number;
  evidence: EvidenceRef[];
  sources: string[];
}

export interface Neighbor extends Link {
  /** The entity at the other end. */
  entity: EntityRef;
  /** out: the entity is the source of the edge; in: the target. */
  direction: 'out' | 'in';
}

export interface NeighborOptions {
  relation?: Relation | Relation[];
  direction: 'out' | 'in' | 'both';
  entityType?: EntityType | EntityType[];
  minWeight: number;
}

export const DEFAULT_NEIGHBOR_OPTIONS: NeighborOptions = { direction: 'both', minWeight: 1 };

export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  /** The relations of the edges joining the two, strongest first. */
  relations: Relation[];
  edges: string[];
}

export interface Paths {
  shortest: PathStep[] | null;
  all: PathStep[][];
}

export interface Community {
  /** Named by its most central entity (highest degree). */
  name: string;
  size: number;
  members: EntityRef[];
}

export interface Ranked extends EntityRef {
  score: number;
}

export interface SubgraphOptions {
  entityType?: EntityType | EntityType[];
  relation?: Relation | Relation[];
  minWeight?: number;
  docs?: string[];
}

/** The longest path `paths` lists, and how many paths at most. */
export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 1000;

const asSet = <T>(v: T | T[] | undefined) => (v === undefined ? undefined : new Set(Array.isArray(v) ? v : [v]));

/** A built Newsgraph graph with queries. Entities may be given by id or by any spelling of a name. */
export class NewsGraph {
  readonly graph: KnowledgeGraph;
  private names?: NameIndex;
  private undirected?: Graph;

  constructor(graph: KnowledgeGraph) {
    this.graph = graph;
  }

  private ref(id: string): EntityRef {
    const a = this.graph.getNodeAttributes(id);
    return { id, label: a.label, entityType: a.entityType };
  }

  private link(edge: string): Link {
    const g = this.graph;
    const a = g.getEdgeAttributes(edge);
    return { edge, source: this.ref(g.source(edge)), target: this.ref(g.target(edge)), relation: a.relation, weight: a.weight, evidence: a.evidence, sources: a.sources };
  }

  /** Entities whose names match, best first: any alias, transliteration variants and small typos. */
  find(name: string, limit = 10): Found[] {
    this.names ??= new NameIndex(this.graph);
    return this.names.find(name, limit);
  }

  /**
   * The entity an id or a name denotes. Throws NotFoundError with "did you mean" suggestions when none
   * does, or when the name is ambiguous between equally good matches.
   */
  entity(idOrName: string): EntityRef {
    if (this.graph.hasNode(idOrName)) return this.ref(idOrName);
    const hits = this.find(idOrName, 5);
    const best = hits[0];
    // two entities that match equally well ("Hassan" for two men named so): ask which
    const tied = hits.filter((h) => best && h.score === best.score);
    const good = !!best && best.score >= 0.6;
    if (good && tied.length === 1) return this.ref(best!.id);
    throw new NotFoundError(idOrName, (good ? tied : hits).map((h) => h.label), good);
  }

  neighbors(entity: string, options: Partial<NeighborOptions> = {}): Neighbor[] {
    const opts = { ...DEFAULT_NEIGHBOR_OPTIONS, ...options };
    const id = this.entity(entity).id;
    const relations = asSet(opts.relation);
    const types = asSet(opts.entityType);
    const edges =
      opts.direction === 'out' ? this.graph.outEdges(id) : opts.direction === 'in' ? this.graph.inEdges(id) : this.graph.edges(id);
    const out: Neighbor[] = [];
    for (const edge of edges) {
      const l = this.link(edge);
      const outward = l.source.id === id;
      const other = outward ? l.target : l.source;
      if (relations && !relations.has(l.relation)) continue;
      if (types && !types.has(other.entityType)) continue;
      if (l.weight < opts.minWeight) continue;
      out.push({ ...l, entity: other, direction: outward ? 'out' : 'in' });
    }
    return out.sort((x, y) => y.weight - x.weight || (x.edge < y.edge ? -1 : 1));
  }

  /** The edges joining two entities, in either direction, with their evidence. */
  between(a: string, b: string): Link[] {
    const x = this.entity(a).id;
    const y = this.entity(b).id;
    return [...new Set([...this.graph.edges(x, y), ...this.graph.edges(y, x)])].map((e) => this.link(e)).sort((p, q) => q.weight - p.weight || (p.edge < q.edge ? -1 : 1));
  }

  /** An undirected simple view for paths and communities (claims connect both ways). */
  private connectivity(): Graph {
    if (!this.undirected) {
      const u = new Graph({ type: 'undirected' });
      this.graph.forEachNode((n) => u.addNode(n));
      this.graph.forEachEdge((_e, a, s, t) => {
        if (u.hasEdge(s, t)) u.updateEdgeAttribute(s, t, 'weight', (w: number) => w + a.weight);
        else u.addEdge(s, t, { weight: a.weight });
      });
      this.undirected = u;
    }
    return this.undirected;
  }

  private step(from: string, to: string): PathStep {
    const edges = [...new Set([...this.graph.edges(from, to), ...this.graph.edges(to, from)])].sort((p, q) => this.graph.getEdgeAttribute(q, 'weight') - this.graph.getEdgeAttribute(p, 'weight'));
    return { from: this.ref(from), to: this.ref(to), relations: [...new Set(edges.map((e) => this.graph.getEdgeAttribute(e, 'relation')))], edges };
  }

  /**
   * The shortest path between two entities and every simple path of 1 to `maxLength` edges (at most
   * MAX_PATH_LENGTH; the number of paths grows exponentially with it), at most MAX_PATHS of them.
   */
  paths(a: string, b: string, options: { maxLength?: number } = {}): Paths {
    const maxLength = options.maxLength ?? 3;
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
      throw new UsageError(`paths: maxLength must be a whole number from 1 to ${MAX_PATH_LENGTH}, not ${maxLength}`);
    }
    const x = this.entity(a).id;
    const y = this.entity(b).id;
    const u = this.connectivity();
    const toSteps = (nodes: string[]) => nodes.slice(1).map((n, i) => this.step(nodes[i]!, n));
    if (x === y) return { shortest: [], all: [] };
    const shortest = bidirectional(u, x, y);
    const all = allSimplePaths(u, x, y, { maxDepth: maxLength })
      .sort((p, q) => p.length - q.length || (p.join() < q.join() ? -1 : 1))
      .slice(0, MAX_PATHS)
      .map(toSteps);
    return { shortest: shortest ? toSteps(shortest) : null, all };
  }

  /** The subgraph within `radius` steps of an entity, as a graph that exports like any other. */
  ego(entity: string, radius = 1): KnowledgeGraph {
    const start = this.entity(entity).id;
    const seen = new Set([start]);
    let frontier = [start];
    for (let r = 0; r < radius; r++) {
      const next: string[] = [];
      for (const n of frontier) for (const m of this.graph.neighbors(n)) if (!seen.has(m)) seen.add(m), next.push(m);
      frontier = next;
    }
    const sub = induced(this.graph, [...seen]) as KnowledgeGraph;
    return withOwnDocuments(sub);
  }

  /** Entities ranked by degree (distinct neighbours), PageRank or betweenness centrality. */
  rank(options: { by?: 'degree' | 'pagerank' | 'betweenness'; limit?: number } = {}): Ranked[] {
    const by = options.by ?? 'degree';
    const limit = options.limit ?? 20;
    if (limit <= 0) return [];
    const u = this.connectivity();
    let score: (n: string) => number;
    if (by === 'degree') score = (n) => u.degree(n);
    else {
      const scores = by === 'pagerank' ? pagerank(u, { getEdgeWeight: 'weight' }) : betweenness(u, { normalized: true });
      score = (n) => scores[n] ?? 0;
    }
    // keep the best `limit` in a small sorted list instead of sorting every node
    const best: Array<{ id: string; score: number }> = [];
    const before = (x: { id: string; score: number }, y: { id: string; score: number }) => x.score > y.score || (x.score === y.score && x.id < y.id);
    u.forEachNode((id) => {
      const item = { id, score: score(id) };
      if (best.length === limit && !before(item, best[limit - 1]!)) return;
      let k = best.length;
      while (k > 0 && before(item, best[k - 1]!)) k--;
      best.splice(k, 0, item);
      if (best.length > limit) best.pop();
    });
    return best.map(({ id, score: s }) => ({ ...this.ref(id), score: Math.round(s * 1e6) / 1e6 }));
  }

  /** Louvain communities of the undirected graph, each named by its most central entity. Seeded: stable. */
  communities(options: { seed?: number; resolution?: number } = {}): Community[] {
    const u = this.connectivity();
    if (u.size === 0) return [];
    const assignment = louvain(u, { rng: seededRandom(options.seed ?? 1), resolution: options.resolution ?? 1, getEdgeWeight: 'weight' });
    const groups = new Map<number, string[]>();
    for (const [node, c] of Object.entries(assignment)) groups.set(c, [...(groups.get(c) ?? []), node]);
    return [...groups.values()]
      .map((nodes) => {
        const members = nodes.map((n) => this.ref(n)).sort((x, y) => u.degree(y.id) - u.degree(x.id) || (x.id < y.id ? -1 : 1));
        return { name: members[0]!.label, size: members.length, members };
      })
      .sort((x, y) => y.size - x.size || (x.name < y.name ? -1 : 1));
  }

  /** The documents that mention an entity. */
  documents(entity: string): DocumentInfo[] {
    const docs = new Set(this.graph.getNodeAttribute(this.entity(entity).id, 'docs'));
    return (this.graph.getAttribute('documents') ?? []).filter((d) => docs.has(d.id));
  }

  /** The entities a document mentions, most mentioned first. */
  entities(doc: string): EntityRef[] {
    return this.graph
      .filterNodes((_, a) => a.docs.includes(doc))
      .map((n) => this.ref(n))
      .sort((x, y) => this.graph.getNodeAttribute(y.id, 'mentions') - this.graph.getNodeAttribute(x.id, 'mentions') || (x.id < y.id ? -1 : 1));
  }

  /** The part of the graph with the given entity types, relations, minimum weight and documents. */
  subgraph(options: SubgraphOptions = {}): KnowledgeGraph {
    const types = asSet(options.entityType);
    const relations = asSet(options.relation);
    const docs = asSet(options.docs);
    const g = this.graph;
    const sub: KnowledgeGraph = g.nullCopy();
    g.forEachNode((n, a) => {
      if ((!types || types.has(a.entityType)) && (!docs || a.docs.some((d) => docs.has(d)))) sub.addNode(n, a);
    });
    const minWeight = options.minWeight ?? 1;
    g.forEachEdge((e, a, source, target) => {
      if (relations && !relations.has(a.relation)) return;
      if (a.weight < minWeight || !sub.hasNode(source) || !sub.hasNode(target)) return;
      if (docs && !a.sources.some((d) => docs.has(d))) return;
      sub.addDirectedEdgeWithKey(e, source, target, a);
    });
    return withOwnDocuments(sub);
  }
}

/** A part of a graph lists only the documents its entities are mentioned in. */
function withOwnDocuments(sub: KnowledgeGraph): KnowledgeGraph {
  const cited = new Set(sub.reduceNodes((acc: string[], _n, a) => acc.concat(a.docs), []));
  const documents = sub.getAttribute('documents');
  if (documents) sub.setAttribute('documents', documents.filter((d) => cited.has(d.id)));
  return sub;
}

/** Reads a graph.json written by `newsgraph build`. Throws GraphFormatError for anything else. */
export function loadGraph(path: string): NewsGraph {
  return new NewsGraph(readGraphJson(path));
}
