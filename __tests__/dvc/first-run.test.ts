/**
 * Issue 10 point 7 through the bundled CLI: `mlgate init` in a DVC repository, then the first
 * `mlgate check`. It must gate on the repository's real metrics, print fewer than 30 lines of
 * text with no false warning, and say in one line each how to turn on what is not configured.
 * Two layouts: DVC's train/evaluate stages with git-tracked metrics (`cache: false`), and the
 * get-started layout, whose `eval/metrics.json` is a DVC-cached output (git-ignored, `dvc pull`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRepo, type TestRepo } from './repo.js';

const CLI = resolve('dist/cli.js');

function cli(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    child.on('close', (code) => done({ code, stdout }));
  });
}

const lines = (text: string) => text.trimEnd().split('\n');

const TRAIN_EVALUATE = `stages:
  train:
    cmd: python src/train.py
    deps: [src/train.py, data/train.csv]
    params: [train]
    outs: [models/model.pkl]
    metrics:
      - results/train/metrics.json:
          cache: false
  evaluate:
    cmd: python src/evaluate.py
    deps: [src/evaluate.py, models/model.pkl]
    params: [evaluate]
    metrics:
      - results/evaluate/metrics.json:
          cache: false
`;

describe('first run after init: DVC train/evaluate, metrics tracked by git', () => {
  let repo: TestRepo;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run package` first');
    repo = buildRepo([
      {
        'dvc.yaml': TRAIN_EVALUATE,
        'params.yaml': 'train:\n  epochs: 10\n  lr: 0.001\nevaluate:\n  split: test\n',
        '.gitignore': '/models/model.pkl\n',
        'src/train.py': 'print("train")\n',
        'src/evaluate.py': 'print("evaluate")\n',
        'results/train/metrics.json': { dice_multi: 0.91, loss: 0.12 },
        'results/evaluate/metrics.json': { dice_multi: 0.87, loss: 0.19 },
      },
      {
        'params.yaml': 'train:\n  epochs: 20\n  lr: 0.001\nevaluate:\n  split: test\n',
        'results/train/metrics.json': { dice_multi: 0.92, loss: 0.11 },
        'results/evaluate/metrics.json': { dice_multi: 0.875, loss: 0.18 },
      },
    ]);
  });
  afterAll(() => repo.remove());

  it('init gates on the held-out metrics, relative to production, and leaves the rest off', async () => {
    const res = await cli(repo.dir, ['init']);
    expect(res.code, res.stdout).toBe(0);
    const config = readFileSync(join(repo.dir, '.mlgate.yml'), 'utf8');
    expect(config).toContain('    metrics: dvc.yaml\n');
    expect(config).toContain(
      '- { metric: "results/evaluate/metrics.json:dice_multi", vs: production, max_drop_pct: 2 }',
    );
    expect(config).toContain(
      '- { metric: "results/evaluate/metrics.json:loss", vs: production, max_drop_pct: 2 }',
    );
    // A training score is no promotion gate when a held-out one exists.
    expect(config).not.toMatch(/^ {6}- \{ metric: "results\/train/m);
    expect(config).toMatch(/^ {4}# manifest: /m);
    expect(config).toMatch(/^ {4}# ledger: /m);
  });

  it('the first check prints under 30 lines of text, no warning, one line per thing to turn on', async () => {
    const res = await cli(repo.dir, ['check', '--format', 'text']);
    expect(res.code, res.stdout).toBe(0);
    const out = lines(res.stdout);
    expect(out.length).toBeLessThan(30);
    expect(out[0]).toBe('mlgate: PASSED (0 errors, 0 warnings)');
    expect(res.stdout).not.toMatch(/warning:|WARN|MISS/);
    expect(new Set(out.filter((l) => l.trim())).size).toBe(out.filter((l) => l.trim()).length);
    expect(out).toContain(
      '  PASS  results/evaluate/metrics.json:dice_multi improved 0.5747% vs production (0.87 → 0.875; max 2%)',
    );
    expect(
      out.filter((l) => l.startsWith('  manifest: not configured; add `manifest:')),
    ).toHaveLength(1);
    expect(out.filter((l) => l.startsWith('  ledger: not configured; add `ledger:'))).toHaveLength(
      1,
    );
    const checklist = out.filter((l) => l.startsWith('checklist'));
    expect(checklist).toEqual([
      'checklist: 1 of 12 by evidence (fail-closed); 11 to tick in the PR description (none read here: --pr-body FILE reads one)',
    ]);
  });

  it('the comment for the same run is short: no 12-row checklist, no snippet, no warning', async () => {
    const res = await cli(repo.dir, ['check', '--format', 'markdown']);
    expect(res.code).toBe(0);
    expect(lines(res.stdout).length).toBeLessThan(45);
    expect(res.stdout).toContain('0 errors · 0 warnings');
    expect(res.stdout).not.toContain('How to tick items');
    expect(res.stdout).not.toContain('<br><sub>`prediction-contract`</sub>');
    expect(res.stdout).toContain('<sub>Not configured: **manifest**');
  });

  it('past commits, with the config only in the working tree', async () => {
    const res = await cli(repo.dir, [
      'check',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--format',
      'text',
    ]);
    expect(res.code, res.stdout).toBe(0);
    expect(res.stdout).toContain("the gates are read from the working tree's .mlgate.yml");
    expect(res.stdout).toContain('results/evaluate/metrics.json:dice_multi: 0.87 -> 0.875');
  });
});

/** DVC's get-started example, as its README and dvc.yaml lay it out (sources and data elided). */
const GET_STARTED = `stages:
  prepare:
    cmd: python src/prepare.py data/data.xml
    deps:
    - data/data.xml
    - src/prepare.py
    params:
    - prepare.seed
    - prepare.split
    outs:
    - data/prepared
  featurize:
    cmd: python src/featurization.py data/prepared data/features
    deps:
    - data/prepared
    - src/featurization.py
    params:
    - featurize.max_features
    - featurize.ngrams
    outs:
    - data/features
  train:
    cmd: python src/train.py data/features model.pkl
    deps:
    - data/features
    - src/train.py
    params:
    - train.min_split
    - train.n_est
    - train.seed
    outs:
    - model.pkl
  evaluate:
    cmd: python src/evaluate.py model.pkl data/features
    deps:
    - data/features
    - model.pkl
    - src/evaluate.py
    outs:
    - eval
metrics:
- eval/metrics.json
plots:
- eval/plots/images/importance.png
`;

