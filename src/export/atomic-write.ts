// Outputs are written to a temporary file beside the target and renamed over it, so that an
// interrupted build leaves the previous file whole.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ExportError } from '../errors.js';

/** Writes `data` (a string, bytes, or string pieces written one by one) to `path` atomically. */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      else for (const chunk of data) writeSync(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new ExportError(`export: cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}
