// GEXF 1.3 for Gephi and networkx, through graphology-gexf with the pitfalls of ../shared/gexf/README.md
// avoided: version 1.3 (the default 1.2 has a broken viz namespace), pedantic graph attributes, rgb()
// colours (networkx crashes on hex), lists as '|'-joined strings and evidence as a JSON string
// (list types lose commas and crash networkx), and XML-invalid characters stripped from every string.
import { write } from 'graphology-gexf';
import type { KnowledgeGraph } from '../graph/index.js';

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// lone surrogates are not XML characters either
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(INVALID_XML, '').replace(LONE_SURROGATE, '');
}

const list = (xs: readonly string[]) => xmlSafe(xs.map((x) => x.replace(/\|/g, '/')).join('|'));

/** '#e69f00' -> 'rgb(230,159,0)'. */
export function hexToRgb(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 'rgb(128,128,128)';
  return `rgb(${parseInt(m[1]!, 16)},${parseInt(m[2]!, 16)},${parseInt(m[3]!, 16)})`;
}

const finite = (v: unknown, fallback = 0) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** A copy whose node and edge keys are XML characters only; a cleaned key that collides gets a suffix. */
function withSafeKeys(graph: KnowledgeGraph): KnowledgeGraph {
  const clean = (k: string) => xmlSafe(k) || '_';
  if (graph.everyNode((n) => clean(n) === n) && graph.everyEdge((e) => clean(e) === e)) return graph.copy();
  const copy: KnowledgeGraph = graph.nullCopy();
  const used = new Set<string>();
  const unique = (k: string) => {
    let key = clean(k);
    for (let n = 2; used.has(key); n++) key = `${clean(k)}-${n}`;
    used.add(key);
    return key;
  };
  const nodeKey = new Map<string, string>();
  graph.forEachNode((n, a) => {
    nodeKey.set(n, unique(n));
    copy.addNode(nodeKey.get(n)!, a);
  });
  const edgeKeys = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    let key = clean(e);
    for (let n = 2; edgeKeys.has(key); n++) key = `${clean(e)}-${n}`;
    edgeKeys.add(key);
    copy.addDirectedEdgeWithKey(key, nodeKey.get(s)!, nodeKey.get(t)!, a);
  });
  return copy;
}

export function toGexf(graph: KnowledgeGraph): string {
  const documents = graph.getAttribute('documents') ?? [];
  const safeGraph = withSafeKeys(graph);
  safeGraph.replaceAttributes({
    creator: 'Newsgraph',
    description: xmlSafe(`Knowledge graph of ${documents.length} news articles: entities (entityType) and the claims that link them (relation), with evidence.`),
  } as never);
  return write(safeGraph as never, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key: string, a: Record<string, unknown>) => ({
      label: xmlSafe(String(a.label ?? '')),
      attributes: {
        entityType: String(a.entityType),
        aliases: list((a.aliases as string[]) ?? []),
        docs: list((a.docs as string[]) ?? []),
        mentions: Math.trunc(finite(a.mentions)),
        roles: list((a.roles as string[]) ?? []),
        dates: list((a.dates as string[]) ?? []),
      },
      viz: {
        color: hexToRgb(String(a.color ?? '')),
        size: Math.max(0, finite(a.size, 1)),
        x: finite(a.x),
        y: finite(a.y),
      },
    }),
    formatEdge: (_key: string, a: Record<string, unknown>) => {
      const evidence = (a.evidence as Array<{ sentence: string }>) ?? [];
      return {
        weight: finite(a.weight, 1),
        attributes: {
          relation: String(a.relation),
          sources: list((a.sources as string[]) ?? []),
          evidence: xmlSafe(evidence[0]?.sentence ?? ''),
          evidenceJson: xmlSafe(JSON.stringify(evidence)),
          rule: xmlSafe(String(a.rule ?? '')),
          ...(a.firstSeen ? { firstSeen: String(a.firstSeen), lastSeen: String(a.lastSeen) } : {}),
        },
        viz: { color: hexToRgb(String(a.color ?? '')), thickness: Math.max(0, finite(a.size, 1)) },
      };
    },
  } as never);
}
