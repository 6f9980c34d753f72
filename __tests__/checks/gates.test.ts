import { describe, expect, it } from 'vitest';
import { evaluateGates } from '../../src/checks/gates.js';
import type { GateSpec } from '../../src/config/types.js';
import type { MetricSet, MetricValue } from '../../src/types.js';

function set(values: Record<string, MetricValue['value']>, file = 'm.json'): MetricSet {
  return {
    file,
    values: new Map(Object.entries(values).map(([k, v]) => [k, { value: v }])),
    meta: {},
    notes: [],
  };
}

const one = (gate: GateSpec, head: MetricSet | null, production: MetricSet | null = null) =>
  evaluateGates([gate], { head, production, baseline: null })[0];

describe('evaluateGates (basic grammar)', () => {
  it.each([
    [{ metric: 'auc', min: 0.82 }, 0.83, 'pass', 'auc 0.83 ≥ min 0.82'],
    [{ metric: 'auc', min: 0.82 }, 0.82, 'pass', 'auc 0.82 ≥ min 0.82'],
    [{ metric: 'auc', min: 0.82 }, 0.81, 'fail', 'auc 0.81 < min 0.82'],
    [{ metric: 'lat', max: 80 }, 81, 'fail', 'lat 81 > max 80'],
    [{ metric: 'auc', min: 0.82, level: 'warn' as const }, 0.81, 'warn', 'auc 0.81 < min 0.82'],
  ])('%o with %d → %s', (gate, value, status, message) => {
    const r = one(gate, set({ [gate.metric]: value }));
    expect(r.status).toBe(status);
    expect(r.message).toBe(message);
  });

  it.each([
    ['missing', {}, /missing/],
    ['NaN', { auc: NaN }, /NaN/],
    ['Infinity', { auc: Infinity }, /Infinity/],
    ['a string', { auc: 'high' }, /not a number/],
    ['a boolean', { auc: true }, /not a number/],
  ])('fails closed when the metric is %s', (_n, values, why) => {
    const r = one({ metric: 'auc', min: 0.5 }, set(values));
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(why);
    const skipped = one({ metric: 'auc', min: 0.5, required: false }, set(values));
    expect(skipped.status).toBe('skip');
  });

  it('compares with production using max_drop, higher is better', () => {
    const gate: GateSpec = { metric: 'auc', vs: 'production', max_drop: 0.005 };
    expect(one(gate, set({ auc: 0.828 }), set({ auc: 0.831 })).status).toBe('pass');
    const r = one(gate, set({ auc: 0.82 }), set({ auc: 0.831 }));
    expect(r).toMatchObject({ status: 'fail', value: 0.82, reference: 0.831, threshold: 0.005 });
  });

  it('treats latency as lower-is-better against production', () => {
    const gate: GateSpec = { metric: 'latency.p95_ms', vs: 'production', max_drop: 5 };
    expect(one(gate, set({ 'latency.p95_ms': 70 }), set({ 'latency.p95_ms': 61 })).status).toBe(
      'fail',
    );
    expect(one(gate, set({ 'latency.p95_ms': 50 }), set({ 'latency.p95_ms': 61 })).status).toBe(
      'pass',
    );
  });

  it('fails closed when the production reference is missing', () => {
    const r = one({ metric: 'auc', vs: 'production', max_drop: 0.01 }, set({ auc: 0.9 }), null);
    expect(r.status).toBe('fail');
  });
});
