/** SPEC §9 Report JSON: keys, gate result semantics, finding levels and checks, the verdict. */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import type { FailOn } from '../../src/report/model.js';
import { toJson } from '../../src/report/json.js';
import { MemorySource } from '../pipeline/memory.js';
import { specMetrics, specTrees, type Files } from './helpers.js';

/** The report JSON as another tool reads it. */
interface ReportJson {
  version: number;
  passed: boolean;
  counts: { errors: number; warnings: number };
  pr: { number: number | null; base: string | null; head: string | null };
  models: {
    name: string;
    gates: { metric: string; level: string; [key: string]: unknown }[];
    metrics: { metric: string; [key: string]: unknown }[];
  }[];
  findings: { level: string; check: string; message: string; [key: string]: unknown }[];
}

async function reportJson(
  trees: { base: Files; head: Files },
  failOn: FailOn = 'error',
): Promise<ReportJson> {
  const report = await runPipeline({
    head: new MemorySource('head', trees.head),
    base: new MemorySource('base', trees.base),
    configPath: '.mlgate.yml',
    configSource: 'base',
    prBody: null,
    pr: { number: 42, base: 'b'.repeat(40), head: 'h'.repeat(40) },
    failOn,
  });
  return JSON.parse(toJson(report));
}

const oneModel = (gates: unknown[], base: unknown, head: unknown, extra: Files = {}) => {
  const config = stringify({
    version: 1,
    models: [{ name: 'churn', metrics: 'models/churn/metrics.json', gates }],
    checklist: { enabled: false },
  });
  return {
    base: { '.mlgate.yml': config, 'models/churn/metrics.json': JSON.stringify(base), ...extra },
    head: { '.mlgate.yml': config, 'models/churn/metrics.json': JSON.stringify(head), ...extra },
  };
};

describe('§9 the example', () => {
  it('auc 0.81 < min 0.82: the gate, the metric row and the finding as in the SPEC example', async () => {
    const r = await reportJson(
      oneModel([{ metric: 'auc', min: 0.82 }], { auc: 0.83 }, { auc: 0.81 }),
    );
    expect(r).toMatchObject({
      version: 1,
      passed: false,
      counts: { errors: 1, warnings: 0 },
      pr: { number: 42, base: 'b'.repeat(40), head: 'h'.repeat(40) },
    });
    expect(r.models).toHaveLength(1);
    expect(r.models[0].name).toBe('churn');
    expect(r.models[0].gates).toEqual([
      expect.objectContaining({
        metric: 'auc',
        status: 'fail',
        level: 'error',
        value: 0.81,
        reference: null,
        threshold: 0.82,
        message: 'auc 0.81 < min 0.82',
      }),
    ]);
    expect(r.models[0].metrics).toEqual([
      expect.objectContaining({ metric: 'auc', base: 0.83, head: 0.81, change: -0.02 }),
    ]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        level: 'error',
        check: 'gate',
        model: 'churn',
        file: 'models/churn/metrics.json',
        line: 1,
        // The finding also names the config line of the gate that asked (issue 10).
        message: expect.stringMatching(/^auc 0\.81 < min 0\.82 \(gate at \.mlgate\.yml:\d+\)$/),
      }),
    ]);
  });
});

