// `newsgraph query <graph.json> <command>`: the query API on the command line, tables for people and
// --json for scripts. An unknown name exits 1 with "did you mean" suggestions.
import { Command } from 'commander';
import { writeOutputs, type Format } from '../export/index.js';
import { ENTITY_TYPES, RELATIONS, type EntityType, type Relation } from '../ontology.js';
import { UsageError } from '../errors.js';
import type { NewsGraph, PathStep } from './index.js';
import { table } from './table.js';

type Print = (json: unknown, text: () => string) => void;

const list = <T extends string>(value: string | undefined, allowed: readonly T[], what: string): T[] | undefined => {
  if (!value) return undefined;
  const items = value.split(',').map((s) => s.trim());
  for (const i of items) if (!(allowed as readonly string[]).includes(i)) throw new UsageError(`unknown ${what} "${i}"; choose from ${allowed.join(', ')}`);
  return items as T[];
};
const int = (value: string | undefined, name: string, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number, not "${value}"`);
  return n;
};

interface QueryFlags {
  json?: boolean;
  limit?: string;
  relation?: string;
  direction: string;
  type?: string;
  minWeight?: string;
  maxLength?: string;
  radius?: string;
  out?: string;
  by: string;
  seed?: string;
}

const COMMANDS: Record<string, { args: string[]; run: (g: NewsGraph, args: string[], o: QueryFlags, print: Print) => void }> = {
  find: {
    args: ['name'],
    run: (g, [name], o, print) => {
      const hits = g.find(name!, int(o.limit, '--limit', 10));
      print(hits, () => table(['id', 'label', 'type', 'score', 'matched'], hits.map((h) => [h.id, h.label, h.entityType, h.score, h.matched])));
    },
  },
  neighbors: {
    args: ['entity'],
    run: (g, [entity], o, print) => {
      if (!['out', 'in', 'both'].includes(o.direction)) throw new UsageError(`--direction must be out, in or both, not "${o.direction}"`);
      const rows = g.neighbors(entity!, {
        relation: list<Relation>(o.relation, RELATIONS, 'relation'),
        entityType: list<EntityType>(o.type, ENTITY_TYPES, 'entity type'),
        direction: o.direction as 'out' | 'in' | 'both',
        minWeight: int(o.minWeight, '--min-weight', 1),
      });
      print(rows, () => table(['dir', 'relation', 'entity', 'type', 'weight', 'sources'], rows.map((r) => [r.direction === 'out' ? '->' : '<-', r.relation, r.entity.label, r.entity.entityType, r.weight, r.sources.join(' ')])));
    },
  },
  between: {
    args: ['a', 'b'],
    run: (g, [a, b], _o, print) => {
      const links = g.between(a!, b!);
      print(links, () =>
        links.length
          ? links.map((l) => `${l.source.label} ${l.relation} ${l.target.label} (${l.weight})\n${l.evidence.map((e) => `  [${e.doc}] ${e.sentence}`).join('\n')}`).join('\n\n')
          : 'no edge joins them',
      );
    },
  },
  path: {
    args: ['a', 'b'],
    run: (g, [a, b], o, print) => {
      const p = g.paths(a!, b!, { maxLength: int(o.maxLength, '--max-length', 3) });
      const show = (steps: PathStep[]) => (steps.length ? [steps[0]!.from.label, ...steps.map((s) => `-[${s.relations.join('|')}]- ${s.to.label}`)].join(' ') : g.entity(a!).label);
      print(p, () => (p.shortest ? [`shortest: ${show(p.shortest)}`, `all up to ${int(o.maxLength, '--max-length', 3)} steps:`, ...p.all.map((s) => `  ${show(s)}`)].join('\n') : 'no path'));
    },
  },
  ego: {
    args: ['entity'],
    run: (g, [entity], o, print) => {
      const sub = g.ego(entity!, int(o.radius, '--radius', 1));
      if (o.out) writeOutputs(sub, o.out, ['json', 'gexf'] as Format[]);
      const nodes = sub.mapNodes((n, a) => ({ id: n, label: a.label, entityType: a.entityType }));
      const edges = sub.mapEdges((e, a, source, target) => ({ key: e, source, target, relation: a.relation, weight: a.weight }));
      print({ nodes, edges }, () => `${sub.order} entities, ${sub.size} edges${o.out ? ` -> ${o.out}` : ''}\n${table(['id', 'label', 'type'], nodes.map((n) => [n.id, n.label, n.entityType]))}`);
    },
  },
  top: {
    args: [],
    run: (g, _args, o, print) => {
      if (!['degree', 'pagerank', 'betweenness'].includes(o.by)) throw new UsageError(`--by must be degree, pagerank or betweenness, not "${o.by}"`);
      const rows = g.rank({ by: o.by as 'degree', limit: int(o.limit, '--limit', 20) });
      print(rows, () => table(['rank', 'label', 'type', o.by], rows.map((r, i) => [i + 1, r.label, r.entityType, r.score])));
    },
  },
  communities: {
    args: [],
    run: (g, _args, o, print) => {
      const cs = g.communities({ seed: int(o.seed, '--seed', 1) });
      print(cs, () => table(['community', 'size', 'members'], cs.map((c) => [c.name, c.size, c.members.slice(0, 8).map((m) => m.label).join(', ')])));
    },
  },
  docs: {
    args: ['entity'],
    run: (g, [entity], _o, print) => {
      const docs = g.documents(entity!);
      print(docs, () => table(['id', 'title', 'date'], docs.map((d) => [d.id, d.title, d.date ?? ''])));
    },
  },
};

export function queryCommand(): Command {
  return new Command('query')
    .description(`ask a built graph.json questions: ${Object.keys(COMMANDS).join(', ')}`)
    .argument('<graph>', 'a graph.json written by newsgraph build')
    .argument('<command>', Object.entries(COMMANDS).map(([k, c]) => `${k}${c.args.map((a) => ` <${a}>`).join('')}`).join(' | '))
    .argument('[args...]', 'the names or ids the command takes')
    .option('--json', 'print JSON for scripts instead of tables')
    .option('-n, --limit <n>', 'find, top: how many')
    .option('-r, --relation <list>', `neighbors: only these relations (${RELATIONS.join(', ')})`)
    .option('-d, --direction <dir>', 'neighbors: out, in or both', 'both')
    .option('-t, --type <list>', `neighbors: only neighbours of these types (${ENTITY_TYPES.join(', ')})`)
    .option('-w, --min-weight <n>', 'neighbors: only edges with at least this many sentences')
    .option('-l, --max-length <n>', 'path: longest path to list (default 3)')
    .option('--radius <n>', 'ego: steps from the entity (default 1)')
    .option('-o, --out <dir>', 'ego: write the subgraph there (graph.json, graph.gexf)')
    .option('--by <measure>', 'top: degree, pagerank or betweenness', 'degree')
    .option('--seed <n>', 'communities: seed of the random order (same seed, same communities)')
    .action(async (path: string, command: string, args: string[], o: QueryFlags) => {
      const c = COMMANDS[command];
      if (!c) throw new UsageError(`unknown query "${command}"; choose from ${Object.keys(COMMANDS).join(', ')}`);
      if (args.length !== c.args.length) throw new UsageError(`query ${command} takes ${c.args.map((a) => `<${a}>`).join(' ') || 'no argument'}, got ${args.length}`);
      const print: Print = (json, text) => console.log(o.json ? JSON.stringify(json, null, 1) : text());
      // imported here: graphology's metrics and paths cost a build 40 ms of loading it does not use
      const { loadGraph } = await import('./index.js');
      c.run(loadGraph(path), args, o, print);
    });
}
