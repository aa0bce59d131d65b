// GEXF 1.3 for Gephi, Gephi Lite and networkx, written directly as text. graphology-gexf's writer
// cannot write spells (time), and took a second for a 20 MB file; the structure here is the one it
// wrote, with the pitfalls of ../shared/gexf/README.md avoided: version 1.3, rgb colours (networkx
// crashes on hex), lists as '|'-joined strings and evidence as a JSON string (list types lose commas
// and crash networkx), XML-invalid characters stripped from every string. When documents carry
// dates the graph is dynamic: each node and edge has one spell per date it was seen on, so Gephi's
// timeline plays the story.
import type { DocumentInfo, EdgeAttributes, NodeAttributes } from '../contract.js';
import type { KnowledgeGraph } from '../graph/index.js';

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// lone surrogates are not XML characters either
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(INVALID_XML, '').replace(LONE_SURROGATE, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
/** A string as an XML attribute value: safe characters, escaped, line breaks kept. */
const attr = (s: string) => (ANY_SPECIAL.test(s) ? xmlSafe(s).replace(/[&<>"\n\r\t]/g, (c) => ESCAPES[c]!) : s);
const ANY_SPECIAL = /[\u0000-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

const list = (xs: readonly string[] | undefined) => (xs ?? []).map((x) => x.replace(/\|/g, '/')).join('|');

/** '#e69f00' -> [230, 159, 0]. */
function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [128, 128, 128];
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** '#e69f00' -> 'rgb(230,159,0)'. */
export function hexToRgb(hex: string): string {
  return `rgb(${rgb(hex).join(',')})`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const finite = (v: unknown, fallback = 0) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const num = (v: number) => String(v);

const NODE_ATTRIBUTES: Array<[string, 'string' | 'integer']> = [
  ['entityType', 'string'],
  ['aliases', 'string'],
  ['docs', 'string'],
  ['mentions', 'integer'],
  ['roles', 'string'],
  ['dates', 'string'],
];
const EDGE_ATTRIBUTES: Array<[string, 'string']> = [
  ['relation', 'string'],
  ['sources', 'string'],
  ['evidence', 'string'],
  ['evidenceJson', 'string'],
  ['rule', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['dates', 'string'],
];

/** Node and edge ids made of XML characters only; a cleaned id that collides gets a suffix. */
function safeIds(keys: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const k of keys) {
    const clean = xmlSafe(k) || '_';
    let key = clean;
    for (let n = 2; used.has(key); n++) key = `${clean}-${n}`;
    used.add(key);
    out.set(k, key);
  }
  return out;
}

function attvalues(out: string[], values: Array<[string, string]>) {
  const present = values.filter(([, v]) => v !== '');
  if (!present.length) return;
  out.push('        <attvalues>');
  for (const [k, v] of present) out.push(`          <attvalue for="${k}" value="${attr(v)}"/>`);
  out.push('        </attvalues>');
}

function spells(out: string[], dates: readonly string[]) {
  if (!dates.length) return;
  out.push('        <spells>');
  for (const d of dates) out.push(`          <spell start="${d}" end="${d}"/>`);
  out.push('        </spells>');
}

export function toGexf(graph: KnowledgeGraph): string {
  return [...gexfChunks(graph)].join('');
}

/** The GEXF text in pieces of about `perChunk` lines, so that a large graph is never one string. */
export function* gexfChunks(graph: KnowledgeGraph, perChunk = 20_000): Generator<string> {
  const documents = (graph.getAttribute('documents') ?? []) as DocumentInfo[];
  const dateOf = new Map(documents.filter((d) => d.date && ISO_DATE.test(d.date)).map((d) => [d.id, d.date!]));
  const dynamic = dateOf.size > 0;
  const datesOf = (docs: readonly string[] | undefined) => [...new Set((docs ?? []).map((d) => dateOf.get(d)).filter((d): d is string => !!d))].sort();
  const nodeIds = safeIds(graph.nodes());
  const edgeIds = safeIds(graph.edges());
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta>',
    '    <creator>Newsgraph</creator>',
    `    <description>${attr(`Knowledge graph of ${documents.length} news articles: entities (entityType) and the claims that link them (relation), with evidence.`)}</description>`,
    '  </meta>',
    dynamic ? '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">' : '  <graph defaultedgetype="directed">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  const flush = () => {
    const text = `${out.join('\n')}\n`;
    out.length = 0;
    return text;
  };
  for (const key of graph.nodes()) {
    if (out.length >= perChunk) yield flush();
    const a = graph.getNodeAttributes(key) as NodeAttributes;
    out.push(`      <node id="${attr(nodeIds.get(key)!)}" label="${attr(String(a.label ?? ''))}">`);
    attvalues(out, [
      ['entityType', String(a.entityType)],
      ['aliases', list(a.aliases)],
      ['docs', list(a.docs)],
      ['mentions', num(Math.trunc(finite(a.mentions)))],
      ['roles', list(a.roles)],
      ['dates', list(a.dates)],
    ]);
    // the node's own dates where they are ISO dates (a graph.json edited by hand may hold anything)
    if (dynamic) spells(out, a.dates?.length ? [...new Set(a.dates.filter((d) => ISO_DATE.test(d)))].sort() : datesOf(a.docs));
    const [r, g, b] = rgb(String(a.color ?? ''));
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push(`        <viz:size value="${num(Math.max(0, finite(a.size, 1)))}"/>`);
    out.push(`        <viz:position x="${num(finite(a.x))}" y="${num(finite(a.y))}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const key of graph.edges()) {
    if (out.length >= perChunk) yield flush();
    const a = graph.getEdgeAttributes(key) as EdgeAttributes;
    const source = graph.source(key);
    const target = graph.target(key);
    const evidence = a.evidence ?? [];
    const dates = datesOf(a.sources);
    out.push(`      <edge id="${attr(edgeIds.get(key)!)}" source="${attr(nodeIds.get(source)!)}" target="${attr(nodeIds.get(target)!)}" weight="${num(finite(a.weight, 1))}">`);
    attvalues(out, [
      ['relation', String(a.relation)],
      ['sources', list(a.sources)],
      ['evidence', evidence[0]?.sentence ?? ''],
      ['evidenceJson', JSON.stringify(evidence)],
      ['rule', String(a.rule ?? '')],
      ['firstSeen', a.firstSeen ?? ''],
      ['lastSeen', a.lastSeen ?? ''],
      // every date, not only the first and last: a reader without spells (the viewer) needs the gaps
      ['dates', list(dates)],
    ]);
    if (dynamic) spells(out, dates);
    const [r, g, b] = rgb(String(a.color ?? ''));
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push(`        <viz:thickness value="${num(Math.max(0, finite(a.size, 1)))}"/>`);
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  yield flush();
}
