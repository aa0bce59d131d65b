// Node positions: a deterministic circle seeds ForceAtlas2 (graphology-layout-forceatlas2), run with
// the settings inferSettings gives for the graph's size, Barnes-Hut above a size threshold.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutOptions {
  /** Iterations; by default chosen from the graph's size. */
  iterations?: number;
  /** Graphs with more nodes than this use the Barnes-Hut approximation. */
  barnesHutAbove: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { barnesHutAbove: 500 };

/** Iterations by graph size: enough to untangle a small graph; the viewer can go on in its worker. */
export function iterationsFor(order: number): number {
  if (order <= 200) return 300;
  if (order <= 1000) return 100;
  if (order <= 5000) return 30;
  if (order <= 20000) return 20;
  return 10;
}

/** Lays the graph out in place; returns the settings used. */
export function layout(graph: Graph, options: Partial<LayoutOptions> = {}): { iterations: number; barnesHutOptimize: boolean } {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const n = graph.order;
  let i = 0;
  graph.forEachNode((node) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const r = 10 * Math.sqrt(n);
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    i++;
  });
  const iterations = opts.iterations ?? iterationsFor(n);
  const barnesHutOptimize = n > opts.barnesHutAbove;
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
