/** SPEC §2: the config example, the gate grammar row by row, and the gate statuses. */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { renderComment } from '../../src/report/markdown.js';
import type { GateResult } from '../../src/types.js';
import { run } from '../pipeline/memory.js';
import { SPEC_CONFIG, specTrees } from './helpers.js';

describe('§2 the config example', () => {
  it('loads without findings', () => {
    const res = loadConfig('.mlgate.yml', SPEC_CONFIG);
    expect(res.findings).toEqual([]);
    expect(res.ok).toBe(true);
  });

  it('runs end to end: every gate evaluates and passes on matching metrics', async () => {
    const report = await run(specTrees());
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(report.passed).toBe(true);
    const gates = report.models[0].gates;
    const by = (gate: number) => gates.filter((g) => g.gate === gate);
    expect(gates.every((g) => g.status === 'pass')).toBe(true);
    expect(by(5).map((g) => g.metric)).toEqual([
      'slices.tenure_6_24m.recall',
      'slices.tenure_gt_24m.recall',
      'slices.tenure_lt_6m.recall',
    ]);
    expect(by(6)).toEqual([
      expect.objectContaining({
        metric: 'slices.*.positive_rate',
        value: expect.closeTo(0.25 / 0.3, 9),
        threshold: 0.8,
      }),
    ]);
    expect(by(7)[0]).toMatchObject({ metric: 'auc', value: 0.835, threshold: 0.8 });
    expect(by(8).map((g) => g.metric)).toEqual(['drift.age.psi', 'drift.plan.psi']);
    expect(by(3)[0]).toMatchObject({ reference: 0.831, threshold: 0.005 });
    expect(by(4)[0]).toMatchObject({ reference: 0.71, threshold: 0.02 });
    // The custom checklist item is listed after the 12 defaults, and required items are met.
    const items = report.checklist?.items ?? [];
    expect(items.map((i) => i.id)).toContain('fairness-review');
    expect(report.findings.filter((f) => f.check === 'checklist' && f.level !== 'notice')).toEqual(
      [],
    );
  });
});

type Gate = Record<string, unknown>;

/** Evaluate `gates` on head metrics (and production = base metrics, baseline) via the pipeline. */
async function gatesOn(
  gates: Gate[],
  head: unknown,
  opts: { production?: unknown; baseline?: unknown; format?: 'json' | 'yaml' } = {},
): Promise<GateResult[]> {
  const ext = opts.format ?? 'json';
  const ser = (v: unknown) => (ext === 'json' ? JSON.stringify(v) : stringify(v));
  const config = stringify({
    version: 1,
    models: [
      {
        name: 'm',
        metrics: `m.${ext}`,
        ...(opts.baseline !== undefined ? { baseline: `baseline.${ext}` } : {}),
        gates,
      },
    ],
    checklist: { enabled: false },
  });
  const baseline = opts.baseline !== undefined ? { [`baseline.${ext}`]: ser(opts.baseline) } : {};
  const base = {
    '.mlgate.yml': config,
    ...(opts.production !== undefined ? { [`m.${ext}`]: ser(opts.production) } : {}),
    ...baseline,
  };
  const headTree = { '.mlgate.yml': config, [`m.${ext}`]: ser(head), ...baseline };
  const report = await run({ base, head: headTree });
  expect(report.findings.filter((f) => f.check === 'config')).toEqual([]);
  return report.models[0].gates;
}

const status = (gs: GateResult[]) => gs.map((g) => g.status);

