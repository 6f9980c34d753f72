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

describe('templated dvc.yaml (issue 10 point 3)', () => {
  it('resolves ${} from params.yaml, top-level vars and stage vars as DVC does', async () => {
    const repo = buildRepo([
      {
        'ml/params.yaml': 'data:\n  metrics_file: eval/metrics.json\nflags: { on: true }\n',
        'ml/extra.yaml': 'paths:\n  - unused\n  - reports\nother: 1\n',
        'ml/dvc.yaml': `vars:
  - extra.yaml:paths
  - { split: test }
stages:
  evaluate:
    vars:
      - { name: scores }
    metrics:
      - \${data.metrics_file}:
          cache: false
      - \${paths[1]}/\${split}-\${name}.json:
          cache: false
`,
        'ml/eval/metrics.json': { auc: 0.9 },
        'ml/reports/test-scores.json': { f1: 0.7 },
        '.mlgate.yml':
          'version: 1\nmodels:\n  - name: m\n    metrics: ml/dvc.yaml\n    gates:\n      - { metric: auc, min: 0.8 }\n      - { metric: f1, min: 0.6 }\nchecklist: { enabled: false }\n',
      },
    ]);
    try {
      const report = await check(repo, null, repo.shas[0]);
      expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
      expect(report.models[0].metricsFiles).toEqual([
        'ml/eval/metrics.json',
        'ml/reports/test-scores.json',
      ]);
      expect(report.models[0].gates.map((g) => [g.status, g.path])).toEqual([
        ['pass', 'ml/eval/metrics.json'],
        ['pass', 'ml/reports/test-scores.json'],
      ]);
    } finally {
      repo.remove();
    }
  });

  it('an unresolvable ${} names the expression and the line', async () => {
    const repo = buildRepo([
      {
        'dvc.yaml': 'stages:\n  evaluate:\n    metrics:\n      - ${nope.file}\n',
        '.mlgate.yml':
          'version: 1\nmodels:\n  - name: m\n    metrics: dvc.yaml\n    gates:\n      - { metric: auc, min: 0.8 }\nchecklist: { enabled: false }\n',
      },
    ]);
    try {
      const report = await check(repo, null, repo.shas[0]);
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          file: 'dvc.yaml',
          line: 4,
          message: '`${nope.file}`: `nope.file` is not defined in params.yaml or `vars`',
        }),
      );
      expect(report.passed).toBe(false);
    } finally {
      repo.remove();
    }
  });
});

describe('DVC-cached outputs (issue 10 point 3)', () => {
  it('a git-ignored metrics file under a cached stage output says `dvc pull` or `cache: false`', async () => {
    // The get-started layout: `outs: [eval]`, top-level `metrics: [eval/metrics.json]`, /eval ignored.
    const repo = buildRepo([
      {
        '.gitignore': '/eval\n',
        'dvc.yaml':
          'stages:\n  evaluate:\n    cmd: python src/evaluate.py\n    outs:\n      - eval\nmetrics:\n  - eval/metrics.json\n',
        '.mlgate.yml':
          'version: 1\nmodels:\n  - name: m\n    metrics: dvc.yaml\n    gates:\n      - { metric: avg_prec.test, min: 0.9 }\nchecklist: { enabled: false }\n',
      },
    ]);
    try {
      const report = await check(repo, null, 'workspace');
      const missing = report.findings.find((f) => f.file === 'eval/metrics.json');
      expect(missing?.level).toBe('error');
      expect(missing?.message).toContain('not found in the working tree (declared in dvc.yaml:7)');
      expect(missing?.message).toContain('DVC-cached output of stage `evaluate`');
      expect(missing?.message).toContain('`dvc pull`');
      expect(missing?.message).toContain('`cache: false`');
    } finally {
      repo.remove();
    }
  });
});

describe('nested keys renamed across commits', () => {
  it('the diff shows the old key removed and the new one added, in the same file', async () => {
    const repo = buildRepo([
      {
        '.mlgate.yml':
          'version: 1\nmodels:\n  - name: m\n    metrics: metrics.yaml\n    gates:\n      - { metric: test.acc, min: 0.5 }\nchecklist: { enabled: false }\n',
        'metrics.yaml': 'train:\n  acc: 0.9\ntest:\n  acc: 0.8\n',
      },
      { 'metrics.yaml': 'training:\n  acc: 0.91\ntest:\n  accuracy: 0.81\n' },
    ]);
    try {
      const report = await check(repo, repo.shas[0], repo.shas[1]);
      expect(report.models[0].metrics.map((r) => [r.metric, r.base, r.head])).toEqual([
        ['test.acc', 0.8, null],
        ['test.accuracy', null, 0.81],
        ['train.acc', 0.9, null],
        ['training.acc', null, 0.91],
      ]);
      const gate = report.findings.find((f) => f.check === 'gate');
      expect(gate).toMatchObject({ file: '.mlgate.yml', line: 6 });
      // It names the revision it looked in, and the gate's line is the finding's.
      expect(gate?.message).toBe(
        `test.acc is missing from metrics.yaml at commit ${repo.shas[1].slice(0, 7)} (did you mean \`test.accuracy\`?)`,
      );
    } finally {
      repo.remove();
    }
  });
});
