import { describe, expect, it } from 'vitest';
import { betterOf, evaluateGates, matchPattern, type GateInputs } from '../../src/checks/gates.js';
import type { GateSpec } from '../../src/config/types.js';
import type { MetricSet, MetricValue } from '../../src/types.js';

type Leaf = MetricValue['value'] | { value: MetricValue['value']; ci: [number, number] };

function set(values: Record<string, Leaf>, file = 'm.json'): MetricSet {
  return {
    file,
    values: new Map(
      Object.entries(values).map(([k, v]) => [
        k,
        v !== null && typeof v === 'object' ? { value: v.value, ci: v.ci } : { value: v },
      ]),
    ),
    meta: {},
    notes: [],
  };
}

const evalAll = (gate: GateSpec, inputs: Partial<GateInputs>) =>
  evaluateGates([gate], { head: null, production: null, baseline: null, ...inputs });

const one = (gate: GateSpec, head: MetricSet | null, production: MetricSet | null = null) =>
  evalAll(gate, { head, production })[0];

describe('min / max (inclusive) and level', () => {
  it.each<[GateSpec, number, string, string]>([
    [{ metric: 'auc', min: 0.82 }, 0.83, 'pass', 'auc 0.83 ≥ min 0.82'],
    [{ metric: 'auc', min: 0.82 }, 0.82, 'pass', 'auc 0.82 ≥ min 0.82'],
    [{ metric: 'auc', min: 0.82 }, 0.812, 'fail', 'auc 0.812 < min 0.82'],
    [{ metric: 'lat', max: 80 }, 80, 'pass', 'lat 80 ≤ max 80'],
    [{ metric: 'lat', max: 80 }, 81, 'fail', 'lat 81 > max 80'],
    [{ metric: 'x', min: 1, max: 2 }, 1.5, 'pass', 'x 1.5 ≥ min 1 and ≤ max 2'],
    [{ metric: 'x', min: 1, max: 2 }, 2.5, 'fail', 'x 2.5 > max 2'],
    [{ metric: 'auc', min: 0.82, level: 'warn' }, 0.81, 'warn', 'auc 0.81 < min 0.82'],
    [{ metric: 'auc', min: 0.82, level: 'warn' }, 0.83, 'pass', 'auc 0.83 ≥ min 0.82'],
    [{ metric: 'auc', min: 0.82, level: 'off' }, 0.1, 'skip', 'auc: gate is off (level: off)'],
  ])('%o with %d → %s', (gate, value, status, message) => {
    const r = one(gate, set({ [gate.metric]: value }));
    expect(r.status).toBe(status);
    expect(r.message).toBe(message);
    expect(r.level).toBe(gate.level ?? 'error');
  });

  it('carries value, null reference, threshold, the name and the gate index', () => {
    const [a, b] = evaluateGates(
      [
        { metric: 'auc', min: 0.82 },
        { metric: 'lat', max: 80, name: 'p95 latency' },
      ],
      { head: set({ auc: 0.81, lat: 70 }), production: null, baseline: null },
    );
    expect(a).toMatchObject({ value: 0.81, reference: null, threshold: 0.82, gate: 0 });
    expect(a.thresholdKind).toBe('min');
    expect(b).toMatchObject({ name: 'p95 latency', threshold: 80, thresholdKind: 'max', gate: 1 });
  });
});

