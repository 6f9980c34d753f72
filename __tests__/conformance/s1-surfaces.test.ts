/** SPEC §1 Surfaces: the CLI's flags, default base, exit codes and JSON; action.yml inputs and outputs. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Inputs, Outputs } from '../../src/constants.js';
import { getInputs } from '../../src/inputs.js';
import { cli, Repo, SPEC_CONFIG, specMetrics, specTrees, type Files } from './helpers.js';

describe('§1 CLI: mlgate check', () => {
  let repo: Repo;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = new Repo();
    const trees = specTrees();
    base = repo.commit(trees.base, 'base');
    repo.git('checkout', '--quiet', '-b', 'pr');
    head = repo.commit(trees.head, 'head');
  });
  afterAll(() => repo.remove());

  it('--format json prints exactly the report JSON on stdout, nothing else', async () => {
    const res = await cli(repo.dir, ['check', '--base', base, '--format', 'json']);
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report).toMatchObject({ version: 1, passed: true, pr: { base, head } });
  });

  it.each([
    ['markdown', /^<!-- mlgate:v1 key=default -->\n/],
    ['text', /^mlgate: PASSED/],
  ])('--format %s', async (format, pattern) => {
    const res = await cli(repo.dir, ['check', '--base', base, '--format', format]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(pattern);
  });

  it('markdown is the default format', async () => {
    const res = await cli(repo.dir, ['check', '--base', base]);
    expect(res.stdout.split('\n')[0]).toBe('<!-- mlgate:v1 key=default -->');
  });

  it('--output FILE writes the report there and keeps stdout empty', async () => {
    const out = join(repo.dir, '..', `${repo.dir.split('/').pop()}-report.json`);
    const res = await cli(repo.dir, ['check', '--base', base, '--format', 'json', '--output', out]);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
    rmSync(out, { force: true });
  });

  it('--config names another config path', async () => {
    repo.git('checkout', '--quiet', 'pr');
    const res = await cli(repo.dir, [
      'check',
      '--base',
      base,
      '--config',
      'nowhere/mlgate.yml',
      '--format',
      'json',
    ]);
    expect(res.code).toBe(2);
    const report = JSON.parse(res.stdout);
    expect(report.findings[0]).toMatchObject({ level: 'error', check: 'config' });
  });

  it('--head REF reads the head from a commit, --workspace from the working tree', async () => {
    // The working tree fails auc; the committed head passes.
    const trees = specTrees(specMetrics({ auc: { value: 0.7, ci: [0.69, 0.71] } }));
    repo.write(trees.head);
    try {
      const ws = await cli(repo.dir, ['check', '--base', base, '--workspace', '--format', 'json']);
      expect(ws.code).toBe(1);
      const atHead = await cli(repo.dir, [
        'check',
        '--base',
        base,
        '--head',
        head,
        '--format',
        'json',
      ]);
      expect(atHead.code, atHead.stderr).toBe(0);
      expect(JSON.parse(atHead.stdout).pr.head).toBe(head);
    } finally {
      repo.git('checkout', '--quiet', '--', '.');
    }
  });

  it('--pr-body FILE reads attestations', async () => {
    const body = join(repo.dir, '..', `${repo.dir.split('/').pop()}-body.md`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      body,
      '- [x] Training and serving transformations are shared or equivalence-tested\n',
    );
    const res = await cli(repo.dir, [
      'check',
      '--base',
      base,
      '--pr-body',
      body,
      '--format',
      'json',
    ]);
    const report = JSON.parse(res.stdout);
    const item = report.checklist.items.find((i: { id: string }) => i.id === 'train-serve');
    expect(item.status).toBe('attested');
    rmSync(body, { force: true });
  });

  it('--base defaults to HEAD~1 without a remote', async () => {
    const res = await cli(repo.dir, ['check', '--format', 'json']);
    expect(JSON.parse(res.stdout).pr.base).toBe(base);
  });

  it.each([
    [['check', '--bogus']],
    [['check', '--format', 'xml']],
    [['check', '--base', 'no-such-ref']],
    [['check', '--head', 'HEAD', '--workspace']],
    [['frobnicate']],
  ])('usage error %j exits 2', async (args) => {
    const res = await cli(repo.dir, args);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^mlgate: /);
  });
});

describe('§1 CLI: default base and exit codes on other repos', () => {
  const repos: Repo[] = [];
  afterAll(() => repos.forEach((r) => r.remove()));
  const make = (...trees: Files[]) => {
    const r = new Repo();
    repos.push(r);
    trees.forEach((t, i) => r.commit(t, `c${i}`));
    return r;
  };

  it('--base defaults to the merge-base with the default remote branch', async () => {
    const trees = specTrees();
    const origin = make(trees.base);
    const clone = new Repo();
    repos.push(clone);
    clone.git('remote', 'add', 'origin', origin.dir);
    clone.git('fetch', '--quiet', 'origin');
    clone.git('checkout', '--quiet', '-b', 'feature', 'origin/main');
    clone.commit(trees.head, 'h1');
    clone.commit({ ...trees.head, 'notes.txt': 'x\n' }, 'h2');
    const res = await cli(clone.dir, ['check', '--format', 'json']);
    expect(JSON.parse(res.stdout).pr.base).toBe(origin.shas[0]);
  });

  it('exit 1 when a gate fails', async () => {
    const trees = specTrees(specMetrics({ calibration_error: 0.2 }));
    const r = make(trees.base, trees.head);
    const res = await cli(r.dir, ['check', '--format', 'json']);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).passed).toBe(false);
  });

  it('exit 2 when there is no config file', async () => {
    const r = make({ 'a.txt': 'a\n' }, { 'a.txt': 'b\n' });
    const res = await cli(r.dir, ['check', '--format', 'json']);
    expect(res.code).toBe(2);
  });

  const invalid = SPEC_CONFIG.replace('gates:', 'gatez:');
  it.each([
    ['head', 'config-source head, invalid at head', { '.mlgate.yml': invalid }],
    ['base', 'config-source base, invalid only at head', { '.mlgate.yml': invalid }],
    [
      'head',
      'config-source head, a typo in a gate key',
      { '.mlgate.yml': SPEC_CONFIG.replace('max: 0.04', 'mx: 0.04') },
    ],
  ])('exit 2 with config-source %s: %s', async (source, _why, over) => {
    const trees = specTrees();
    const r = make(trees.base, { ...trees.head, ...over });
    const res = await cli(r.dir, ['check', '--config-source', source, '--format', 'json']);
    expect(res.code).toBe(2);
    const report = JSON.parse(res.stdout);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ level: 'error', check: 'config', file: '.mlgate.yml' }),
    );
  });

  it('an unknown model key is reported with its line and the model keys as expectation', async () => {
    const r = make({ '.mlgate.yml': SPEC_CONFIG.replace('gates:', 'gatez:') });
    const res = await cli(r.dir, ['check', '--config-source', 'head', '--format', 'json']);
    const f = JSON.parse(res.stdout).findings.find((x: { check: string }) => x.check === 'config');
    expect(f.line).toBe(12);
    expect(f.message).toMatch(/unknown key "gatez" \(did you mean "gates"\?\)/);
    expect(f.message).toMatch(/expected one of: .*\bmetrics\b.*\bgates\b/);
  });
});

describe('§1 mlgate init', () => {
  it('writes a starter .mlgate.yml, model manifest, LEDGER.md and PR checklist that check accepts', async () => {
    const r = new Repo();
    try {
      const res = await cli(r.dir, ['init', '--dir', r.dir]);
      expect(res.code, res.stderr).toBe(0);
      expect(existsSync(join(r.dir, '.mlgate.yml'))).toBe(true);
      const all = r.git('ls-files', '--others');
      expect(all).toMatch(/LEDGER\.md/);
      expect(all).toMatch(/model\.ya?ml/);
      expect(all).toMatch(/pull_request_template\.md/i);
      const check = await cli(r.dir, ['check', '--workspace', '--format', 'json']);
      const report = JSON.parse(check.stdout);
      expect(report.findings.filter((f: { check: string }) => f.check === 'config')).toEqual([]);
    } finally {
      r.remove();
    }
  });
});

describe('§1 Action inputs and outputs', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));

  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it.each([
    ['github-token', '${{ github.token }}'],
    ['config', '.mlgate.yml'],
    ['config-source', 'base'],
    ['comment', 'true'],
    ['comment-key', 'default'],
    ['fail-on', 'error'],
    ['mode', 'check'],
  ])('input %s defaults to %s', (name, value) => {
    expect(String(action.inputs[name].default)).toBe(value);
  });

  it('report defaults to mlgate-report.json under RUNNER_TEMP', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    const s = getInputs({ RUNNER_TEMP: '/runner/tmp', GITHUB_WORKSPACE: '/w' });
    expect(s).toMatchObject({
      config: '.mlgate.yml',
      configSource: 'base',
      comment: true,
      commentKey: 'default',
      failOn: 'error',
      mode: 'check',
      report: '/runner/tmp/mlgate-report.json',
    });
  });

  it('declares exactly the outputs of SPEC §1 (and §11: waived, the models in force)', () => {
    const names = [
      'passed',
      'errors',
      'warnings',
      'waived',
      'report',
      'comment-id',
      'comment-url',
      'models',
    ];
    expect(Object.keys(action.outputs).sort()).toEqual([...names].sort());
    expect(Object.values(Outputs).sort()).toEqual([...names].sort());
  });
});