describe('§2 gate grammar', () => {
  it('metric: a dotted path into the flattened metrics', async () => {
    const g = await gatesOn([{ metric: 'a.b.c', min: 1 }], { a: { b: { c: 2 } } });
    expect(g).toMatchObject([{ metric: 'a.b.c', status: 'pass', value: 2 }]);
  });

  it('`*` matches exactly one segment', async () => {
    const g = await gatesOn([{ metric: 's.*.r', min: 0.5 }], {
      s: { a: { r: 0.9 }, b: { x: { r: 0.1 } }, r: 0.1 },
    });
    expect(g.map((x) => x.metric)).toEqual(['s.a.r']);
  });

  it.each([
    ['min', { min: 0.8 }, 0.8, 'pass'],
    ['min', { min: 0.8 }, 0.7999, 'fail'],
    ['max', { max: 0.04 }, 0.04, 'pass'],
    ['max', { max: 0.04 }, 0.0401, 'fail'],
    ['min and max', { min: 1, max: 2 }, 1.5, 'pass'],
    ['min and max', { min: 1, max: 2 }, 2.5, 'fail'],
  ])('%s is an inclusive absolute bound (%j on %s → %s)', async (_k, bound, v, want) => {
    const g = await gatesOn([{ metric: 'x', ...bound }], { x: v });
    expect(status(g)).toEqual([want]);
  });

  it.each([
    // metric, gate, production value, head value, status, threshold
    ['auc', { max_drop: 0.005 }, 0.83, 0.826, 'pass', 0.005],
    ['auc', { max_drop: 0.005 }, 0.83, 0.824, 'fail', 0.005],
    ['auc', { min_gain: 0.02 }, 0.8, 0.82, 'pass', 0.02],
    ['auc', { min_gain: 0.02 }, 0.8, 0.81, 'fail', 0.02],
    ['auc', { max_drop_pct: 5 }, 0.8, 0.761, 'pass', 5],
    ['auc', { max_drop_pct: 5 }, 0.8, 0.759, 'fail', 5],
    ['auc', { min_gain_pct: 10 }, 0.5, 0.55, 'pass', 10],
    ['auc', { min_gain_pct: 10 }, 0.5, 0.549, 'fail', 10],
    // lower is better: a rise is a drop
    ['log_loss', { max_drop: 0.01 }, 0.3, 0.309, 'pass', 0.01],
    ['log_loss', { max_drop: 0.01 }, 0.3, 0.311, 'fail', 0.01],
    ['latency_ms', { max_drop_pct: 10 }, 100, 109, 'pass', 10],
    ['latency_ms', { max_drop_pct: 10 }, 100, 111, 'fail', 10],
  ])('vs production: %s %j, %s → %s is %s', async (metric, rule, ref, value, want, threshold) => {
    const g = await gatesOn(
      [{ metric, vs: 'production', ...rule }],
      { [metric]: value },
      {
        production: { [metric]: ref },
      },
    );
    expect(g[0]).toMatchObject({ status: want, value, reference: ref, threshold });
  });

  it('vs baseline compares with the baseline file', async () => {
    const g = await gatesOn(
      [{ metric: 'auc', vs: 'baseline', min_gain: 0.02 }],
      { auc: 0.75 },
      {
        production: { auc: 0.75 },
        baseline: { auc: 0.74 },
      },
    );
    expect(g[0]).toMatchObject({ status: 'fail', value: 0.75, reference: 0.74, threshold: 0.02 });
  });

  it.each([
    ['auc', 'higher'],
    ['recall', 'higher'],
    ['log_loss', 'lower'],
    ['loss', 'lower'],
    ['calibration_error', 'lower'],
    ['top1_err', 'lower'],
    ['latency', 'lower'],
    ['p95_ms', 'lower'],
    ['serving_cost', 'lower'],
    ['mse', 'lower'],
    ['rmse', 'lower'],
    ['mae', 'lower'],
    ['ece', 'lower'],
    ['psi', 'lower'],
    ['drift', 'lower'],
    ['feature_drift', 'lower'],
  ])('better defaults by the last segment: %s is %s-is-better', async (name, dir) => {
    // A rise of 0.1 is an improvement for higher-is-better and a regression for lower.
    const g = await gatesOn(
      [{ metric: `x.${name}`, vs: 'production', max_drop: 0.05 }],
      {
        x: { [name]: 0.6 },
      },
      { production: { x: { [name]: 0.5 } } },
    );
    expect(g[0].status).toBe(dir === 'higher' ? 'pass' : 'fail');
  });

  it('better: lower / higher overrides the default', async () => {
    const g = await gatesOn(
      [
        { metric: 'auc', vs: 'production', max_drop: 0.05, better: 'lower' },
        { metric: 'loss', vs: 'production', max_drop: 0.05, better: 'higher' },
      ],
      { auc: 0.9, loss: 0.1 },
      { production: { auc: 0.8, loss: 0.2 } },
    );
    expect(status(g)).toEqual(['fail', 'fail']);
  });

  it.each([
    ['value', 0.843],
    ['lower', 0.835],
    ['upper', 0.851],
  ])('bound: %s uses that end of the CI', async (bound, value) => {
    const g = await gatesOn([{ metric: 'auc', bound, min: 0.84 }], {
      auc: { value: 0.843, ci: [0.835, 0.851] },
    });
    expect(g[0]).toMatchObject({ value, status: value >= 0.84 ? 'pass' : 'fail' });
  });

  it.each([
    ['each', [0.6, 0.9, 0.7]],
    ['min', 0.6],
    ['max', 0.9],
    ['mean', (0.6 + 0.9 + 0.7) / 3],
    ['ratio', 0.6 / 0.9],
    ['spread', 0.9 - 0.6],
  ])('aggregate: %s', async (aggregate, want) => {
    const g = await gatesOn([{ metric: 'slices.*.recall', aggregate, min: 0 }], {
      slices: { a: { recall: 0.6 }, b: { recall: 0.9 }, c: { recall: 0.7 } },
    });
    if (Array.isArray(want)) {
      expect(g.map((x) => [x.metric, x.value])).toEqual([
        ['slices.a.recall', 0.6],
        ['slices.b.recall', 0.9],
        ['slices.c.recall', 0.7],
      ]);
    } else {
      expect(g).toHaveLength(1);
      expect(g[0].metric).toBe('slices.*.recall');
      expect(g[0].value).toBeCloseTo(want, 12);
    }
  });

  it.each([
    ['error', 'fail', false],
    ['warn', 'warn', true],
    ['off', 'skip', true],
  ])('level: %s → status %s (passed: %s)', async (level, want, passed) => {
    const config = stringify({
      version: 1,
      models: [{ name: 'm', metrics: 'm.json', gates: [{ metric: 'x', min: 1, level }] }],
      checklist: { enabled: false },
    });
    const tree = { '.mlgate.yml': config, 'm.json': '{"x": 0}' };
    const report = await run({ base: tree, head: tree });
    expect(report.models[0].gates[0]).toMatchObject({ status: want, level });
    expect(report.passed).toBe(passed);
  });

  it('level defaults to error', async () => {
    const g = await gatesOn([{ metric: 'x', min: 1 }], { x: 0 });
    expect(g[0]).toMatchObject({ level: 'error', status: 'fail' });
  });

  const unusable: [string, Gate, unknown, { production?: unknown; format?: 'yaml' }][] = [
    ['a missing metric', { metric: 'nope', min: 0 }, { x: 1 }, {}],
    ['a wildcard matching nothing', { metric: 'slices.*.recall', min: 0 }, { x: 1 }, {}],
    [
      'a missing reference',
      { metric: 'x', vs: 'production', max_drop: 1 },
      { x: 1 },
      { production: { y: 1 } },
    ],
    ['a missing baseline file', { metric: 'x', vs: 'baseline', max_drop: 1 }, { x: 1 }, {}],
    ['a missing CI for bound', { metric: 'x', bound: 'lower', min: 0 }, { x: 1 }, {}],
    ['NaN', { metric: 'x', min: 0 }, { x: Number.NaN }, { format: 'yaml' }],
    ['+Infinity', { metric: 'x', max: 1e9 }, { x: Infinity }, { format: 'yaml' }],
    ['-Infinity', { metric: 'x', min: -1e9 }, { x: -Infinity }, { format: 'yaml' }],
    ['a string', { metric: 'x', min: 0 }, { x: 'high' }, {}],
    ['a boolean', { metric: 'x', min: 0 }, { x: true }, {}],
  ];
  it.each(unusable)('required (default): %s fails the gate', async (_why, gate, head, opts) => {
    const g = await gatesOn([gate], head, opts);
    expect(status(g)).toEqual(['fail']);
  });
  it.each(unusable)('required: false: %s skips the gate', async (_why, gate, head, opts) => {
    const g = await gatesOn([{ ...gate, required: false }], head, opts);
    expect(status(g)).toEqual(['skip']);
  });

  it('name is shown in the comment and the report', async () => {
    const config = stringify({
      version: 1,
      models: [
        { name: 'm', metrics: 'm.json', gates: [{ metric: 'x', min: 1, name: 'Quality floor' }] },
      ],
      checklist: { enabled: false },
    });
    const tree = { '.mlgate.yml': config, 'm.json': '{"x": 0}' };
    const report = await run({ base: tree, head: tree });
    expect(report.models[0].gates[0].name).toBe('Quality floor');
    expect(renderComment(report, { commentKey: 'k' }).markdown).toContain('Quality floor');
  });

  it('gate statuses are pass, fail, warn and skip', async () => {
    const g = await gatesOn(
      [
        { metric: 'x', min: 0 },
        { metric: 'x', min: 2 },
        { metric: 'x', min: 2, level: 'warn' },
        { metric: 'y', min: 0, required: false },
      ],
      { x: 1 },
    );
    expect(status(g)).toEqual(['pass', 'fail', 'warn', 'skip']);
  });

  it('unknown keys in a gate are errors with the line', () => {
    const res = loadConfig(
      '.mlgate.yml',
      'version: 1\nmodels:\n  - name: m\n    metrics: m.json\n    gates:\n      - { metric: x, mn: 1 }\n',
    );
    expect(res.ok).toBe(false);
    expect(res.findings[0]).toMatchObject({ level: 'error', check: 'config', line: 6 });
    expect(res.findings[0].message).toMatch(/unknown key "mn"/);
  });
});

describe('§1 config-source', () => {
  it('with no config at base (first adoption) the head config is used and the comment says so', async () => {
    const trees = specTrees();
    delete trees.base['.mlgate.yml'];
    const report = await run(trees);
    expect(report.config.source).toBe('head');
    expect(report.models[0].gates.length).toBeGreaterThan(0);
    expect(renderComment(report, { commentKey: 'k' }).markdown).toMatch(/first adoption/);
  });

  it('config-source base: a PR cannot loosen its own gates', async () => {
    const trees = specTrees();
    trees.head['.mlgate.yml'] = trees.head['.mlgate.yml'].replace('min: 0.82', 'min: 0.5');
    trees.head['models/churn/metrics.json'] = trees.head['models/churn/metrics.json'].replace(
      '"value": 0.843',
      '"value": 0.81',
    );
    const report = await run(trees);
    expect(report.models[0].gates[0]).toMatchObject({
      metric: 'auc',
      status: 'fail',
      threshold: 0.82,
    });
    const fromHead = await run({ ...trees, configSource: 'head' });
    expect(fromHead.models[0].gates[0]).toMatchObject({ status: 'pass', threshold: 0.5 });
  });
});
