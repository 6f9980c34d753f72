/**
 * Issue 10 points 2, 6 and 8 through the bundled CLI: trying mlgate on past commits with the
 * working tree's config, `--workspace` against HEAD as `dvc metrics diff` does, `--help`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../conformance/helpers.js';
import { buildRepo, type TestRepo } from './repo.js';

const CLI = resolve('dist/cli.js');

const CONFIG =
  'version: 1\nmodels:\n  - name: m\n    metrics: metrics.json\n    gates:\n      - { metric: auc, min: 0.8 }\n      - { metric: auc, vs: production, max_drop: 0.01 }\nchecklist: { enabled: false }\n';

describe('CLI on a repository with history', () => {
  let repo: TestRepo;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run package` first');
    // Three commits of metrics without any mlgate config: the config is only in the working tree.
    repo = buildRepo([
      { 'metrics.json': { auc: 0.85 } },
      { 'metrics.json': { auc: 0.86 } },
      { 'metrics.json': { auc: 0.84 } },
    ]);
    repo.write({ '.mlgate.yml': CONFIG });
  });
  afterAll(() => repo.remove());

  it('past commits without a config use the working tree config, said in one line', async () => {
    const res = await cli(repo.dir, [
      'check',
      '--base',
      'HEAD~2',
      '--head',
      'HEAD~1',
      '--format',
      'text',
    ]);
    expect(res.code, res.stderr + res.stdout).toBe(0);
    const notes = res.stdout.split('\n').filter((l) => l.includes("working tree's .mlgate.yml"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`commit ${repo.shas[1].slice(0, 7)}`);
    expect(notes[0]).toContain(`commit ${repo.shas[0].slice(0, 7)}`);
    expect(res.stdout).toContain('auc: 0.85 -> 0.86 (+0.01)');
  });

  it('the config missing everywhere names every place it looked', async () => {
    const res = await cli(repo.dir, [
      'check',
      '--base',
      'HEAD~2',
      '--head',
      'HEAD~1',
      '--config',
      'nope.yml',
      '--format',
      'text',
    ]);
    expect(res.code).toBe(2);
    expect(res.stdout).toContain(
      `nope.yml: no mlgate config found in commit ${repo.shas[1].slice(0, 7)} nor in commit ${repo.shas[0].slice(0, 7)} nor in the working tree`,
    );
  });

  it('--workspace without --base compares with HEAD (as dvc metrics diff), and says the head is the working tree', async () => {
    repo.write({ 'metrics.json': { auc: 0.845 } });
    const res = await cli(repo.dir, [
      'check',
      '--workspace',
      '--format',
      'json',
      '--config-source',
      'head',
    ]);
    const report = JSON.parse(res.stdout);
    expect(report.pr).toMatchObject({ base: repo.shas[2], head: null, headLabel: 'working tree' });
    expect(report.models[0].metrics).toEqual([
      expect.objectContaining({ metric: 'auc', base: 0.84, head: 0.845 }),
    ]);
    const md = await cli(repo.dir, ['check', '--workspace', '--format', 'markdown']);
    expect(md.stdout).toContain('head: working tree');
  });

  it.each([['check'], ['init']])('%s --help prints its options and exits 0', async (command) => {
    const res = await cli(repo.dir, [command, '--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^Usage: mlgate ${command}`));
    expect(res.stdout).toContain(command === 'check' ? '--workspace' : '--model NAME');
  });

  it('without --format and not on a terminal, prints markdown (a terminal gets text)', async () => {
    const res = await cli(repo.dir, ['check', '--workspace']);
    expect(res.stdout.split('\n')[0]).toBe('<!-- mlgate:v1 key=default -->');
  });
});
