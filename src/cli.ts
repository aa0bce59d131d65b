// The `newsgraph` command line: turns flags into options and calls the stages. Exit codes: 0 success,
// 1 some inputs failed but a graph was written, 2 usage errors or nothing could be built.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import cliProgress from 'cli-progress';
import { build, CACHE_FOLDER, defaultThreads, version } from './build/index.js';
import { InputError, NewsgraphError, NotFoundError, UsageError } from './errors.js';
import { DEFAULT_FORMATS, exportGraph, FORMATS, parseFormats, writeFileAtomic, writeOutputs } from './export/index.js';
import { readGraphJson } from './graph/load.js';
import { ENTITY_TYPES, RELATIONS } from './ontology.js';
import { serve, DEFAULT_SERVE_OPTIONS } from './serve/index.js';
import { queryCommand } from './query/cli.js';

interface BuildFlags {
  out: string;
  formats: string;
  quiet?: boolean;
  explain?: boolean;
  debug?: boolean;
  threads: string;
  cache: boolean;
}

function checkWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write to output folder ${dir}: ${(error as Error).message}`);
  }
}

async function runBuild(paths: string[], flags: BuildFlags): Promise<number> {
  const formats = parseFormats(flags.formats);
  const threads = Number(flags.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError(`--threads must be a whole number from 1 to 64, not "${flags.threads}"`);
  checkWritable(flags.out);
  const showBar = !flags.quiet && process.stderr.isTTY;
  let bar: cliProgress.SingleBar | undefined;
  const started = performance.now();
  // only what is written is kept: mentions and claims live on in the graph
  const { graph, documents, failures, entities, stats } = await build(paths, {
    threads,
    explain: !!flags.explain,
    ...(flags.cache ? { cacheDir: join(flags.out, CACHE_FOLDER) } : {}),
    onProgress: (stage, done, total) => {
      if (!showBar || total <= 5) return;
      if (!bar) {
        bar = new cliProgress.SingleBar({ format: ' {stage} [{bar}] {value}/{total} files', stream: process.stderr }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, { stage });
      }
      bar.update(done, { stage });
      if (done === total) {
        bar.stop();
        bar = undefined;
      }
    },
  });
  bar?.stop();
  for (const f of failures) console.error(`newsgraph: warning: ${f.path}: ${f.reason}`);
  if (stats.cacheProblem) console.error(`newsgraph: warning: ${stats.cacheProblem}`);
  if (documents.length === 0) {
    console.error('newsgraph: no document could be read; nothing was written');
    return 2;
  }
  const written = writeOutputs(graph, flags.out, formats);
  if (flags.explain) {
    const explain = entities.map((e) => ({ id: e.id, label: e.label, entityType: e.entityType, merges: e.merges }));
    writeFileAtomic(join(flags.out, 'explain.json'), `${JSON.stringify(explain, null, 1)}\n`);
  }
  if (flags.debug) {
    const removed = documents.map((d) => ({ id: d.id, path: d.path, title: d.title, removed: d.removed }));
    writeFileAtomic(join(flags.out, 'removed.json'), `${JSON.stringify(removed, null, 1)}\n`);
  }
  if (!flags.quiet) {
    const g = graph;
    const byType = ENTITY_TYPES.map((t) => [t, g.filterNodes((_, a) => a.entityType === t).length] as const).filter(([, n]) => n > 0);
    const byRel = RELATIONS.map((r) => [r, g.filterEdges((_, a) => a.relation === r).length] as const).filter(([, n]) => n > 0);
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `newsgraph: ${documents.length} documents${failures.length ? ` (${failures.length} failed)` : ''}` +
        `${stats.cached ? ` (${stats.cached} unchanged, from the cache)` : ''}, ` +
        `${g.order} entities (${byType.map(([t, n]) => `${n} ${t}`).join(', ')}), ` +
        `${g.size} edges (${byRel.map(([r, n]) => `${n} ${r}`).join(', ')}), ${secs} s -> ${written.join(', ')}`,
    );
  }
  return failures.length ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('newsgraph')
    .description('Turn a folder of news articles into a knowledge graph of the people, militias, governments, places and organisations in them.')
    .version(version())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('build')
    .description('build the graph of the articles (.txt, .md, .html) in the given files and folders')
    .argument('<paths...>', 'files or folders of articles (folders are read recursively)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-f, --formats <list>', `comma-separated output formats (${FORMATS.join(', ')})`, DEFAULT_FORMATS.join(','))
    .option('-q, --quiet', 'no progress bar and no summary')
    .option('--explain', 'also write explain.json: for each entity, the mentions merged and the rule that merged them')
    .option('--debug', 'also write removed.json: what clean-up removed from each document, and by which rule')
    .option('-j, --threads <n>', 'worker threads for reading and analysing documents (1: no workers)', String(defaultThreads()))
    .option('--no-cache', `do not keep or reuse per-document results in <out>/${CACHE_FOLDER}`)
    .addHelpText('after', `\nEntity types: ${ENTITY_TYPES.join(', ')}\nRelations: ${RELATIONS.join(', ')}`)
    .action(async (paths: string[], flags: BuildFlags) => {
      code = await runBuild(paths, flags);
    });

  program
    .command('export')
    .description('write a built graph.json in another format')
    .argument('<graph>', 'a graph.json written by newsgraph build')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .requiredOption('-o, --out <path>', 'output file (a folder for csv: nodes.csv and edges.csv)')
    .action((path: string, flags: { format: string; out: string }) => {
      const [format] = parseFormats(flags.format);
      const written = exportGraph(readGraphJson(path), format!, flags.out);
      console.error(`newsgraph: wrote ${written.join(', ')}`);
    });

  program.addCommand(queryCommand());

  program
    .command('serve')
    .description('serve the viewer and a built graph on 127.0.0.1')
    .argument('[dir]', 'output folder of a build', 'out')
    .option('-p, --port <n>', 'port', String(DEFAULT_SERVE_OPTIONS.port))
    .action(async (dir: string, flags: { port: string }) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${flags.port}"`);
      const { url } = await serve(dir, { port });
      console.log(`newsgraph: serving ${dir} at ${url} (Ctrl-C to stop)`);
      await new Promise(() => {});
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof NotFoundError) {
      console.error(`newsgraph: ${error.message}`);
      return 1;
    }
    if (error instanceof InputError || error instanceof UsageError) {
      console.error(`newsgraph: ${error.message}`);
      return 2;
    }
    if (error instanceof NewsgraphError) {
      console.error(`newsgraph: ${error.message}`);
      return 2;
    }
    throw error;
  }
  return code;
}
