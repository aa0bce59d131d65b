// Where documents are processed: in this thread (LocalProcessor) or spread over worker threads
// (WorkerPool). Both hand back results in the order asked, so a parallel build equals a serial one.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SentenceFindings } from '../relate/index.js';
import { DocumentWorkbench, type AnalyseJob, type Analysis, type MentionEntities, type ReadOutcome } from './document.js';

/** A job's outcome, or the message of the error that stopped it. */
export type Outcome<T> = T | { error: string };
export const failed = <T>(o: Outcome<T>): o is { error: string } => typeof o === 'object' && o !== null && 'error' in o;

export interface RelateJob {
  job: AnalyseJob;
  entities: MentionEntities;
}

export interface Processor {
  readonly threads: number;
  read(paths: string[], onEach?: () => void): Promise<Array<Outcome<ReadOutcome>>>;
  analyse(jobs: AnalyseJob[], onEach?: () => void): Promise<Array<Outcome<Analysis | { failure: string }>>>;
  relate(jobs: RelateJob[], onEach?: () => void): Promise<Array<Outcome<SentenceFindings[]>>>;
  close(): Promise<void>;
}

const attempt = <T>(f: () => T): Outcome<T> => {
  try {
    return f();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
};

/** Runs one operation of the workbench on one item: shared by this thread and the workers. */
export function runOp(bench: DocumentWorkbench, op: string, item: unknown): Outcome<unknown> {
  switch (op) {
    case 'read':
      return attempt(() => bench.read(item as string));
    case 'analyse':
      return attempt(() => bench.analyse(item as AnalyseJob));
    case 'relate': {
      const r = item as RelateJob;
      return attempt(() => bench.relate(r.job, r.entities));
    }
    default:
      return { error: `unknown operation ${op}` };
  }
}

export class LocalProcessor implements Processor {
  readonly threads = 1;
  private bench: DocumentWorkbench;
  constructor(keepText: boolean) {
    this.bench = new DocumentWorkbench(keepText);
  }
  private run<T>(op: string, items: unknown[], onEach?: () => void): Promise<Array<Outcome<T>>> {
    return Promise.resolve(
      items.map((item) => {
        const r = runOp(this.bench, op, item) as Outcome<T>;
        onEach?.();
        return r;
      }),
    );
  }
  read(paths: string[], onEach?: () => void) {
    return this.run<ReadOutcome>('read', paths, onEach);
  }
  analyse(jobs: AnalyseJob[], onEach?: () => void) {
    return this.run<Analysis | { failure: string }>('analyse', jobs, onEach);
  }
  relate(jobs: RelateJob[], onEach?: () => void) {
    return this.run<SentenceFindings[]>('relate', jobs, onEach);
  }
  async close() {}
}

/** Items per message: large enough to make messaging cheap, small enough to report progress. */
const BATCH = 16;

/**
 * Worker threads, each with its own workbench. A file is read, analysed and related by the same
 * worker, which keeps its text and tokens until relate is done; the main thread sees only mentions
 * and findings.
 */
export class WorkerPool implements Processor {
  private workers: Worker[];
  private owner = new Map<string, number>();
  private next = 0;
  private seq = 0;
  private waiting = new Map<number, { resolve: (r: unknown[]) => void; reject: (e: Error) => void }>();
  private broken?: Error;

  /** `heapMb`: a ceiling on each worker's heap, so that it collects its garbage instead of growing (only where it holds little). */
  constructor(readonly threads: number, keepText: boolean, heapMb?: number) {
    // run from TypeScript sources (the tests), the worker loads its module through tsx
    const ts = import.meta.url.endsWith('.ts');
    const url = new URL(ts ? './worker.ts' : './worker.js', import.meta.url);
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
    this.workers = Array.from({ length: threads }, () => {
      const w = ts ? new Worker(bootstrap, { eval: true, workerData: { keepText } }) : new Worker(url, { workerData: { keepText }, ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) });
      w.on('message', (msg: { seq: number; results: unknown[] }) => {
        const p = this.waiting.get(msg.seq);
        this.waiting.delete(msg.seq);
        p?.resolve(msg.results);
      });
      w.on('error', (error) => this.fail(error));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
      return w;
    });
  }

  private fail(error: Error) {
    this.broken = error;
    for (const p of this.waiting.values()) p.reject(error);
    this.waiting.clear();
  }

  private send(worker: number, op: string, items: unknown[]): Promise<unknown[]> {
    if (this.broken) return Promise.reject(this.broken);
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.workers[worker]!.postMessage({ seq, op, items });
    });
  }

  /** Sends each item to its worker in batches; results come back in the order of `items`. */
  private async run<T>(op: string, items: unknown[], workerOf: (item: unknown) => number, onEach?: () => void): Promise<Array<Outcome<T>>> {
    const out = new Array<Outcome<T>>(items.length);
    const queues = this.workers.map(() => [] as number[]);
    items.forEach((item, i) => queues[workerOf(item)]!.push(i));
    const sent: Array<Promise<void>> = [];
    queues.forEach((queue, w) => {
      for (let k = 0; k < queue.length; k += BATCH) {
        const idx = queue.slice(k, k + BATCH);
        sent.push(
          this.send(w, op, idx.map((i) => items[i])).then((results) => {
            idx.forEach((i, j) => {
              out[i] = results[j] as Outcome<T>;
              onEach?.();
            });
          }),
        );
      }
    });
    await Promise.all(sent);
    return out;
  }

  private claim(key: string): number {
    let w = this.owner.get(key);
    if (w === undefined) {
      w = this.next++ % this.workers.length;
      this.owner.set(key, w);
    }
    return w;
  }

  read(paths: string[], onEach?: () => void) {
    return this.run<ReadOutcome>('read', paths, (p) => this.claim(p as string), onEach);
  }
  analyse(jobs: AnalyseJob[], onEach?: () => void) {
    return this.run<Analysis | { failure: string }>('analyse', jobs, (j) => this.claim((j as AnalyseJob).path), onEach);
  }
  relate(jobs: RelateJob[], onEach?: () => void) {
    return this.run<SentenceFindings[]>('relate', jobs, (j) => this.claim((j as RelateJob).job.path), onEach);
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Worker threads to use by default: one per core, at most 4 (past that the main thread's share dominates). */
export const defaultThreads = () => Math.min(4, availableParallelism());

/**
 * Where documents go. With `sentencesOnDisk` (a cache folder) workers hold almost nothing between
 * documents, and a heap ceiling keeps V8 from growing their heaps with garbage: a 10,000-article
 * build stays under 1.5 GB.
 */
export function processor(threads: number, keepText: boolean, sentencesOnDisk = false): Processor {
  return threads > 1 ? new WorkerPool(threads, keepText, sentencesOnDisk ? 768 : undefined) : new LocalProcessor(keepText);
}
