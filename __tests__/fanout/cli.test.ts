import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../conformance/helpers.js';
import { NAMES, threeModelRepo } from './three.js';

const CLI = resolve('dist/cli.js');

describe('mlgate models and check --model (bundle)', () => {
  let repo: { dir: string; base: string; head: string };
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run package` first');
    repo = threeModelRepo();
  });
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('models --format json prints the models in force on one line, for fromJSON', async () => {
    const res = await cli(repo.dir, ['models', '--base', repo.base, '--format', 'json']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(res.stdout)).toEqual([
      { name: 'churn', files: ['models/churn/metrics.json', 'models/churn/model.yaml'] },
      { name: 'ranker', files: ['models/ranker/metrics.json', 'models/ranker/LEDGER.md'] },
      // Added by the PR: checked with the PR's gates, so it is in force too.
      { name: 'fraud', files: ['models/fraud/metrics.json'] },
    ]);
    const text = await cli(repo.dir, ['models', '--base', repo.base]);
    expect(text.stdout).toBe(NAMES.map((n) => `${n}\n`).join(''));
  });

  it('models exits 2 naming the problem when there is no config', async () => {
    const res = await cli(repo.dir, ['models', '--base', repo.base, '--config', 'nope.yml']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('nope.yml: no mlgate config found');
    expect(res.stdout).toBe('');
  });

  it('check --model (repeatable, globs) checks only those models', async () => {
    const args = ['check', '--base', repo.base, '--format', 'json'];
    const res = await cli(repo.dir, [...args, '--model', 'ranker', '--model', 'fr*']);
    const report = JSON.parse(res.stdout);
    expect(report.models.map((m: { name: string }) => m.name)).toEqual(['ranker', 'fraud']);
    expect(report.scope).toEqual({ models: NAMES, filter: ['ranker', 'fr*'] });
  });

  it('check --model matching nothing exits 2 and names the pattern', async () => {
    const res = await cli(repo.dir, [
      'check',
      '--base',
      repo.base,
      '--model',
      'nope',
      '--format',
      'text',
    ]);
    expect(res.code).toBe(2);
    expect(res.stdout).toContain(
      'model filter "nope" matches no model in force (models: churn, ranker, fraud)',
    );
  });
});

describe('mlgate merge (bundle)', () => {
  let repo: { dir: string; base: string; head: string };
  beforeAll(() => {
    repo = threeModelRepo();
  });
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('3 jobs merged give the verdict and models of one job; a missing report exits 2', async () => {
    const base = ['check', '--base', repo.base, '--pr-body', 'PR_BODY.md', '--format', 'json'];
    for (const name of NAMES) {
      const res = await cli(repo.dir, [...base, '--model', name, '--output', `out/${name}/r.json`]);
      expect(res.stderr).toContain(`report written to out/${name}/r.json`);
    }
    const single = await cli(repo.dir, base);
    const merged = await cli(repo.dir, ['merge', '--format', 'json', 'out']);
    expect(merged.code, merged.stderr).toBe(single.code);
    expect(merged.code).toBe(1);
    const [m, s] = [JSON.parse(merged.stdout), JSON.parse(single.stdout)];
    expect(m.passed).toBe(s.passed);
    expect(m.counts).toEqual(s.counts);
    expect(m.models).toEqual(s.models);
    expect(m.findings).toEqual(s.findings);

    rmSync(join(repo.dir, 'out/fraud'), { recursive: true });
    const missing = await cli(repo.dir, [
      'merge',
      '--format',
      'text',
      'out/churn/r.json',
      'out/ranker',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no report covers model "fraud"');
  });

  it('a path that is not there is a usage error', async () => {
    const res = await cli(repo.dir, ['merge', 'nowhere']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/cannot read ".*nowhere"/);
  });
});
