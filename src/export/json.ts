// out/graph.json: graphology's serialised graph (`graph.export()`), the output contract of README.md.
import type { KnowledgeGraph } from '../graph/index.js';

export function toJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}
