import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The viewer is a static bundle: `newsgraph serve` serves viewer/dist beside a build's graph files.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
