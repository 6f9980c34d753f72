// Builds a throwaway git repository from examples/base (first commit) and examples/head (second
// commit), so that the example PR can be checked exactly as mlgate checks a real one.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cwd, ...args) =>
  execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim();

/** Replace the work tree's contents (all but .git) with the files of `from`. */
function replaceTree(dir, from) {
  for (const entry of readdirSync(dir))
    if (entry !== '.git') rmSync(join(dir, entry), { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
}

/** Create the repo; returns { dir, base, head }. */
export function buildExampleRepo(examples = 'examples') {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-example-'));
  const env = [
    '-c',
    'user.name=mlgate example',
    '-c',
    'user.email=example@mlgate.invalid',
    '-c',
    'commit.gpgsign=false',
  ];
  run(dir, 'init', '--quiet', '--initial-branch=main');
  replaceTree(dir, join(examples, 'base'));
  run(dir, 'add', '-A');
  run(dir, ...env, 'commit', '--quiet', '-m', 'base: churn model v1');
  const base = run(dir, 'rev-parse', 'HEAD');
  run(dir, 'checkout', '--quiet', '-b', 'recency-features');
  replaceTree(dir, join(examples, 'head'));
  run(dir, 'add', '-A');
  run(dir, ...env, 'commit', '--quiet', '-m', 'head: add recency features');
  const head = run(dir, 'rev-parse', 'HEAD');
  return { dir, base, head };
}
