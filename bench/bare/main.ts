// The baseline of the render benchmark: the least a page can do to show a graph.json with sigma.
import Graph from 'graphology';
import Sigma from 'sigma';

const t0 = performance.now();
const data = await (await fetch('graph.json')).json();
const graph = new Graph({ multi: true, type: 'directed' });
graph.import(data);
const renderer = new Sigma(graph, document.getElementById('graph')!);
renderer.once('afterRender', () => {
  document.body.dataset.rendered = String(performance.now() - t0);
});
renderer.refresh();
