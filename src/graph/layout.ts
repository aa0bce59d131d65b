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

/**
 * Puts known nodes where they were and new ones beside their placed neighbours, in rounds, so that a
 * chain of new nodes grows out from the known one it hangs on. A cluster with no known node at all
 * is placed whole just outside the map (at an angle from its nodes' ids), not left on the seed circle
 * across the map. Returns how many nodes were known.
 */
function placeFrom(graph: Graph, initial: ReadonlyMap<string, readonly [number, number]>): number {
  const placed = new Map<string, readonly [number, number]>();
  graph.forEachNode((node) => {
    const p = initial.get(node);
    if (p) placed.set(node, p);
  });
  const kept = placed.size;
  // the map's centre and radius, for clusters that hang on nothing known
  let cx = 0;
  let cy = 0;
  for (const [x, y] of placed.values()) {
    cx += x;
    cy += y;
  }
  cx /= Math.max(1, kept);
  cy /= Math.max(1, kept);
  let radius = 0;
  for (const [x, y] of placed.values()) radius = Math.max(radius, Math.hypot(x - cx, y - cy));
  let pending = graph.filterNodes((node) => !placed.has(node));
  while (pending.length) {
    // one round: every new node with a neighbour placed before the round
    const batch: Array<[string, number, number]> = [];
    for (const node of pending) {
      let x = 0;
      let y = 0;
      let k = 0;
      graph.forEachNeighbor(node, (other) => {
        const p = placed.get(other);
        if (p) {
          x += p[0];
          y += p[1];
          k++;
        }
      });
      if (k) batch.push([node, x / k, y / k]);
    }
    if (batch.length === 0) {
      // a cluster of new nodes only: its first node (in graph order) goes outside the map, the rest follow in later rounds
      const first = pending[0]!;
      const angle = (hash(first) % 360) * (Math.PI / 180);
      const r = radius * 1.1 + 10;
      batch.push([first, cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
    }
    for (const [node, x, y] of batch) {
      // a small offset from the id, so that two new nodes with the same neighbours do not sit on each other
      const h = hash(node);
      const r = 1 + (h % 7);
      const angle = ((h >>> 3) % 360) * (Math.PI / 180);
      placed.set(node, [round(x + r * Math.cos(angle)), round(y + r * Math.sin(angle))]);
    }
    const done = new Set(batch.map(([node]) => node));
    pending = pending.filter((node) => !done.has(node));
  }
  graph.forEachNode((node) => {
    const [x, y] = placed.get(node)!;
    graph.mergeNodeAttributes(node, { x, y });
  });
  return kept;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
