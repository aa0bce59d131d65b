// CSV in the header form neo4j-admin import takes: nodes.csv (`id:ID`, `:LABEL`, typed properties,
// string arrays joined with ";") and edges.csv (`:START_ID`, `:END_ID`, `:TYPE`, typed properties).
// See README ("Graph databases") for the import command.
import type { KnowledgeGraph } from '../graph/index.js';
import type { EntityType } from '../ontology.js';

/** The array delimiter of the string[] columns (neo4j-admin's default). */
export const ARRAY_DELIMITER = ';';

/** One CSV field, RFC 4180: quoted when it holds a comma, quote or line break; control characters dropped. */
export function field(v: unknown): string {
  const s = String(v ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const array = (xs: unknown) => (Array.isArray(xs) ? xs.map((x) => String(x).replace(new RegExp(ARRAY_DELIMITER, 'g'), ',')).join(ARRAY_DELIMITER) : '');
const row = (cells: unknown[]) => cells.map(field).join(',');

export const NODE_HEADER = ['id:ID', 'label', 'entityType', 'aliases:string[]', 'docs:string[]', 'mentions:int', 'roles:string[]', 'dates:date[]', ':LABEL'];
export const EDGE_HEADER = [':START_ID', ':END_ID', ':TYPE', 'relation', 'weight:int', 'sources:string[]', 'evidence', 'rule', 'firstSeen:date', 'lastSeen:date'];

/** Neo4j label of an entity type: Entity plus the type's name capitalised ("Entity;Organization"). */
export const neo4jLabel = (t: EntityType) => `Entity${ARRAY_DELIMITER}${t[0]!.toUpperCase()}${t.slice(1)}`;

export function toCsv(graph: KnowledgeGraph): { nodes: string; edges: string } {
  const nodes = [row(NODE_HEADER)];
  graph.forEachNode((node, a) => {
    nodes.push(row([node, a.label, a.entityType, array(a.aliases), array(a.docs), Math.trunc(a.mentions), array(a.roles), array(a.dates ?? []), neo4jLabel(a.entityType)]));
  });
  const edges = [row(EDGE_HEADER)];
  graph.forEachEdge((_edge, a, source, target) => {
    edges.push(row([source, target, a.relation.toUpperCase(), a.relation, Math.trunc(a.weight), array(a.sources), a.evidence[0]?.sentence ?? '', a.rule, a.firstSeen ?? '', a.lastSeen ?? '']));
  });
  return { nodes: `${nodes.join('\n')}\n`, edges: `${edges.join('\n')}\n` };
}
