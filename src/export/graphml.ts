// GraphML for yEd, Cytoscape and networkx: declared keys with types, lists joined with "|", the
// evidence as a JSON string, XML-invalid characters stripped, stable order.
import type { KnowledgeGraph } from '../graph/index.js';
import { xmlSafe } from './gexf.js';

const esc = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const list = (xs: unknown) => (Array.isArray(xs) ? xs.map((x) => String(x).replace(/\|/g, '/')).join('|') : '');

const NODE_KEYS: Array<[string, 'string' | 'int' | 'double', (a: Record<string, any>) => unknown]> = [
  ['label', 'string', (a) => a.label],
  ['entityType', 'string', (a) => a.entityType],
  ['aliases', 'string', (a) => list(a.aliases)],
  ['docs', 'string', (a) => list(a.docs)],
  ['mentions', 'int', (a) => a.mentions],
  ['roles', 'string', (a) => list(a.roles)],
  ['dates', 'string', (a) => list(a.dates)],
  ['x', 'double', (a) => a.x],
  ['y', 'double', (a) => a.y],
  ['size', 'double', (a) => a.size],
  ['color', 'string', (a) => a.color],
];
const EDGE_KEYS: Array<[string, 'string' | 'int' | 'double', (a: Record<string, any>) => unknown]> = [
  ['relation', 'string', (a) => a.relation],
  ['weight', 'double', (a) => a.weight],
  ['sources', 'string', (a) => list(a.sources)],
  ['evidence', 'string', (a) => a.evidence?.[0]?.sentence ?? ''],
  ['evidenceJson', 'string', (a) => JSON.stringify(a.evidence ?? [])],
  ['rule', 'string', (a) => a.rule],
  ['firstSeen', 'string', (a) => a.firstSeen],
  ['lastSeen', 'string', (a) => a.lastSeen],
];

function value(type: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (type === 'string') return esc(String(v));
  const n = Number(v);
  if (!Number.isFinite(n)) return undefined;
  return type === 'int' ? String(Math.trunc(n)) : String(n);
}

export function toGraphml(graph: KnowledgeGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`);
  for (const [k, t] of EDGE_KEYS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`);
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  graph.forEachNode((node, a) => {
    out.push(`    <node id="${esc(node)}">`);
    for (const [k, t, get] of NODE_KEYS) {
      const v = value(t, get(a));
      if (v !== undefined) out.push(`      <data key="n_${k}">${v}</data>`);
    }
    out.push('    </node>');
  });
  graph.forEachEdge((edge, a, source, target) => {
    out.push(`    <edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}">`);
    for (const [k, t, get] of EDGE_KEYS) {
      const v = value(t, get(a));
      if (v !== undefined) out.push(`      <data key="e_${k}">${v}</data>`);
    }
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
