#!/usr/bin/env node
// The mlgate CLI (written by scripts/merge-cli.mjs): V8's compile cache where Node has it, then the
// bundle in dist/cli/, which loads each command's code only when that command runs.
import module from 'node:module';
module.enableCompileCache?.();
await import('./cli/index.js');
