// out/graph.json: graphology's serialised graph (`graph.export()`), the output contract of README.md,
// indented by one space. Written in pieces (jsonChunks), so that a large graph never becomes one
// string of hundreds of megabytes.
import type { KnowledgeGraph } from '../graph/index.js';

/** `JSON.stringify(value, null, 1)` as it reads nested `depth` levels deep. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`);

/** The text of graph.json in pieces: exactly `${JSON.stringify(graph.export(), null, 1)}\n`. */
export function* jsonChunks(graph: KnowledgeGraph, perChunk = 2000): Generator<string> {
  const data = graph.export() as unknown as Record<string, unknown>;
  const keys = Object.keys(data).filter((k) => data[k] !== undefined);
  yield '{';
  for (const [n, key] of keys.entries()) {
    const value = data[key];
    const last = n === keys.length - 1;
    if (!Array.isArray(value) || value.length === 0) {
      yield `\n ${JSON.stringify(key)}: ${nested(value, 1)}${last ? '' : ','}`;
      continue;
    }
    yield `\n ${JSON.stringify(key)}: [`;
    for (let i = 0; i < value.length; i += perChunk) {
      // the slice stringified where it stands in the whole ({ key: [items] } at indent 1), so its
      // items come out indented as in the whole text without rewriting them line by line
      const text = JSON.stringify({ [key]: value.slice(i, i + perChunk) }, null, 1);
      const head = `{\n ${JSON.stringify(key)}: [`;
      yield `${i > 0 ? ',' : ''}${text.slice(head.length, text.length - '\n ]\n}'.length)}`;
    }
    yield `\n ]${last ? '' : ','}`;
  }
  yield '\n}\n';
}

export function toJson(graph: KnowledgeGraph): string {
  return [...jsonChunks(graph)].join('');
}
