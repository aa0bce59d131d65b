// Per-relation precision and recall of a graph against a gold file, with the missed and unsupported
// claims of each relation. Nodes are mapped to gold entities by their names as the shared scorer does
// (label and aliases after a lenient normalisation); typed edges only, related_to left out.
import { readFileSync } from 'node:fs';

export function norm(s) {
  return String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/^(the|mr|mrs|ms|dr)\.?\s+/, '')
    .replace(/\b(al|el|ad|as|an|ar)[-\s]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function relationReport(goldPath, graphPath) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const graph = JSON.parse(readFileSync(graphPath, 'utf8'));
  const surface = new Map();
  for (const e of gold.entities) for (const s of [e.name, ...(e.aliases ?? [])]) if (norm(s)) surface.set(norm(s), [...(surface.get(norm(s)) ?? []), e.id]);
  const goldOf = new Map();
  for (const n of graph.nodes) {
    const names = [n.attributes.label, ...(n.attributes.aliases ?? [])];
    const votes = new Map();
    for (const s of names) for (const id of surface.get(norm(s)) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best) goldOf.set(n.key, best[0]);
  }
  const undirected = new Set(['negotiates_with']);
  const key = (s, t, r) => (undirected.has(r) && s > t ? `${t} ${r} ${s}` : `${s} ${r} ${t}`);
  const rows = new Map();
  const row = (r) => rows.get(r) ?? rows.set(r, { relation: r, gold: new Set(), predicted: new Set() }).get(r);
  for (const r of gold.relations) row(r.type).gold.add(key(r.source, r.target, r.type));
  for (const e of graph.edges) {
    const r = e.attributes.relation;
    if (r === 'related_to') continue;
    const s = goldOf.get(e.source) ?? `?${e.source}`;
    const t = goldOf.get(e.target) ?? `?${e.target}`;
    row(r).predicted.add(key(s, t, r));
  }
  return [...rows.values()]
    .map((x) => {
      const tp = [...x.predicted].filter((k) => x.gold.has(k)).length;
      return {
        relation: x.relation,
        gold: x.gold.size,
        predicted: x.predicted.size,
        precision: x.predicted.size ? tp / x.predicted.size : 0,
        recall: x.gold.size ? tp / x.gold.size : 0,
        missed: [...x.gold].filter((k) => !x.predicted.has(k)),
        unsupported: [...x.predicted].filter((k) => !x.gold.has(k)),
      };
    })
    .sort((a, b) => (a.relation < b.relation ? -1 : 1));
}

export function printRelationReport(goldPath, graphPath) {
  const pct = (x) => (100 * x).toFixed(0).padStart(4);
  console.log('\nper relation   gold  found      P     R');
  for (const r of relationReport(goldPath, graphPath)) {
    console.log(`${r.relation.padEnd(16)}${String(r.gold).padStart(4)}${String(r.predicted).padStart(7)}  ${pct(r.precision)}  ${pct(r.recall)}`);
  }
}