describe('first run after init: the get-started layout, metrics DVC-cached', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = buildRepo([
      {
        '.gitignore': '/data/prepared\n/data/features\n/model.pkl\n/eval\n',
        'dvc.yaml': GET_STARTED,
        'params.yaml':
          'prepare:\n  split: 0.20\n  seed: 20170428\nfeaturize:\n  max_features: 100\n  ngrams: 1\ntrain:\n  seed: 20170428\n  n_est: 50\n  min_split: 0.01\n',
      },
      { 'params.yaml': null },
      {
        'params.yaml':
          'prepare:\n  split: 0.20\n  seed: 20170428\nfeaturize:\n  max_features: 200\n  ngrams: 2\ntrain:\n  seed: 20170428\n  n_est: 50\n  min_split: 0.01\n',
      },
    ]);
    // What `dvc pull` puts in the working tree (git-ignored).
    repo.write({
      'eval/metrics.json': {
        avg_prec: { train: 0.9743681430776664, test: 0.9249974999612706 },
        roc_auc: { train: 0.9866678562450621, test: 0.9460213440787918 },
      },
    });
  });
  afterAll(() => repo.remove());

  it('init writes absolute bounds on the held-out scores (no commit holds a cached file)', async () => {
    expect((await cli(repo.dir, ['init'])).code).toBe(0);
    const config = readFileSync(join(repo.dir, '.mlgate.yml'), 'utf8');
    expect(config).toContain('- { metric: "roc_auc.test", min: 0.94 }');
    expect(config).toContain('- { metric: "avg_prec.test", min: 0.92 }');
    expect(config).not.toMatch(/metric: .*vs: production/);
  });

  it('check --workspace: under 30 lines, no warning, and why there are no base values', async () => {
    const res = await cli(repo.dir, ['check', '--workspace', '--format', 'text']);
    expect(res.code, res.stdout).toBe(0);
    expect(lines(res.stdout).length).toBeLessThan(30);
    expect(res.stdout).toMatch(/^mlgate: PASSED \(0 errors, 0 warnings\)/);
    expect(res.stdout).not.toMatch(/warning:|WARN|MISS|\(new\)|New model/);
    expect(res.stdout).toContain(
      `note: \`eval/metrics.json\` is a DVC-cached output (git-ignored), not in git at commit ${repo.shas[2].slice(0, 7)}`,
    );
    expect(res.stdout).toContain('  PASS  roc_auc.test 0.946 ≥ min 0.94');
  });

  it('on past commits, a cached file is in no commit: the error says so and what to do', async () => {
    const res = await cli(repo.dir, [
      'check',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--format',
      'text',
    ]);
    expect(res.code, res.stdout).toBe(1);
    expect(res.stdout).toContain(
      `eval/metrics.json: not found in commit ${repo.shas[2].slice(0, 7)} (declared in dvc.yaml:42); it is a DVC-cached output of stage \`evaluate\` (git-ignored), so no commit holds it`,
    );
    expect(res.stdout).toContain(
      `roc_auc.test is missing (no metrics read from dvc.yaml at commit ${repo.shas[2].slice(0, 7)}) · gate .mlgate.yml:`,
    );
  });
});
