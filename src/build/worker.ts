// A worker thread of the build: runs workbench operations on batches of documents (see pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentWorkbench } from './document.js';
import { runOp } from './pool.js';

const bench = new DocumentWorkbench(Boolean((workerData as { keepText?: boolean }).keepText));
parentPort!.on('message', (msg: { seq: number; op: string; items: unknown[] }) => {
  parentPort!.postMessage({ seq: msg.seq, results: msg.items.map((item) => runOp(bench, msg.op, item)) });
});
