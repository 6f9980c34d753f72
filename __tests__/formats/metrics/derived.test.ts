import { describe, expect, it } from 'vitest';
import { confusionMetrics, driftMetrics } from '../../../src/formats/metrics/derived.js';
import { flattenMetrics } from '../../../src/formats/metrics/flatten.js';

describe('drift histogram → psi, js_distance, ks, empty_bins', () => {
  // reference [50,30,20,0] → p = [0.5, 0.3, 0.2, 0]; current [40,30,20,10] → q = [0.4, 0.3, 0.2, 0.1]
  const hist = {
    edges: [0, 18, 30, 50, 120],
    reference: { counts: [50, 30, 20, 0] },
    current: { counts: [40, 30, 20, 10] },
  };

  it('PSI with ε = 1e-4 by hand ≈ 0.712', () => {
    // bin 1: (0.4 − 0.5)·ln(0.4/0.5) = −0.1 · −0.223144 = 0.0223144
    // bins 2, 3: q = p, so 0
    // bin 4: p = 0 → ε = 0.0001: (0.1 − 0.0001)·ln(0.1/0.0001) = 0.0999 · 6.907755 = 0.6900848
    // PSI = 0.0223144 + 0.6900848 = 0.7123992
    const byHand = -0.1 * Math.log(0.8) + 0.0999 * Math.log(1000);
    const { values } = driftMetrics(hist, 1e-4);
    expect(values.psi).toBeCloseTo(byHand, 12);
    expect(values.psi).toBeCloseTo(0.7124, 4);
  });

  it('ε changes PSI a lot: 1e-3 gives ≈ 0.482', () => {
    // bin 4: (0.1 − 0.001)·ln(100) = 0.099 · 4.605170 = 0.4559118; + 0.0223144 = 0.4782262
    expect(driftMetrics(hist, 1e-3).values.psi).toBeCloseTo(0.4782262, 6);
  });

  it('JS distance with natural log, by hand', () => {
    // m = (p + q)/2 = [0.45, 0.3, 0.2, 0.05]
    // KL(p‖m) = 0.5·ln(0.5/0.45) = 0.0526803      (0·ln 0 = 0)
    // KL(q‖m) = 0.4·ln(0.4/0.45) + 0.1·ln(0.1/0.05) = −0.0471132 + 0.0693147 = 0.0222015
    // JSD = (0.0526803 + 0.0222015)/2 = 0.0374409; distance = √JSD = 0.193496
    const kl1 = 0.5 * Math.log(0.5 / 0.45);
    const kl2 = 0.4 * Math.log(0.4 / 0.45) + 0.1 * Math.log(2);
    expect(driftMetrics(hist, 1e-4).values.js_distance).toBeCloseTo(Math.sqrt((kl1 + kl2) / 2), 12);
    expect(driftMetrics(hist, 1e-4).values.js_distance).toBeCloseTo(0.1935, 4);
  });

  it('KS = max |CDF_p − CDF_q| and one empty bin', () => {
    // CDF p = [0.5, 0.8, 1.0, 1.0]; CDF q = [0.4, 0.7, 0.9, 1.0] → max gap 0.1
    const { values } = driftMetrics(hist, 1e-4);
    expect(values.ks).toBeCloseTo(0.1, 12);
    expect(values.empty_bins).toBe(1);
  });

  it('identical distributions: all zero; categories have no KS', () => {
    const same = {
      categories: ['a', 'b'],
      reference: { counts: [3, 1] },
      current: { counts: [30, 10] },
    };
    expect(driftMetrics(same, 1e-4).values).toEqual({ psi: 0, js_distance: 0, empty_bins: 0 });
  });

  it('accepts bare count lists and len(edges) = bins', () => {
    const r = driftMetrics({ edges: [0, 1], reference: [1, 1], current: [1, 1] }, 1e-4);
    expect(r.problem).toBeUndefined();
  });

  it.each([
    [
      'mismatched bins',
      { edges: [0, 1, 2], reference: { counts: [1, 2] }, current: { counts: [1] } },
      /2 reference bins but 1 current/,
    ],
    [
      'negative count',
      { edges: [0, 1, 2], reference: { counts: [1, -2] }, current: { counts: [1, 1] } },
      /non-negative/,
    ],
    [
      'strings',
      { edges: [0, 1, 2], reference: { counts: ['a', 1] }, current: { counts: [1, 1] } },
      /non-negative/,
    ],
    [
      'wrong edge count',
      { edges: [0, 1, 2, 3, 4], reference: { counts: [1, 2] }, current: { counts: [1, 1] } },
      /5 edges for 2 bins/,
    ],
    [
      'wrong category count',
      { categories: ['a'], reference: { counts: [1, 2] }, current: { counts: [1, 1] } },
      /1 categories for 2 bins/,
    ],
    [
      'empty current',
      { edges: [0, 1, 2], reference: { counts: [1, 2] }, current: { counts: [0, 0] } },
      /current counts sum to 0/,
    ],
  ])('malformed (%s): NaN so gates fail closed, with a problem', (_n, obj, why) => {
    const r = driftMetrics(obj, 1e-4);
    expect(r.problem).toMatch(why);
    expect(Number.isNaN(r.values.psi)).toBe(true);
    expect(Number.isNaN(r.values.ks)).toBe(true);
  });
});

