// Incremental layout: known nodes stay where they were, new ones go beside what they hang on.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { layout } from '../src/graph/layout.js';

const distance = (g: Graph, a: string, b: string) =>
  Math.hypot(g.getNodeAttribute(a, 'x') - g.getNodeAttribute(b, 'x'), g.getNodeAttribute(a, 'y') - g.getNodeAttribute(b, 'y'));

describe('layout from the positions of a previous build', () => {
  // twenty known nodes on a ring of radius 100 around (50, 50), linked in a cycle
  const initial = new Map<string, [number, number]>();
  const graph = () => {
    const g = new Graph();
    for (let i = 0; i < 20; i++) {
      const a = (2 * Math.PI * i) / 20;
      initial.set(`k${i}`, [50 + 100 * Math.cos(a), 50 + 100 * Math.sin(a)]);
      g.addNode(`k${i}`);
    }
    for (let i = 0; i < 20; i++) g.addEdge(`k${i}`, `k${(i + 1) % 20}`);
    // new: a chain hanging on k3, and a pair of new nodes linked to nothing known
    g.addNode('chain1');
    g.addNode('chain2');
    g.addEdge('k3', 'chain1');
    g.addEdge('chain1', 'chain2');
    g.addNode('alone1');
    g.addNode('alone2');
    g.addEdge('alone1', 'alone2');
    return g;
  };

  it('keeps known nodes, grows a chain of new nodes out of its known end, and puts a new cluster just outside the map', () => {
    const g = graph();
    const settings = layout(g, { initial });
    expect(settings).toMatchObject({ iterations: 0, kept: 20 });
    for (const [node, [x, y]] of initial) expect([g.getNodeAttribute(node, 'x'), g.getNodeAttribute(node, 'y')]).toEqual([x, y]);
    expect(distance(g, 'chain1', 'k3')).toBeLessThan(10);
    expect(distance(g, 'chain2', 'chain1')).toBeLessThan(10);
    // the cluster with no known node: outside the ring, but not far beyond it, and held together
    for (const n of ['alone1', 'alone2']) {
      const r = Math.hypot(g.getNodeAttribute(n, 'x') - 50, g.getNodeAttribute(n, 'y') - 50);
      expect(r).toBeGreaterThan(100);
      expect(r).toBeLessThan(140);
    }
    expect(distance(g, 'alone1', 'alone2')).toBeLessThan(10);
  });

  it('places the same graph the same way every time', () => {
    const a = graph();
    const b = graph();
    layout(a, { initial });
    layout(b, { initial });
    a.forEachNode((n, attrs) => expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(n, 'x'), b.getNodeAttribute(n, 'y')]));
  });
});
