/** Helpers for the end-to-end test: a git repo with base and head commits, and a fake runner. */
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist/index.js');

const GIT_ID = [
  '-c',
  'user.name=mlgate e2e',
  '-c',
  'user.email=e2e@mlgate.invalid',
  '-c',
  'commit.gpgsign=false',
];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim();
}

function replaceTree(dir: string, from: string, overrides: Record<string, string>): void {
  for (const entry of readdirSync(dir))
    if (entry !== '.git') rmSync(join(dir, entry), { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  for (const [path, text] of Object.entries(overrides)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface TestRepo {
  dir: string;
  base: string;
  head: string;
}

/** examples/base as the first commit, examples/head (plus overrides) as the second, checked out. */
export function buildRepo(
  headOverrides: Record<string, string> = {},
  baseOverrides: Record<string, string> = {},
): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-e2e-repo-'));
  temps.push(dir);
  git(dir, 'init', '--quiet', '--initial-branch=main');
  replaceTree(dir, join(ROOT, 'examples/base'), baseOverrides);
  git(dir, 'add', '-A');
  git(dir, ...GIT_ID, 'commit', '--quiet', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '--quiet', '-b', 'pr');
  replaceTree(dir, join(ROOT, 'examples/head'), headOverrides);
  git(dir, 'add', '-A');
  git(dir, ...GIT_ID, 'commit', '--quiet', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

const temps: string[] = [];

/**
 * A depth-1 clone of the repo's PR branch whose `origin` cannot be fetched from: as on a runner
 * with `actions/checkout`'s default depth when the fetch of the base fails, git cannot produce the
 * base commit and mlgate reads it through the GitHub API.
 */
export function shallowClone(repo: TestRepo): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-e2e-shallow-'));
  temps.push(dir);
  git(tmpdir(), 'clone', '--quiet', '--depth=1', '--branch', 'pr', `file://${repo.dir}`, dir);
  git(dir, 'remote', 'set-url', 'origin', join(dir, 'no-such-remote'));
  return { dir, base: repo.base, head: repo.head };
}

/** Every file at commit `sha` of `repo`, as the fake API serves a commit's contents. */
export function filesAt(repo: TestRepo, sha: string): Record<string, string> {
  const paths = git(repo.dir, 'ls-tree', '-r', '--name-only', sha).split('\n').filter(Boolean);
  return Object.fromEntries(paths.map((p) => [p, git(repo.dir, 'show', `${sha}:${p}`) + '\n']));
}

/** Remove every temporary directory made by buildRepo and runAction. */
export function cleanup(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

/** Parse a GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/**
 * Run `node dist/index.js` as the runner would: event payload, repository, API URL, output and
 * summary files, and every INPUT_* set explicitly (action.yml defaults do not apply here).
 */
export async function runAction(opts: {
  workspace: string;
  event: string;
  payload: unknown;
  apiUrl: string;
  inputs?: Record<string, string>;
  runId?: string;
  /** More environment variables (MLGATE_WORKERS, NODE_DEBUG). */
  env?: Record<string, string>;
}): Promise<RunResult> {
  const temp = mkdtempSync(join(tmpdir(), 'mlgate-e2e-runner-'));
  temps.push(temp);
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const files = { output: join(temp, 'output'), summary: join(temp, 'summary.md') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs: Record<string, string> = {
    'github-token': 'test-token',
    config: '.mlgate.yml',
    'config-source': 'base',
    comment: 'true',
    'comment-key': 'default',
    'fail-on': 'error',
    mode: 'check',
    report: '',
    ...opts.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/churn',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: opts.runId ?? '4242',
    GITHUB_SHA: git(opts.workspace, 'rev-parse', 'HEAD'),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    ),
    ...opts.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [DIST], { cwd: opts.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((resolvePromise) =>
    child.on('close', (c) => resolvePromise(c)),
  );
  const ms = performance.now() - started;
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(read(files.output)),
    summary: read(files.summary),
    ms,
  };
}

/** A `pull_request` payload for the repo's PR. */
export function pullRequestPayload(repo: TestRepo, number = 7, body = ''): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      body,
      base: { sha: repo.base, ref: 'main' },
      head: { sha: repo.head, ref: 'pr' },
    },
    repository: { full_name: 'octo-org/churn' },
  };
}
