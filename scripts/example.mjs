// `npm start`: print the PR comment mlgate would post for the bundled example (examples/).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildExampleRepo } from './example-repo.mjs';

const { dir, base } = buildExampleRepo();
const extra = process.argv.slice(2);
try {
  const res = spawnSync(
    process.execPath,
    [
      resolve('dist/cli.js'),
      'check',
      '--base',
      base,
      '--pr-body',
      resolve('examples/pr-body.md'),
      ...extra,
    ],
    { cwd: dir, stdio: 'inherit' },
  );
  const verdict =
    { 0: 'passed', 1: 'failed (a gate or check failed)', 2: 'usage or configuration error' }[
      res.status
    ] ?? `exit ${res.status}`;
  process.stderr.write(
    `\nmlgate check on examples/: ${verdict}. This is the comment mlgate would post on the PR.\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
