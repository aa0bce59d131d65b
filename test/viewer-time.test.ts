// The viewer's time filter on the graph as each export carries it: graph.json (with its documents)
// and GEXF (no documents: the dates written on nodes and edges).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it, vi } from 'vitest';
import { build } from '../src/build/index.js';
import { toGexf } from '../src/export/gexf.js';
import { toJson } from '../src/export/json.js';
import { timeline } from '../viewer/src/time.js';
import { normalise } from '../viewer/src/load.js';

// the viewer's loader imports graphology-gexf's browser parser (it needs the browser's DOMParser);
// in Node the same library's Node parser stands in
vi.mock('graphology-gexf/browser', () => import('graphology-gexf'));

describe('the time filter of the viewer', () => {
  it('hides an edge in a month between two it was seen in, from graph.json and from GEXF alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-time-gap-'));
    writeFileSync(join(dir, 'a.txt'), 'Talks open\nPublished 5 January 2024\nQatar hosted talks between Hamas and Israel in Doha on Sunday.');
    writeFileSync(join(dir, 'b.txt'), 'Talks stall\nPublished 10 February 2024\nEgypt said the talks had stalled.');
    writeFileSync(join(dir, 'c.txt'), 'Talks resume\nPublished 5 March 2024\nQatar hosted talks between Hamas and Israel in Doha again.');
    const { graph } = await build([dir]);
    const gap = graph.edges().find((e) => graph.getEdgeAttribute(e, 'sources').join() === 'a,c');
    expect(gap, 'an edge seen in January and March only').toBeDefined();
    const [source, target, relation] = [graph.source(gap!), graph.target(gap!), graph.getEdgeAttribute(gap!, 'relation')];
    const february = { from: '2024-02-01', to: '2024-02-29', undated: false };
    const march = { from: '2024-03-01', to: '2024-03-31', undated: false };
    const fromJson = new Graph({ multi: true, type: 'mixed' });
    fromJson.import(JSON.parse(toJson(graph)));
    const fromGexf = parse(Graph, toGexf(graph), { addMissingNodes: true, allowUndeclaredAttributes: true });
    for (const [name, g] of [['graph.json', normalise(fromJson)], ['GEXF', normalise(fromGexf)]] as const) {
      const t = timeline(g);
      expect(t.dates, name).toEqual(['2024-01-05', '2024-02-10', '2024-03-05']);
      const edge = g.edges(source, target).find((e) => g.getEdgeAttribute(e, 'relation') === relation)!;
      expect(edge, name).toBeDefined();
      expect(t.edge(edge, february), name).toBe(false);
      expect(t.edge(edge, march), name).toBe(true);
      expect(t.node('egypt', february), name).toBe(true);
      expect(t.node('egypt', march), name).toBe(false);
    }
  });
});
