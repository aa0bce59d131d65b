#!/usr/bin/env node
// The `newsgraph` command: runs the compiled CLI (npm install compiles src/ to dist/).
import { main } from '../dist/cli.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`newsgraph: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
