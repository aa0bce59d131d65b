// The time filter: the graph as of a range of publication dates. An entity or claim is in the range
// when a document that names it was published in it; undated documents count when "undated" is on.
import type Graph from 'graphology';

export interface TimeRange {
  from?: string;
  to?: string;
  undated: boolean;
}

export interface Timeline {
  /** Every publication date in the graph, sorted. Empty: the graph has no time. */
  dates: string[];
  /** Is the node or edge in the range? */
  node(node: string, range: TimeRange): boolean;
  edge(edge: string, range: TimeRange): boolean;
}

const within = (d: string, r: TimeRange) => (!r.from || d >= r.from) && (!r.to || d <= r.to);

export function timeline(graph: Graph): Timeline {
  const documents = (graph.getAttribute('documents') as Array<{ id: string; date?: string }> | undefined) ?? [];
  const dateOf = new Map(documents.map((d) => [d.id, d.date]));
  // GEXF carries no documents: then the dates written on nodes and edges are all there is
  const byDocs = documents.length > 0;
  const all = new Set<string>();
  if (byDocs) {
    for (const d of documents) if (d.date) all.add(d.date);
  } else {
    graph.forEachNode((_, a) => (a.dates as string[] | undefined)?.forEach((d) => all.add(d)));
  }
  const dates = [...all].sort();
  const active = (r: TimeRange) => dates.length > 0 && ((!!r.from && r.from > dates[0]!) || (!!r.to && r.to < dates[dates.length - 1]!) || !r.undated);
  const docsIn = (docs: readonly string[], r: TimeRange) =>
    docs.some((doc) => {
      const d = dateOf.get(doc);
      return d ? within(d, r) : r.undated;
    });
  return {
    dates,
    node(node, r) {
      if (!active(r)) return true;
      const a = graph.getNodeAttributes(node);
      if (byDocs) return docsIn((a.docs as string[]) ?? [], r);
      const ds = (a.dates as string[]) ?? [];
      return ds.length ? ds.some((d) => within(d, r)) : r.undated;
    },
    edge(edge, r) {
      if (!active(r)) return true;
      const a = graph.getEdgeAttributes(edge);
      if (byDocs) return docsIn((a.sources as string[]) ?? [], r);
      // a GEXF of Newsgraph lists every date of the edge; one from elsewhere may have only firstSeen/lastSeen
      const ds = (a.dates as string[] | undefined) ?? [];
      if (ds.length) return ds.some((d) => within(d, r));
      if (!a.firstSeen) return r.undated;
      return (!r.to || a.firstSeen <= r.to) && (!r.from || (a.lastSeen ?? a.firstSeen) >= r.from);
    },
  };
}
