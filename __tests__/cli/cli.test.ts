import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../conformance/helpers.js';
// @ts-expect-error: plain ESM script without types
import { buildExampleRepo } from '../../scripts/example-repo.mjs';

const CLI = resolve('dist/cli.js');

describe('mlgate CLI (bundle)', () => {
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

  it('prints the report JSON of SPEC §9 and exits 0 on the example', async () => {
    const res = await cli(repo.dir, ['check', '--base', repo.base, '--format', 'json']);
    const report = JSON.parse(res.stdout);
    expect(res.code, res.stderr).toBe(report.passed ? 0 : 1);
    expect(report).toMatchObject({ version: 1, pr: { base: repo.base, head: repo.head } });
    expect(typeof report.passed).toBe('boolean');
    expect(report.counts).toEqual(
      expect.objectContaining({ errors: expect.any(Number), warnings: expect.any(Number) }),
    );
    const churn = report.models.find((m: { name: string }) => m.name === 'churn');
    expect(churn.gates.length).toBeGreaterThan(0);
    for (const g of churn.gates) {
      expect(Object.keys(g)).toEqual(
        expect.arrayContaining([
          'metric',
          'status',
          'level',
          'value',
          'reference',
          'threshold',
          'message',
        ]),
      );
    }
    expect(churn.metrics).toContainEqual(
      expect.objectContaining({ metric: 'auc', base: 0.831, head: 0.843 }),
    );
    expect(Array.isArray(report.findings)).toBe(true);
  });

  it('judges the contract in a worker thread exactly as inline (MLGATE_WORKERS=always vs 0)', async () => {
    const run = (mode: string) =>
      cli(repo.dir, ['check', '--base', repo.base, '--format', 'json'], {
        MLGATE_WORKERS: mode,
        NODE_DEBUG: 'worker',
      });
    const [worker, inline] = await Promise.all([run('always'), run('0')]);
    // The bundle's own entry point started as the worker, which answered (offload ends a worker
    // when its result arrives); nothing started one inline.
    expect(worker.stderr).toMatch(/instantiating Worker\. url: file:.*dist\/cli\/index\.js/);
    expect(worker.stderr).toMatch(/terminates Worker/);
    expect(inline.stderr).not.toMatch(/Worker/);
    expect(worker.code).toBe(inline.code);
    expect(worker.stdout).toBe(inline.stdout);
    const contract = JSON.parse(worker.stdout).models[0].contract;
    expect(contract.comparison).toBe('compared');
    expect(contract.changes.length).toBeGreaterThan(0);
  });

  it('stops quietly when the reader closes the pipe early (`| head`), without a stack trace', async () => {
    const child = spawn(process.execPath, [CLI, 'check', '--base', repo.base, '--format', 'json'], {
      cwd: repo.dir,
    });
    // The reading end is gone before mlgate writes: its write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect([0, 1]).toContain(code);
  });

  it('prints markdown with the marker first and a text format', async () => {
    const md = await cli(repo.dir, ['check', '--base', repo.base]);
    expect(md.stdout.split('\n')[0]).toBe('<!-- mlgate:v1 key=default -->');
    const text = await cli(repo.dir, ['check', '--base', repo.base, '--format', 'text']);
    expect(text.stdout).toMatch(/^mlgate: (PASSED|FAILED)/);
  });

  it('exits 1 when a gate fails and names it', async () => {
    git('checkout', '--quiet', '-b', 'regress');
    const path = join(repo.dir, 'models/churn/metrics.json');
    writeFileSync(
      path,
      JSON.stringify({ auc: 0.7, calibration_error: 0.03, latency: { p95_ms: 60 } }),
    );
    git('commit', '--quiet', '-am', 'regress');
    const res = await cli(repo.dir, ['check', '--base', repo.base, '--format', 'json']);
    expect(res.code).toBe(1);
    const report = JSON.parse(res.stdout);
    expect(report.passed).toBe(false);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        level: 'error',
        check: 'gate',
        message: expect.stringMatching(/^auc 0\.7 < min 0\.82 \(gate at \.mlgate\.yml:\d+\)$/),
      }),
    );
    const never = await cli(repo.dir, [
      'check',
      '--base',
      repo.base,
      '--fail-on',
      'never',
      '--format',
      'json',
    ]);
    expect(never.code).toBe(0);
    git('checkout', '--quiet', 'recency-features');
  });

  it('says on stderr when a fresh repository has no base commit', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'mlgate-fresh-'));
    try {
      cpSync('examples/head', fresh, { recursive: true });
      const run = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: fresh });
      run('init', '--quiet');
      run('add', '-A');
      run('commit', '--quiet', '-m', 'first');
      const res = await cli(fresh, ['check', '--format', 'json']);
      expect(res.stderr).toMatch(/no base commit .*vs production fail closed; pass --base REF/);
      const report = JSON.parse(res.stdout);
      expect(report.pr.base).toBeNull();
      const vsProduction = report.models[0].gates.find(
        (g: { vs?: string }) => g.vs === 'production',
      );
      expect(vsProduction.status).toBe('fail');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it.each([
    [['check', '--format', 'xml'], /--format: expected markdown, json or text/],
    [['check', '--bogus'], /Unknown option/],
    [['check', '--base', 'no-such-ref'], /not a commit/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const res = await cli(repo.dir, args);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 with file and line on a broken config', async () => {
    git('checkout', '--quiet', '-b', 'broken-config');
    writeFileSync(
      join(repo.dir, '.mlgate.yml'),
      'version: 1\nmodels:\n  - name: churn\n    metricz: x.json\n',
    );
    git('commit', '--quiet', '-am', 'break config');
    const res = await cli(repo.dir, [
      'check',
      '--base',
      repo.base,
      '--config-source',
      'head',
      '--format',
      'text',
    ]);
    expect(res.code).toBe(2);
    expect(res.stdout).toMatch(/\.mlgate\.yml:4: .*unknown key "metricz"/);
    git('checkout', '--quiet', 'recency-features');
  });
});
