import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMES, threeModelRepo } from './three.js';

const CLI = resolve('dist/cli.js');

function cli(
  cwd: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

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
