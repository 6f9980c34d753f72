// ncc writes the CLI's bundle, and a chunk for each module it loads lazily, to dist/cli-build/.
// They move to dist/cli/; dist/cli.js (package.json `bin`) is a small entry that turns on V8's
// compile cache where the runtime has it (Node >= 22.1; a no-op on Node 20), then loads the bundle.
import { chmodSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const files = readdirSync('dist/cli-build');
const unexpected = files.filter((f) => !/^(index\.js|\d+\.index\.js|package\.json)$/.test(f));
if (unexpected.length > 0) {
  console.error(`dist/cli-build has unexpected files: ${unexpected.join(', ')}`);
  process.exit(1);
}
rmSync('dist/cli', { recursive: true, force: true });
renameSync('dist/cli-build', 'dist/cli');
writeFileSync(
  'dist/cli.js',
  `#!/usr/bin/env node
// The mlgate CLI (written by scripts/merge-cli.mjs): V8's compile cache where Node has it, then the
// bundle in dist/cli/, which loads each command's code only when that command runs.
import module from 'node:module';
module.enableCompileCache?.();
await import('./cli/index.js');
`,
);
chmodSync('dist/cli.js', 0o755);