describe('confusion matrix → precision, recall, f1, fpr, accuracy', () => {
  it('by hand: tp 80, fp 20, fn 40, tn 860', () => {
    // precision 80/100 = 0.8; recall 80/120 = 0.6667; f1 = 160/(160+60) = 0.72727
    // fpr 20/880 = 0.022727; accuracy 940/1000 = 0.94
    const { values, notes } = confusionMetrics('cm', { tp: 80, fp: 20, fn: 40, tn: 860 });
    expect(values.precision).toBeCloseTo(0.8, 12);
    expect(values.recall).toBeCloseTo(2 / 3, 12);
    expect(values.f1).toBeCloseTo(160 / 220, 12);
    expect(values.fpr).toBeCloseTo(20 / 880, 12);
    expect(values.accuracy).toBeCloseTo(0.94, 12);
    expect(notes).toEqual([]);
  });

  it('division by zero is NaN with a note', () => {
    const { values, notes } = confusionMetrics('cm', { tp: 0, fp: 0, fn: 5, tn: 5 });
    expect(Number.isNaN(values.precision)).toBe(true);
    expect(values.recall).toBe(0);
    expect(notes).toEqual(['cm.precision is undefined (tp + fp = 0), so gates on it fail closed.']);
  });

  it('bad counts make every derived value NaN with a problem', () => {
    const r = confusionMetrics('cm', { tp: 'x', fp: 0, fn: 5, tn: 5 });
    expect(r.problem).toMatch(/non-negative numbers/);
    expect(Object.values(r.values).every(Number.isNaN)).toBe(true);
  });
});

describe('flatten adds derived metrics as children of their source object', () => {
  const data = {
    confusion_matrix: { tp: 80, fp: 20, fn: 40, tn: 860, precision: 0.5 },
    drift: {
      age: {
        edges: [0, 1, 2, 3, 4],
        reference: { counts: [50, 30, 20, 0] },
        current: { counts: [40, 30, 20, 10] },
      },
    },
  };

  it('names, values written in the file win, histogram bins are not metrics, the ε note', () => {
    const { set, issues } = flattenMetrics('m.json', data, () => 3, { psiEpsilon: 1e-4 });
    expect(issues).toEqual([]);
    expect([...set.values.keys()].sort()).toEqual([
      'confusion_matrix.accuracy',
      'confusion_matrix.f1',
      'confusion_matrix.fn',
      'confusion_matrix.fp',
      'confusion_matrix.fpr',
      'confusion_matrix.precision',
      'confusion_matrix.recall',
      'confusion_matrix.tn',
      'confusion_matrix.tp',
      'drift.age.empty_bins',
      'drift.age.js_distance',
      'drift.age.ks',
      'drift.age.psi',
    ]);
    expect(set.values.get('confusion_matrix.precision')?.value).toBe(0.5);
    expect(set.lineOf?.('drift.age.psi')).toBe(3);
    expect(set.notes).toEqual([
      'PSI replaces empty bin proportions with ε = 0.0001 (metrics_policy.psi_epsilon); 1 drift histogram read.',
    ]);
  });

  it('uses the configured ε', () => {
    const { set } = flattenMetrics('m.json', data, undefined, { psiEpsilon: 1e-3 });
    expect(set.values.get('drift.age.psi')?.value).toBeCloseTo(0.4782262, 6);
    expect(set.notes[0]).toMatch(/ε = 0\.001 /);
  });
});