describe('fail closed (required: true by default) and skip (required: false)', () => {
  const cases: [string, GateSpec, Partial<GateInputs>, RegExp][] = [
    [
      'metric missing',
      { metric: 'auc', min: 0.5 },
      { head: set({}) },
      /auc is missing from m\.json/,
    ],
    ['no metrics file', { metric: 'auc', min: 0.5 }, { head: null }, /no metrics file/],
    ['NaN', { metric: 'auc', min: 0.5 }, { head: set({ auc: NaN }) }, /auc is NaN/],
    ['+Infinity', { metric: 'auc', max: 5 }, { head: set({ auc: Infinity }) }, /\+Infinity/],
    ['-Infinity', { metric: 'auc', min: 0 }, { head: set({ auc: -Infinity }) }, /-Infinity/],
    [
      'a string',
      { metric: 'auc', min: 0.5 },
      { head: set({ auc: 'high' }) },
      /not a number \("high"\)/,
    ],
    ['a boolean', { metric: 'auc', min: 0.5 }, { head: set({ auc: true }) }, /not a number/],
    ['null', { metric: 'auc', min: 0.5 }, { head: set({ auc: null }) }, /not a number/],
    [
      'reference missing',
      { metric: 'auc', vs: 'production', max_drop: 0.01 },
      { head: set({ auc: 0.9 }), production: set({}, 'base.json') },
      /production auc is missing from base\.json/,
    ],
    [
      'no reference file',
      { metric: 'auc', vs: 'baseline', min_gain: 0.01 },
      { head: set({ auc: 0.9 }) },
      /baseline auc is missing \(no metrics file\)/,
    ],
    [
      'reference NaN',
      { metric: 'auc', vs: 'production' },
      { head: set({ auc: 0.9 }), production: set({ auc: NaN }) },
      /production auc is NaN/,
    ],
    [
      'CI missing for bound',
      { metric: 'auc', bound: 'lower', min: 0.8 },
      { head: set({ auc: 0.9 }) },
      /auc has no confidence interval \(needed for bound: lower\)/,
    ],
    [
      'wildcard matching nothing',
      { metric: 'slices.*.recall', min: 0.7 },
      { head: set({ auc: 0.9 }) },
      /no metric matches slices\.\*\.recall in m\.json/,
    ],
    [
      'aggregate over a NaN match',
      { metric: 'slices.*.recall', aggregate: 'min', min: 0.7 },
      { head: set({ 'slices.a.recall': 0.9, 'slices.b.recall': NaN }) },
      /min of slices\.\*\.recall: slices\.b\.recall is NaN/,
    ],
    [
      'ratio with max 0',
      { metric: 'slices.*.rate', aggregate: 'ratio', min: 0.8 },
      { head: set({ 'slices.a.rate': 0, 'slices.b.rate': 0 }) },
      /ratio min\/max is undefined \(max is 0\)/,
    ],
    [
      'pct against a zero reference',
      { metric: 'errors', vs: 'production', max_drop_pct: 5 },
      { head: set({ errors: 1 }), production: set({ errors: 0 }) },
      /cannot compute a relative change against a production value of 0/,
    ],
    [
      'aggregate reference matching nothing',
      { metric: 'slices.*.recall', aggregate: 'mean', vs: 'production', max_drop: 0.01 },
      { head: set({ 'slices.a.recall': 0.9 }), production: set({ auc: 1 }) },
      /production has no metric matching slices\.\*\.recall/,
    ],
  ];

  it.each(cases)('%s fails a required gate', (_n, gate, inputs, why) => {
    const [r] = evalAll(gate, inputs);
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(why);
    expect(r.threshold).toBeNull();
  });

  it.each(cases)('%s warns at level warn', (_n, gate, inputs) => {
    expect(evalAll({ ...gate, level: 'warn' }, inputs)[0].status).toBe('warn');
  });

  it.each(cases)('%s skips with required: false', (_n, gate, inputs, why) => {
    const [r] = evalAll({ ...gate, required: false }, inputs);
    expect(r.status).toBe('skip');
    expect(r.message).toMatch(/^skipped: /);
    expect(r.message).toMatch(why);
  });
});