describe('§9 gate result fields', () => {
  it.each([
    [
      'min',
      { metric: 'auc', min: 0.8 },
      { metric: 'auc', value: 0.843, reference: null, threshold: 0.8 },
    ],
    [
      'max',
      { metric: 'calibration_error', max: 0.04 },
      { metric: 'calibration_error', value: 0.028, reference: null, threshold: 0.04 },
    ],
    [
      'bound lower: value is the CI bound',
      { metric: 'auc', bound: 'lower', min: 0.8 },
      { value: 0.835, threshold: 0.8 },
    ],
    ['bound upper', { metric: 'auc', bound: 'upper', max: 0.9 }, { value: 0.851, threshold: 0.9 }],
    [
      'vs production: reference and allowed drop',
      { metric: 'auc', vs: 'production', max_drop: 0.005 },
      { value: 0.843, reference: 0.831, threshold: 0.005 },
    ],
    [
      'vs production: pct',
      { metric: 'auc', vs: 'production', max_drop_pct: 1 },
      { value: 0.843, reference: 0.831, threshold: 1 },
    ],
    [
      'vs baseline: required gain',
      { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
      { value: 0.843, reference: 0.71, threshold: 0.02 },
    ],
    [
      'aggregate: metric is the pattern, value the aggregate',
      { metric: 'slices.*.recall', aggregate: 'min', min: 0.7 },
      { metric: 'slices.*.recall', value: 0.71, threshold: 0.7 },
    ],
  ])('%s', async (_what, gate, want) => {
    const trees = specTrees();
    const config = stringify({
      version: 1,
      models: [
        {
          name: 'churn',
          metrics: 'models/churn/metrics.json',
          baseline: 'models/churn/baseline-metrics.json',
          gates: [gate],
        },
      ],
      checklist: { enabled: false },
    });
    trees.base['.mlgate.yml'] = config;
    trees.head['.mlgate.yml'] = config;
    const r = await reportJson(trees);
    expect(r.models[0].gates).toHaveLength(1);
    const g = r.models[0].gates[0];
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
    expect(g).toMatchObject({ status: 'pass', level: 'error', ...want });
  });

  it('a wildcard evaluated each: one result per match, with the concrete path', async () => {
    const r = await reportJson(specTrees());
    const recall = r.models[0].gates.filter((g: { metric: string }) =>
      g.metric.endsWith('.recall'),
    );
    expect(recall.map((g: { metric: string }) => g.metric)).toEqual([
      'slices.tenure_6_24m.recall',
      'slices.tenure_gt_24m.recall',
      'slices.tenure_lt_6m.recall',
    ]);
    expect(recall.map((g: { level: string }) => g.level)).toEqual(['warn', 'warn', 'warn']);
  });

  it('a failed warn gate has status warn and level warn', async () => {
    const r = await reportJson(
      specTrees(
        specMetrics({
          slices: {
            a: { recall: 0.5, positive_rate: 0.3 },
            b: { recall: 0.9, positive_rate: 0.3 },
          },
        }),
      ),
    );
    expect(r.models[0].gates).toContainEqual(
      expect.objectContaining({
        metric: 'slices.a.recall',
        status: 'warn',
        level: 'warn',
        value: 0.5,
      }),
    );
  });
});

const CHECKS = [
  'config',
  'metrics',
  'gate',
  'policy',
  'contract',
  'contract-change',
  'rollout',
  'manifest',
  'checklist',
  'ledger',
  'comment',
];

describe('§9 findings', () => {
  it.each([
    ['the SPEC example', () => specTrees()],
    ['a failing one', () => specTrees(specMetrics({ auc: 0.1, latency: 'fast' }))],
    [
      'a broken contract, rollout and manifest',
      () => {
        const t = specTrees();
        t.head['data/churn.odcs.yaml'] = 'apiVersion: v3.0.0\nkind: DataContract\nschema: 7\n';
        t.head['deploy/churn-rollout.yaml'] = 'kind: MlgateRollout\nsteps: [{ traffic: 100 }]\n';
        t.head['models/churn/model.yaml'] = 'name: 1\n';
        t.head['models/churn/LEDGER.md'] = 'nothing\n';
        return t;
      },
    ],
  ])('levels and checks are from the listed sets (%s)', async (_w, trees) => {
    const r = await reportJson(trees());
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(['error', 'warning', 'notice']).toContain(f.level);
      expect(CHECKS).toContain(f.check);
      expect(typeof f.message).toBe('string');
    }
    expect(r.counts.errors).toBe(
      r.findings.filter((f: { level: string }) => f.level === 'error').length,
    );
    expect(r.counts.warnings).toBe(
      r.findings.filter((f: { level: string }) => f.level === 'warning').length,
    );
  });

  it.each([
    // warn gate fails → one warning finding
    ['error', 'warning only', false, true],
    ['warning', 'warning only', false, false],
    ['never', 'warning only', false, true],
    ['error', 'an error', true, false],
    ['warning', 'an error', true, false],
    ['never', 'an error', true, true],
  ] as const)('fail-on %s with %s: passed is %s', async (failOn, _w, error, passed) => {
    const gates = [{ metric: 'x', min: 1, level: error ? 'error' : 'warn' }];
    const r = await reportJson(oneModel(gates, { x: 0 }, { x: 0 }), failOn);
    expect(r.passed).toBe(passed);
  });

  it('notices alone never fail, even with fail-on warning', async () => {
    const r = await reportJson(specTrees(), 'warning');
    const worst = r.findings.map((f: { level: string }) => f.level);
    expect(r.passed).toBe(!worst.includes('error') && !worst.includes('warning'));
  });
});
