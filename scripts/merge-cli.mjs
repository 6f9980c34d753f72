// ncc writes each entry's bundle to its own folder as index.js; the CLI is published as dist/cli.js.
import { renameSync, rmSync, readdirSync, chmodSync } from 'node:fs';

renameSync('dist/cli-build/index.js', 'dist/cli.js');
chmodSync('dist/cli.js', 0o755);
const left = readdirSync('dist/cli-build').filter((f) => f !== 'package.json');
if (left.length > 0) {
  console.error(`dist/cli-build has unexpected files: ${left.join(', ')}`);
  process.exit(1);
}
rmSync('dist/cli-build', { recursive: true });
