import { describe, expect, it } from 'vitest';
import { describeGate, diffPolicy } from '../../src/checks/policy.js';
import type { Config, GateSpec, ModelConfig } from '../../src/config/types.js';

const model = (gates: GateSpec[], extra: Partial<ModelConfig> = {}): ModelConfig => ({
  name: 'churn',
  metrics: 'm.json',
  gates,
  ...extra,
});
const config = (...models: ModelConfig[]): Config => ({ version: 1, models });

const change = (before: GateSpec, after: GateSpec) =>
  diffPolicy(config(model([before])), config(model([after])));

describe('diffPolicy: one gate edited', () => {
  it.each<[string, GateSpec, GateSpec, string, boolean]>([
    ['lower min', { metric: 'auc', min: 0.82 }, { metric: 'auc', min: 0.7 }, 'loosened', true],
    ['higher min', { metric: 'auc', min: 0.82 }, { metric: 'auc', min: 0.85 }, 'tightened', false],
    [
      'min removed',
      { metric: 'auc', min: 0.82, max: 1 },
      { metric: 'auc', max: 1 },
      'loosened',
      true,
    ],
    [
      'min added',
      { metric: 'auc', max: 1 },
      { metric: 'auc', min: 0.8, max: 1 },
      'tightened',
      false,
    ],
    ['higher max', { metric: 'lat', max: 80 }, { metric: 'lat', max: 120 }, 'loosened', true],
    ['lower max', { metric: 'lat', max: 80 }, { metric: 'lat', max: 60 }, 'tightened', false],
    [
      'bigger max_drop',
      { metric: 'auc', vs: 'production', max_drop: 0.005 },
      { metric: 'auc', vs: 'production', max_drop: 0.02 },
      'loosened',
      true,
    ],
    [
      'smaller max_drop',
      { metric: 'auc', vs: 'production', max_drop: 0.02 },
      { metric: 'auc', vs: 'production', max_drop: 0.005 },
      'tightened',
      false,
    ],
    [
      'max_drop added to a no-drop vs gate',
      { metric: 'auc', vs: 'production' },
      { metric: 'auc', vs: 'production', max_drop: 0.01 },
      'loosened',
      true,
    ],
    [
      'bigger max_drop_pct',
      { metric: 'auc', vs: 'production', max_drop_pct: 1 },
      { metric: 'auc', vs: 'production', max_drop_pct: 2 },
      'loosened',
      true,
    ],
    [
      'smaller min_gain',
      { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
      { metric: 'auc', vs: 'baseline', min_gain: 0.01 },
      'loosened',
      true,
    ],
    [
      'bigger min_gain',
      { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
      { metric: 'auc', vs: 'baseline', min_gain: 0.03 },
      'tightened',
      false,
    ],
    [
      'smaller min_gain_pct',
      { metric: 'auc', vs: 'baseline', min_gain_pct: 5 },
      { metric: 'auc', vs: 'baseline', min_gain_pct: 1 },
      'loosened',
      true,
    ],
    [
      'max_drop → max_drop_pct',
      { metric: 'auc', vs: 'production', max_drop: 0.01 },
      { metric: 'auc', vs: 'production', max_drop_pct: 1 },
      'changed',
      false,
    ],
    [
      'level error → warn',
      { metric: 'auc', min: 0.8 },
      { metric: 'auc', min: 0.8, level: 'warn' },
      'loosened',
      true,
    ],
    [
      'level error → off',
      { metric: 'auc', min: 0.8 },
      { metric: 'auc', min: 0.8, level: 'off' },
      'loosened',
      true,
    ],
    [
      'level warn → error',
      { metric: 'auc', min: 0.8, level: 'warn' },
      { metric: 'auc', min: 0.8 },
      'tightened',
      false,
    ],
    [
      'required true → false',
      { metric: 'auc', min: 0.8 },
      { metric: 'auc', min: 0.8, required: false },
      'loosened',
      true,
    ],
    [
      'required false → true',
      { metric: 'auc', min: 0.8, required: false },
      { metric: 'auc', min: 0.8, required: true },
      'tightened',
      false,
    ],
    [
      'better flipped',
      { metric: 'x', vs: 'production' },
      { metric: 'x', vs: 'production', better: 'lower' },
      'changed',
      false,
    ],
    [
      'loosened wins over tightened',
      { metric: 'auc', min: 0.8, max: 0.9 },
      { metric: 'auc', min: 0.85, max: 0.99 },
      'loosened',
      true,
    ],
  ])('%s', (_n, before, after, kind, flagged) => {
    const changes = change(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      model: 'churn',
      metric: before.metric,
      kind,
      flagged,
      before: describeGate(before),
      after: describeGate(after),
      at: { model: 0, gate: 0 },
    });
  });

  it('an unchanged gate (or a renamed one) is not a change', () => {
    expect(change({ metric: 'auc', min: 0.8 }, { metric: 'auc', min: 0.8 })).toEqual([]);
    expect(change({ metric: 'auc', min: 0.8 }, { metric: 'auc', min: 0.8, name: 'x' })).toEqual([]);
  });
});

describe('diffPolicy: gates and models added and removed', () => {
  it('matches gates by metric + vs + bound + aggregate', () => {
    const base = config(
      model([
        { metric: 'auc', min: 0.82 },
        { metric: 'auc', vs: 'production', max_drop: 0.005 },
        { metric: 'auc', bound: 'lower', min: 0.8 },
        { metric: 's.*.r', aggregate: 'ratio', min: 0.8 },
      ]),
    );
    const head = config(
      model([
        { metric: 'auc', vs: 'production', max_drop: 0.005 },
        { metric: 'auc', bound: 'lower', min: 0.81 },
        { metric: 's.*.r', aggregate: 'min', min: 0.5 },
        { metric: 'latency.p95_ms', max: 80 },
      ]),
    );
    expect(
      diffPolicy(base, head).map((c) => [c.kind, c.metric, c.flagged, c.before ?? c.after]),
    ).toEqual([
      ['removed', 'auc', true, 'min 0.82'],
      ['removed', 's.*.r', true, 'min 0.8, aggregate ratio'],
      ['tightened', 'auc', false, 'min 0.8, bound lower'],
      ['added', 'latency.p95_ms', false, 'max 80'],
      ['added', 's.*.r', false, 'min 0.5, aggregate min'],
    ]);
  });

  it('pairs duplicate keys in order', () => {
    const base = config(
      model([
        { metric: 'auc', min: 0.8 },
        { metric: 'auc', max: 0.99 },
      ]),
    );
    const head = config(
      model([
        { metric: 'auc', min: 0.8 },
        { metric: 'auc', max: 1 },
      ]),
    );
    expect(diffPolicy(base, head)).toMatchObject([
      { kind: 'loosened', before: 'max 0.99', after: 'max 1' },
    ]);
  });

  it('flags a removed model and lists an added one', () => {
    const base = config(model([{ metric: 'auc', min: 0.8 }]), { ...model([]), name: 'fraud' });
    const head = config(model([{ metric: 'auc', min: 0.8 }]), {
      ...model([{ metric: 'auc', min: 0.9 }]),
      name: 'ranker',
    });
    expect(diffPolicy(base, head)).toMatchObject([
      { model: 'fraud', metric: '(model)', kind: 'removed', flagged: true },
      {
        model: 'ranker',
        metric: '(model)',
        kind: 'added',
        flagged: false,
        after: 'model with 1 gates',
        at: { model: 1 },
      },
    ]);
  });

  it('flags a changed production or baseline file, not a moved metrics file', () => {
    const base = config(model([], { baseline: 'b.json' }));
    const head = config(
      model([], { baseline: 'b2.json', production: 'prod.json', metrics: 'n.json' }),
    );
    expect(diffPolicy(base, head).map((c) => [c.metric, c.flagged, c.before, c.after])).toEqual([
      ['(baseline file)', true, 'b.json', 'b2.json'],
      ['(metrics file)', false, 'm.json', 'n.json'],
      ['(production file)', true, 'base', 'prod.json'],
    ]);
  });

  it('shows a changed PSI ε', () => {
    const base = config(model([]));
    const head = { ...config(model([])), metrics_policy: { psi_epsilon: 0.001 } };
    expect(diffPolicy(base, head)).toMatchObject([
      {
        metric: '(metrics_policy.psi_epsilon)',
        kind: 'changed',
        before: 'default 0.0001',
        after: '0.001',
      },
    ]);
  });

  it('is sorted and deterministic', () => {
    const base = config(
      model([
        { metric: 'b', min: 1 },
        { metric: 'a', min: 1 },
      ]),
    );
    const head = config(
      model([
        { metric: 'b', min: 0 },
        { metric: 'a', min: 0 },
      ]),
    );
    expect(diffPolicy(base, head).map((c) => c.metric)).toEqual(['a', 'b']);
  });
});
