/**
 * Issue 10 point 1: every metric keeps the file it came from. The layout is DVC's usual
 * train/evaluate pair, both files with `dice_multi` (as in the segmentation example the issue
 * names), and `path:metric` is DVC's own notation (`dvc exp show --sort-by results/evaluate/metrics.json:dice_multi`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { splitRef } from '../../src/formats/metrics/paths.js';
import { buildRepo, check, type TestRepo } from './repo.js';

const DVC_YAML = `stages:
  train:
    cmd: python train.py
    metrics:
      - results/train/metrics.json:
          cache: false
  evaluate:
    cmd: python evaluate.py
    metrics:
      - results/evaluate/metrics.json:
          cache: false
`;

const config = (gates: string) => `version: 1
models:
  - name: seg
    metrics: dvc.yaml
    gates:
${gates}
checklist: { enabled: false }
`;

describe('metric paths: DVC train/evaluate collision', () => {
  const repos: TestRepo[] = [];
  afterAll(() => repos.forEach((r) => r.remove()));
  const build = (gates: string) => {
    const repo = buildRepo([
      {
        'dvc.yaml': DVC_YAML,
        '.mlgate.yml': config(gates),
        'results/train/metrics.json': { dice_multi: 0.91, loss: 0.2 },
        'results/evaluate/metrics.json': { dice_multi: 0.88 },
      },
      {
        'results/train/metrics.json': { dice_multi: 0.9136, loss: 0.18 },
        'results/evaluate/metrics.json': { dice_multi: 0.8695 },
      },
    ]);
    repos.push(repo);
    return repo;
  };

  it('gates on the file the gate names, never on the first file', async () => {
    const repo = build(`      - { metric: "results/evaluate/metrics.json:dice_multi", min: 0.9 }
      - { metric: "results/train/metrics.json:dice_multi", min: 0.9 }`);
    const report = await check(repo, repo.shas[0], repo.shas[1]);
    const [evaluate, train] = report.models[0].gates;
    expect(evaluate).toMatchObject({
      status: 'fail',
      value: 0.8695,
      path: 'results/evaluate/metrics.json',
    });
    expect(train).toMatchObject({
      status: 'pass',
      value: 0.9136,
      path: 'results/train/metrics.json',
    });
    const finding = report.findings.find((f) => f.check === 'gate');
    expect(finding).toMatchObject({ file: 'results/evaluate/metrics.json', line: 2 });
    expect(finding?.message).toMatch(/\(gate at \.mlgate\.yml:6\)$/);
  });

  it('an unqualified name two files define is a config error naming both files and both spellings', async () => {
    const repo = build(`      - { metric: dice_multi, min: 0.5 }`);
    const report = await check(repo, repo.shas[0], repo.shas[1]);
    expect(report.passed).toBe(false);
    expect(report.models[0].gates[0]).toMatchObject({
      status: 'fail',
      ambiguous: ['results/train/metrics.json', 'results/evaluate/metrics.json'],
    });
    const config = report.findings.filter((f) => f.check === 'config');
    expect(config).toHaveLength(1);
    expect(config[0]).toMatchObject({ level: 'error', file: '.mlgate.yml', line: 6 });
    expect(config[0].message).toContain('`results/train/metrics.json:dice_multi`');
    expect(config[0].message).toContain('`results/evaluate/metrics.json:dice_multi`');
  });

  it('an unqualified name only one file defines needs no qualifier', async () => {
    const repo = build(`      - { metric: loss, vs: production, max_drop: 0 }`);
    const report = await check(repo, repo.shas[0], repo.shas[1]);
    expect(report.models[0].gates[0]).toMatchObject({
      status: 'pass',
      value: 0.18,
      reference: 0.2,
      path: 'results/train/metrics.json',
    });
  });

  it('every metric row carries its path, and both dice_multi rows are in the diff', async () => {
    const repo = build(`      - { metric: loss, max: 1 }`);
    const report = await check(repo, repo.shas[0], repo.shas[1]);
    const model = report.models[0];
    expect(model.metricsFiles).toEqual([
      'results/train/metrics.json',
      'results/evaluate/metrics.json',
    ]);
    expect(model.metrics.map((r) => [r.path, r.metric, r.base, r.head])).toEqual([
      ['results/evaluate/metrics.json', 'dice_multi', 0.88, 0.8695],
      ['results/train/metrics.json', 'dice_multi', 0.91, 0.9136],
      ['results/train/metrics.json', 'loss', 0.2, 0.18],
    ]);
  });

  it('`metrics:` takes a list of files, with the same qualified spelling', async () => {
    const repo = buildRepo([
      {
        '.mlgate.yml': `version: 1
models:
  - name: seg
    metrics: [results/train/metrics.json, results/evaluate/metrics.yaml]
    gates:
      - { metric: "results/evaluate/metrics.yaml:dice_multi", vs: production, max_drop: 0.01 }
checklist: { enabled: false }
`,
        'results/train/metrics.json': { dice_multi: 0.91 },
        'results/evaluate/metrics.yaml': 'dice_multi: 0.88\n',
      },
      { 'results/evaluate/metrics.yaml': 'dice_multi: 0.85\n' },
    ]);
    repos.push(repo);
    const report = await check(repo, repo.shas[0], repo.shas[1]);
    expect(report.models[0].gates[0]).toMatchObject({
      status: 'fail',
      value: 0.85,
      reference: 0.88,
    });
    expect(report.models[0].metrics).toEqual([
      expect.objectContaining({ path: 'results/evaluate/metrics.yaml', metric: 'dice_multi' }),
    ]);
  });
});

describe('splitRef: the last ":" whose left side is a declared metrics file', () => {
  const files = ['results/evaluate/metrics.json', 'odd:dir/m.json'];
  it.each([
    ['results/evaluate/metrics.json:dice_multi', 'results/evaluate/metrics.json', 'dice_multi'],
    ['results/evaluate/metrics.json:a:b', 'results/evaluate/metrics.json', 'a:b'],
    ['odd:dir/m.json:auc', 'odd:dir/m.json', 'auc'],
    ['other.json:auc', undefined, 'other.json:auc'],
    ['slices.*.recall', undefined, 'slices.*.recall'],
  ])('%s', (ref, file, name) => {
    expect(splitRef(ref, files)).toEqual(file ? { file, name } : { name });
  });
});
