// What the code knows of the packages it is installed with.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A package's version, also when its package.json is not among its exports (country-region-data): found beside its entry point. */
export function packageVersion(require: NodeRequire, name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    try {
      for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
        const file = join(dir, 'package.json');
        if (!existsSync(file)) continue;
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '?';
      }
    } catch {
      // not installed: the fingerprint says so
    }
    return '?';
  }
}
