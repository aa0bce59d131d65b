// Node positions: a deterministic circle seeds ForceAtlas2 (graphology-layout-forceatlas2), run with
// the settings inferSettings gives for the graph's size, Barnes-Hut above a size threshold.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutOptions {
  /** Iterations; by default chosen from the graph's size. */
  iterations?: number;
  /** Graphs with more nodes than this use the Barnes-Hut approximation. */
  barnesHutAbove: number;
  /**
   * Positions from a previous build. Nodes found here keep them, new nodes start beside their
   * neighbours, and ForceAtlas2 runs only when more than `relayoutAbove` of the nodes are new: a map
   * that does not jump as news comes in, at no layout cost.
   */
  initial?: ReadonlyMap<string, readonly [number, number]>;
  relayoutAbove: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { barnesHutAbove: 500, relayoutAbove: 0.2 };

/** Iterations by graph size: enough to untangle a small graph; the viewer can go on in its worker. */
export function iterationsFor(order: number): number {
  if (order <= 200) return 300;
  if (order <= 1000) return 100;
  if (order <= 5000) return 30;
  if (order <= 20000) return 20;
  return 10;
}

/** Lays the graph out in place; returns the settings used. */
export function layout(graph: Graph, options: Partial<LayoutOptions> = {}): { iterations: number; barnesHutOptimize: boolean; kept?: number } {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const n = graph.order;
  const barnesHutOptimize = n > opts.barnesHutAbove;
  const seed = () => {
    let i = 0;
    graph.forEachNode((node) => {
      const angle = (2 * Math.PI * i) / Math.max(1, n);
      const r = 10 * Math.sqrt(n);
      graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
      i++;
    });
  };
  seed();
  if (opts.initial?.size && opts.iterations === undefined) {
    const kept = placeFrom(graph, opts.initial);
    // mostly known: keep the map; mostly new: lay it out afresh, as a build without a cache would
    if (n - kept <= opts.relayoutAbove * n) return { iterations: 0, barnesHutOptimize, kept };
    seed();
  }
  const iterations = opts.iterations ?? iterationsFor(n);
  if (n > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize, edgeWeightInfluence: 1 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  // round so that the same input gives the same bytes on every platform
  graph.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, { x: round(a.x as number), y: round(a.y as number) });
  });
  return { iterations, barnesHutOptimize };
}

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0);

/** Puts known nodes where they were and each new one beside its placed neighbours; returns how many were known. */
function placeFrom(graph: Graph, initial: ReadonlyMap<string, readonly [number, number]>): number {
  let kept = 0;
  graph.forEachNode((node) => {
    const p = initial.get(node);
    if (!p) return;
    graph.mergeNodeAttributes(node, { x: p[0], y: p[1] });
    kept++;
  });
  graph.forEachNode((node, a) => {
    if (initial.has(node)) return;
    let x = 0;
    let y = 0;
    let k = 0;
    graph.forEachNeighbor(node, (other) => {
      const p = initial.get(other);
      if (p) {
        x += p[0];
        y += p[1];
        k++;
      }
    });
    // a small offset from the id, so that two new nodes with the same neighbours do not sit on each other
    const h = hash(node);
    const r = k ? 1 + (h % 7) : 0;
    const angle = ((h >>> 3) % 360) * (Math.PI / 180);
    if (k) graph.mergeNodeAttributes(node, { x: round(x / k + r * Math.cos(angle)), y: round(y / k + r * Math.sin(angle)) });
    else graph.mergeNodeAttributes(node, { x: round(a.x as number), y: round(a.y as number) });

  });
  return kept;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
