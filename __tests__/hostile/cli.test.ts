/**
 * The CLI bundle on a real git repository whose PR commit carries the worst inputs (SPEC §10):
 * the exit status is 1 or 2, never a crash; no stack trace reaches stderr; stdout is the report.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../conformance/helpers.js';
import { expectSafeComment } from './harness.js';
// @ts-expect-error: plain ESM script without types
import { buildExampleRepo } from '../../scripts/example-repo.mjs';

const CLI = resolve('dist/cli.js');
const STACK = /\n\s+at /;

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  '',
].join('\n');

/** Files written into the PR commit, by case. */
const CASES: [string, Record<string, string | { symlink: string }>][] = [
  ['an alias bomb as the config', { '.mlgate.yml': BOMB }],
  ['binary metrics', { 'models/churn/metrics.json': '\u0000\u0001PK\u0003\u0004' }],
  [
    '10,000-deep metrics',
    { 'models/churn/metrics.json': `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
  ],
  ['__proto__ in the contract', { 'data/churn.odcs.yaml': '__proto__: {polluted: true}\n' }],
  ['a rollout symlinked outside', { 'deploy/churn-rollout.yaml': { symlink: '/etc/passwd' } }],
  [
    'a ledger over the size cap',
    { 'models/churn/LEDGER.md': `## Iteration 9: x\n${'x'.repeat(6 * 1024 * 1024)}\n` },
  ],
  [
    'a config naming option-like and outside paths',
    {
      '.mlgate.yml':
        'version: 1\nmodels:\n  - name: m\n    metrics: -rf\n    contract: ../../etc/passwd\n    rollout: /etc/passwd\n    gates:\n      - { metric: auc, min: 0.5 }\n',
    },
  ],
  [
    'HTML, mentions and table breakers in metric names and the manifest',
    {
      'models/churn/metrics.json': '{"<script>alert(1)</script> @evilbot | x": NaN}',
      'models/churn/model.yaml':
        'name: "<script>alert(1)</script> @evilbot"\nversion: "| x\\n| y"\n',
    },
  ],
];

describe('mlgate check (bundle) on hostile PR commits', () => {
  let repo: { dir: string; base: string; head: string };
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo.dir })
      .toString()
      .trim();

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run package` first');
    repo = buildExampleRepo();
  });
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  it.each(CASES)('%s', async (_name, files) => {
    git('checkout', '-q', '--detach', repo.head);
    for (const [path, content] of Object.entries(files)) {
      const full = join(repo.dir, path);
      mkdirSync(dirname(full), { recursive: true });
      rmSync(full, { force: true });
      if (typeof content === 'string') writeFileSync(full, content);
      else symlinkSync(content.symlink, full);
    }
    git('add', '-A');
    git('commit', '-qm', 'hostile', '--no-verify');
    const head = git('rev-parse', 'HEAD');
    for (const args of [
      ['check', '--base', repo.base, '--head', head, '--format', 'json'],
      ['check', '--base', repo.base, '--workspace', '--format', 'markdown'],
    ]) {
      const res = await cli(repo.dir, args);
      expect([1, 2], res.stderr).toContain(res.code);
      expect(res.stderr).not.toMatch(STACK);
      if (args.includes('json')) {
        const report = JSON.parse(res.stdout);
        expect(report.passed).toBe(false);
        expect(report.findings.length).toBeGreaterThan(0);
      } else {
        expect(res.stdout).toMatch(/^<!-- mlgate:v1 key=default -->/);
        expectSafeComment(res.stdout);
      }
    }
  });

  it.each([
    [['check', '--base', '--output=/tmp/mlgate-pwned']],
    [['check', '--head', '-h', '--base', 'HEAD~1']],
    [['check', '--config', '../../../etc/passwd', '--workspace']],
    [['check', '--config', 'models', '--workspace']],
    [['check', '--pr-body', '/nonexistent/body.md', '--workspace']],
  ])('bad arguments %j exit 1 or 2 without a stack trace', async (args) => {
    const res = await cli(repo.dir, args);
    expect([1, 2], `${res.stdout}\n${res.stderr}`).toContain(res.code);
    expect(res.stderr).not.toMatch(STACK);
    expect(existsSync('/tmp/mlgate-pwned')).toBe(false);
  });
});