describe('vs production / baseline', () => {
  const prod = set({ auc: 0.831, 'latency.p95_ms': 61, rate: 0.5 }, 'base.json');
  it.each<[string, GateSpec, Record<string, number>, string, number | null, string]>([
    [
      'max_drop within',
      { metric: 'auc', vs: 'production', max_drop: 0.005 },
      { auc: 0.828 },
      'pass',
      0.005,
      'auc dropped 0.003 vs production (0.831 → 0.828; max 0.005)',
    ],
    [
      'max_drop exactly (float noise tolerated)',
      { metric: 'auc', vs: 'production', max_drop: 0.005 },
      { auc: 0.826 },
      'pass',
      0.005,
      'auc dropped 0.005 vs production (0.831 → 0.826; max 0.005)',
    ],
    [
      'max_drop exceeded',
      { metric: 'auc', vs: 'production', max_drop: 0.005 },
      { auc: 0.82 },
      'fail',
      0.005,
      'auc dropped 0.011 vs production (0.831 → 0.82; max 0.005)',
    ],
    [
      'no relative key means no drop allowed',
      { metric: 'auc', vs: 'production' },
      { auc: 0.83 },
      'fail',
      0,
      'auc dropped 0.001 vs production (0.831 → 0.83; max 0)',
    ],
    [
      'an improvement',
      { metric: 'auc', vs: 'production', max_drop: 0.005 },
      { auc: 0.84 },
      'pass',
      0.005,
      'auc improved 0.009 vs production (0.831 → 0.84; max 0.005)',
    ],
    [
      'lower is better: a rise is a drop',
      { metric: 'latency.p95_ms', vs: 'production', max_drop: 5 },
      { 'latency.p95_ms': 70 },
      'fail',
      5,
      'latency.p95_ms rose 9 vs production (61 → 70; max 5)',
    ],
    [
      'lower is better: a fall is an improvement',
      { metric: 'latency.p95_ms', vs: 'production', max_drop: 5 },
      { 'latency.p95_ms': 50 },
      'pass',
      5,
      'latency.p95_ms improved 11 vs production (61 → 50; max 5)',
    ],
    [
      'better: lower overrides the name',
      { metric: 'rate', vs: 'production', max_drop: 0.01, better: 'lower' },
      { rate: 0.52 },
      'fail',
      0.01,
      'rate rose 0.02 vs production (0.5 → 0.52; max 0.01)',
    ],
    [
      'max_drop_pct within',
      { metric: 'auc', vs: 'production', max_drop_pct: 1 },
      { auc: 0.824 },
      'pass',
      1,
      'auc dropped 0.8424% vs production (0.831 → 0.824; max 1%)',
    ],
    [
      'max_drop_pct exceeded',
      { metric: 'latency.p95_ms', vs: 'production', max_drop_pct: 10 },
      { 'latency.p95_ms': 70 },
      'fail',
      10,
      'latency.p95_ms rose 14.754% vs production (61 → 70; max 10%)',
    ],
    [
      'min_gain_pct met',
      { metric: 'rate', vs: 'production', min_gain_pct: 10 },
      { rate: 0.56 },
      'pass',
      10,
      'rate gained 12% vs production (0.5 → 0.56; min gain 10%)',
    ],
  ])('%s', (_n, gate, head, status, threshold, message) => {
    const r = one(gate, set(head), prod);
    expect(r).toMatchObject({ status, threshold, message, vs: 'production' });
    expect(r.reference).toBe(prod.values.get(gate.metric)?.value);
  });

  it.each<[string, GateSpec, number, string, string]>([
    [
      'min_gain met',
      { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
      0.73,
      'pass',
      'auc gained 0.03 vs baseline (0.7 → 0.73; min gain 0.02)',
    ],
    [
      'min_gain not met',
      { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
      0.71,
      'fail',
      'auc gained only 0.01 vs baseline (0.7 → 0.71; min gain 0.02)',
    ],
    [
      'min_gain, worse than baseline',
      { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
      0.69,
      'fail',
      'auc dropped 0.01 vs baseline (0.7 → 0.69; min gain 0.02)',
    ],
    [
      'min_gain, unchanged',
      { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
      0.7,
      'fail',
      'auc did not change vs baseline (0.7 → 0.7; min gain 0.02)',
    ],
    [
      'min_gain_pct not met',
      { metric: 'auc', vs: 'baseline', min_gain_pct: 5 },
      0.72,
      'fail',
      'auc gained only 2.857% vs baseline (0.7 → 0.72; min gain 5%)',
    ],
    [
      'absolute min on a vs gate fails first',
      { metric: 'auc', vs: 'baseline', min_gain: 0.01, min: 0.75 },
      0.74,
      'fail',
      'auc 0.74 < min 0.75',
    ],
  ])('%s', (_n, gate, value, status, message) => {
    const r = evalAll(gate, { head: set({ auc: value }), baseline: set({ auc: 0.7 }) })[0];
    expect(r).toMatchObject({ status, message, reference: 0.7, vs: 'baseline' });
  });

  it('a negative reference uses its magnitude for _pct', () => {
    const r = one(
      { metric: 'margin', vs: 'production', max_drop_pct: 10 },
      set({ margin: -2.4 }),
      set({ margin: -2 }),
    );
    expect(r.status).toBe('fail');
    expect(r.message).toBe('margin dropped 20% vs production (-2 → -2.4; max 10%)');
  });
});

describe('new model (no production metrics at the base commit)', () => {
  const head = set({ auc: 0.9 });
  it.each<[string, GateSpec, string, RegExp]>([
    [
      'default: skipped with a note',
      { metric: 'auc', vs: 'production', max_drop: 0.01 },
      'skip',
      /^skipped: auc: new model, no production metrics/,
    ],
    [
      'required: false: skipped',
      { metric: 'auc', vs: 'production', required: false },
      'skip',
      /^skipped: /,
    ],
    [
      'required: true: fails closed',
      { metric: 'auc', vs: 'production', required: true },
      'fail',
      /new model.*\(gate is required\)/,
    ],
  ])('%s', (_n, gate, status, message) => {
    const [r] = evalAll(gate, { head, production: null, newModel: true });
    expect(r.status).toBe(status);
    expect(r.message).toMatch(message);
  });

  it('still evaluates absolute and baseline gates', () => {
    const results = evaluateGates(
      [
        { metric: 'auc', min: 0.95 },
        { metric: 'auc', vs: 'baseline', min_gain: 0.1 },
      ],
      { head, production: null, baseline: set({ auc: 0.7 }), newModel: true },
    );
    expect(results.map((r) => r.status)).toEqual(['fail', 'pass']);
  });
});

describe('bound: value | lower | upper', () => {
  const head = set({ auc: { value: 0.83, ci: [0.79, 0.86] } });
  it.each<[GateSpec, string, number, string]>([
    [{ metric: 'auc', bound: 'value', min: 0.8 }, 'pass', 0.83, 'auc 0.83 ≥ min 0.8'],
    [
      { metric: 'auc', bound: 'lower', min: 0.8 },
      'fail',
      0.79,
      'auc lower CI bound 0.79 (CI [0.79, 0.86]) < min 0.8',
    ],
    [
      { metric: 'auc', bound: 'lower', min: 0.78 },
      'pass',
      0.79,
      'auc lower CI bound 0.79 (CI [0.79, 0.86]) ≥ min 0.78',
    ],
    [
      { metric: 'auc', bound: 'upper', max: 0.85 },
      'fail',
      0.86,
      'auc upper CI bound 0.86 (CI [0.79, 0.86]) > max 0.85',
    ],
  ])('%o → %s', (gate, status, value, message) => {
    const r = one(gate, head);
    expect(r).toMatchObject({ status, value, message, bound: gate.bound });
  });

  it('compares the bound with the reference value for vs gates', () => {
    const r = one(
      { metric: 'auc', bound: 'lower', vs: 'production', max_drop: 0.02 },
      head,
      set({ auc: 0.82 }),
    );
    expect(r).toMatchObject({ status: 'fail', value: 0.79, reference: 0.82 });
    expect(r.message).toBe('auc lower CI bound dropped 0.03 vs production (0.82 → 0.79; max 0.02)');
  });
});

describe('wildcards and aggregates', () => {
  const head = set({
    'slices.tenure_lt_6m.recall': 0.77,
    'slices.tenure_gt_24m.recall': 0.68,
    'slices.tenure_6_24m.recall': 0.72,
    'slices.tenure_lt_6m.positive_rate': 0.32,
    'slices.tenure_gt_24m.positive_rate': 0.12,
    'slices.tenure_6_24m.positive_rate': 0.23,
    'slices.deep.nested.recall': 0.1,
  });

  it('each (the default): one result per concrete match, sorted, metric = the path', () => {
    const results = evalAll({ metric: 'slices.*.recall', min: 0.7 }, { head });
    expect(results.map((r) => [r.metric, r.status, r.aggregate])).toEqual([
      ['slices.tenure_6_24m.recall', 'pass', 'each'],
      ['slices.tenure_gt_24m.recall', 'fail', 'each'],
      ['slices.tenure_lt_6m.recall', 'pass', 'each'],
    ]);
    expect(results[1].message).toBe('recall on slices.tenure_gt_24m 0.68 < min 0.7');
  });

  it('each with vs names the slice in a reviewer-readable message', () => {
    const [r] = evalAll(
      { metric: 'slices.*.recall', vs: 'production', max_drop: 0.01 },
      {
        head: set({ 'slices.country=BR.recall': 0.769 }),
        production: set({ 'slices.country=BR.recall': 0.8 }),
      },
    );
    expect(r.message).toBe(
      'recall on slices.country=BR dropped 0.031 vs production (0.8 → 0.769; max 0.01)',
    );
  });

  it.each<[GateSpec['aggregate'], GateSpec, number, string, string]>([
    [
      'min',
      { metric: 'slices.*.recall', min: 0.7 },
      0.68,
      'fail',
      'min of slices.*.recall 0.68 (slices.tenure_gt_24m.recall) < min 0.7',
    ],
    [
      'max',
      { metric: 'slices.*.recall', max: 0.8 },
      0.77,
      'pass',
      'max of slices.*.recall 0.77 (slices.tenure_lt_6m.recall) ≤ max 0.8',
    ],
    [
      'mean',
      { metric: 'slices.*.recall', min: 0.72 },
      (0.77 + 0.68 + 0.72) / 3,
      'pass',
      'mean of slices.*.recall 0.7233 (mean of 3) ≥ min 0.72',
    ],
    [
      'ratio',
      { metric: 'slices.*.positive_rate', min: 0.8 },
      0.12 / 0.32,
      'fail',
      'ratio of slices.*.positive_rate 0.375 (0.12 at slices.tenure_gt_24m.positive_rate / 0.32 at slices.tenure_lt_6m.positive_rate) < min 0.8',
    ],
    [
      'spread',
      { metric: 'slices.*.recall', max: 0.05 },
      0.77 - 0.68,
      'fail',
      'spread of slices.*.recall 0.09 (0.77 at slices.tenure_lt_6m.recall − 0.68 at slices.tenure_gt_24m.recall) > max 0.05',
    ],
  ])(
    'aggregate %s: one result, metric = the pattern',
    (aggregate, gate, value, status, message) => {
      const results = evalAll({ ...gate, aggregate }, { head });
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ metric: gate.metric, aggregate, status, message });
      expect(results[0].value).toBeCloseTo(value, 12);
    },
  );

  it('aggregates the reference the same way for vs gates', () => {
    const production = set({ 'slices.a.recall': 0.8, 'slices.b.recall': 0.7 });
    const [r] = evalAll(
      { metric: 'slices.*.recall', aggregate: 'min', vs: 'production', max_drop: 0.01 },
      { head: set({ 'slices.a.recall': 0.8, 'slices.b.recall': 0.68 }), production },
    );
    expect(r).toMatchObject({ status: 'fail', value: 0.68, reference: 0.7, threshold: 0.01 });
  });

  it.each<[GateSpec['aggregate'], number, string]>([
    // recall is higher-is-better, but a wider spread between slices is worse…
    ['spread', 0.2, 'spread of s.*.recall rose 0.1 vs production (0.1 → 0.2; max 0.05)'],
    // …and a ratio further below 1 is worse whatever the metric's direction.
    ['ratio', 0.5, 'ratio of s.*.recall dropped 0.3 vs production (0.8 → 0.5; max 0.05)'],
  ])('aggregate %s against production has a fixed direction', (aggregate, _v, message) => {
    const production = set({ 's.a.recall': 0.8, 's.b.recall': 0.64, 's.c.recall': 0.7 });
    const headSet =
      aggregate === 'spread'
        ? set({ 's.a.recall': 0.8, 's.b.recall': 0.6 })
        : set({ 's.a.recall': 0.8, 's.b.recall': 0.4 });
    const [r] = evalAll(
      { metric: 's.*.recall', aggregate, vs: 'production', max_drop: 0.05 },
      {
        head: headSet,
        production:
          aggregate === 'spread' ? set({ 's.a.recall': 0.8, 's.b.recall': 0.7 }) : production,
      },
    );
    expect(r.status).toBe('fail');
    expect(r.message.replace(/ \(\d.*? at .*?\)/, '')).toBe(message);
  });

  it('aggregates CI bounds with bound', () => {
    const [r] = evalAll(
      { metric: 's.*.auc', aggregate: 'min', bound: 'lower', min: 0.7 },
      {
        head: set({
          's.a.auc': { value: 0.8, ci: [0.75, 0.85] },
          's.b.auc': { value: 0.78, ci: [0.69, 0.87] },
        }),
      },
    );
    expect(r).toMatchObject({ status: 'fail', value: 0.69 });
  });

  it.each([
    ['slices.*.recall', 'slices.a.recall', true],
    ['slices.*.recall', 'slices.a.b.recall', false],
    ['slices.*', 'slices.a', true],
    ['slices.*', 'slices.a.recall', false],
    ['*.psi', 'drift.psi', true],
    ['drift.*.psi', 'drift.age.psi', true],
    ['auc', 'auc', true],
    ['auc', 'auc2', false],
  ])('matchPattern(%s, %s) = %s', (pattern, path, expected) => {
    expect(matchPattern(pattern, path)).toBe(expected);
  });

  it('results are deterministic regardless of insertion order', () => {
    const a = set({ 'd.z.psi': 0.3, 'd.a.psi': 0.1, 'd.m.psi': 0.2 });
    const b = set({ 'd.m.psi': 0.2, 'd.a.psi': 0.1, 'd.z.psi': 0.3 });
    const gate: GateSpec = { metric: 'd.*.psi', max: 0.25 };
    expect(evalAll(gate, { head: a })).toEqual(evalAll(gate, { head: b }));
  });
});

describe('better: the documented lower-is-better default', () => {
  it.each([
    ['loss', 'lower'],
    ['val_loss', 'lower'],
    ['valLoss', 'lower'],
    ['calibration_error', 'lower'],
    ['error_rate', 'lower'],
    ['err', 'lower'],
    ['latency', 'lower'],
    ['latency.p95_ms', 'lower'],
    ['p95_latency_ms', 'lower'],
    ['cost', 'lower'],
    ['serving_cost', 'lower'],
    ['mse', 'lower'],
    ['rmse', 'lower'],
    ['mae', 'lower'],
    ['ece', 'lower'],
    ['drift.age.psi', 'lower'],
    ['feature_drift', 'lower'],
    ['auc', 'higher'],
    ['recall', 'higher'],
    ['f1', 'higher'],
    ['errorless', 'higher'],
    ['terms', 'higher'],
    ['loss.auc', 'higher'],
  ])('%s → %s', (metric, expected) => {
    expect(betterOf({}, metric)).toBe(expected);
  });

  it('an explicit better wins', () => {
    expect(betterOf({ better: 'higher' }, 'loss')).toBe('higher');
    expect(betterOf({ better: 'lower' }, 'auc')).toBe('lower');
  });
});

describe('a metric name that is not in the file suggests the closest existing one', () => {
  const head = set({
    auc: 0.84,
    'latency.p95_ms': 60,
    'slices.a.recall': 0.8,
    'slices.b.recall': 0.7,
    calibration_error: 0.03,
  });
  it.each<[string, string]>([
    ['acu', 'acu is missing from m.json (did you mean `auc`?)'],
    ['auc_roc', 'auc_roc is missing from m.json (did you mean `auc`?)'],
    ['latency.p95', 'latency.p95 is missing from m.json (did you mean `latency.p95_ms`?)'],
    ['calibration', 'calibration is missing from m.json (did you mean `calibration_error`?)'],
    ['f1', 'f1 is missing from m.json'],
    [
      'slices.*.recal',
      'no metric matches slices.*.recal in m.json (did you mean `slices.a.recall`?)',
    ],
  ])('%s', (metric, message) => {
    const r = one({ metric, min: 0.5 }, head);
    expect(r.status).toBe('fail');
    expect(r.message).toBe(message);
  });
});
