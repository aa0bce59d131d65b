// Expands the paths given on the command line into the article files to read: folders recursively,
// in a stable sorted order, each real file once, never following a symlink loop.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { DocumentFormat } from './types.js';

export const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export function formatOf(path: string): DocumentFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * Lists the article files under `paths`. A path that does not exist throws InputError (the caller
 * exits 2). A file named explicitly is kept whatever its extension (read as text); inside folders only
 * known extensions are taken, hidden entries skipped.
 */
export function findFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const real = realpathSync(file);
    if (seen.has(real)) return;
    seen.add(real);
    out.push(file);
  };
  const walk = (dir: string, visiting: Set<string>) => {
    const real = realpathSync(dir);
    if (visiting.has(real)) return; // a symlink loop
    visiting.add(real);
    const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    for (const name of names) {
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue; // a dangling symlink: nothing to read
      }
      if (st.isDirectory()) walk(full, visiting);
      else if (st.isFile() && formatOf(full)) add(full);
    }
    visiting.delete(real);
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(p, 'no such file or folder');
    }
    if (st.isDirectory()) walk(p, new Set());
    else add(p);
  }
  return out;
}
