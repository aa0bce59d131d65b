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
 * Worker threads, each with its own workbench; this thread only hands out work and collects
 * results. A file is read, analysed and related by the same worker, which keeps what relate needs
 * (in memory, or in the cache folder); this thread sees only mentions and findings. A worker that
 * dies (out of memory on a huge article, say) costs speed, not the build: its documents are done
 * again here.
 */
export class WorkerPool implements Processor {
  private workers: Worker[];
  private dead = new Set<number>();
  private local: DocumentWorkbench;
  private owner = new Map<string, number>();
  private next = 0;
  private seq = 0;
  private waiting = new Map<number, { worker: number; resolve: (r: unknown[]) => void; reject: (e: Error) => void }>();
  private closing = false;

  /** `heapMb`: a ceiling on each worker's heap, so that it collects its garbage instead of growing (only where it holds little). */
  constructor(readonly threads: number, keepText: boolean, heapMb?: number) {
    this.local = new DocumentWorkbench(keepText);
    // run from TypeScript sources (the tests), the worker loads its module through tsx
    const ts = import.meta.url.endsWith('.ts');
    const url = new URL(ts ? './worker.ts' : './worker.js', import.meta.url);
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
    const limits = heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {};
    this.workers = Array.from({ length: threads }, (_, index) => {
      const w = ts ? new Worker(bootstrap, { eval: true, workerData: { keepText }, ...limits }) : new Worker(url, { workerData: { keepText }, ...limits });
      w.on('message', (msg: { seq: number; results: unknown[] }) => {
        const p = this.waiting.get(msg.seq);
        this.waiting.delete(msg.seq);
        p?.resolve(msg.results);
      });
      w.on('error', (error) => this.lose(index, error));
      w.on('exit', (code) => {
        if (!this.closing) this.lose(index, new Error(`a worker thread stopped (exit code ${code})`));
      });
      return w;
    });
  }

  /** Workers that died. */
  get lost(): number {
    return this.dead.size;
  }

  /** A worker is gone: what it was doing is rejected, and its documents go to this thread from now on. */
  private lose(worker: number, error: Error) {
    this.dead.add(worker);
    for (const [seq, p] of this.waiting) {
      if (p.worker !== worker) continue;
      this.waiting.delete(seq);
      p.reject(error);
    }
  }

  private send(worker: number, op: string, items: unknown[]): Promise<unknown[]> {
    if (this.dead.has(worker)) return Promise.reject(new Error('worker gone'));
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { worker, resolve, reject });
      this.workers[worker]!.postMessage({ seq, op, items });
    });
  }

  /** Sends each item to its worker in batches; results come back in the order of `items`. */
  private async run<T>(op: string, items: unknown[], workerOf: (item: unknown) => number, onEach?: () => void): Promise<Array<Outcome<T>>> {
    const out = new Array<Outcome<T>>(items.length);
    const queues = this.workers.map(() => [] as number[]);
    items.forEach((item, i) => queues[workerOf(item)]!.push(i));
    const sent: Array<Promise<void>> = [];
    const done = (i: number, result: unknown) => {
      out[i] = result as Outcome<T>;
      onEach?.();
    };
    queues.forEach((queue, w) => {
      for (let k = 0; k < queue.length; k += BATCH) {
        const idx = queue.slice(k, k + BATCH);
        sent.push(
          this.send(w, op, idx.map((i) => items[i])).then(
            (results) => idx.forEach((i, j) => done(i, results[j])),
            // the worker died: this thread does the batch (reading files again where it must)
            () => idx.forEach((i) => done(i, runOp(this.local, op, items[i]))),
          ),
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
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Worker threads to use by default: one per core, at most 4 (past that the main thread's share dominates). */
export const defaultThreads = () => Math.min(4, availableParallelism());

/**
 * Where documents go. With `sentencesOnDisk` (a cache folder) workers hold almost nothing between
 * documents, and a heap ceiling keeps V8 from growing their heaps with garbage: a 10,000-article
 * build stays under 1.5 GB. A document too big for the ceiling kills its worker and is done again
 * in this thread, which has none.
 */
export function processor(threads: number, keepText: boolean, sentencesOnDisk = false): Processor {
  return threads > 1 ? new WorkerPool(threads, keepText, sentencesOnDisk ? 768 : undefined) : new LocalProcessor(keepText);
}
