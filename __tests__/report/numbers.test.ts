/** Issue 10 point 5: one precision policy; numbers read together never print alike when they differ. */
import { describe, expect, it } from 'vitest';
import { evaluateGates } from '../../src/checks/gates.js';
import { fmt, fmtAll, fmtPair } from '../../src/report/numbers.js';
import type { MetricSet } from '../../src/types.js';

const set = (values: Record<string, number>): MetricSet => ({
  file: 'm.json',
  values: new Map(Object.entries(values).map(([k, v]) => [k, { value: v }])),
  meta: {},
  notes: [],
});

describe('fmt: compact alone', () => {
  it.each([
    [0.8431, '0.8431'],
    [0.84312345, '0.8431'],
    [12.34567, '12.346'],
    [1234.567, '1234.6'],
    [3, '3'],
    [0.00001234, '1.23e-5'],
    [null, '-'],
    [Number.NaN, 'NaN'],
  ])('%s → %s', (n, text) => expect(fmt(n)).toBe(text));
});

describe('fmt: the same text as a round trip through Number', () => {
  // fmt drops trailing zeros by hand; String(Number(x.toFixed(3))) and String(Number(
  // x.toPrecision(4))) are what it must print.
  const reference = (n: number): string => {
    const abs = Math.abs(n);
    if (abs >= 1) return String(Number(n.toFixed(3)));
    return String(Number(n.toPrecision(4)));
  };
  it('on edge values and 200,000 pseudo-random ones in [0.0001, 1000)', () => {
    const edges = [
      0.0001, 0.00010000001, 0.99995, 0.999949, 1, 1.0005, 999.9995, 999.9994, 0.5, 0.3,
    ];
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = [...edges];
    for (let i = 0; i < 200_000; i++) {
      const scale = 10 ** (Math.floor(random() * 7) - 4);
      values.push((random() < 0.5 ? -1 : 1) * random() * scale);
    }
    const wrong = values
      .filter((n) => Math.abs(n) >= 0.0001 && Math.abs(n) < 1000 && !Number.isInteger(n))
      .filter((n) => fmt(n) !== reference(n));
    expect(wrong).toEqual([]);
  });
});

describe('fmtPair / fmtAll: different numbers print differently', () => {
  it.each([
    [0.849996, 0.85, '0.849996', '0.85'],
    [0.85, 0.85, '0.85', '0.85'],
    [0.81, 0.82, '0.81', '0.82'],
    [0.83124, 0.83116, '0.83124', '0.83116'],
    [80.0004, 80, '80.0004', '80'],
    [1e-7, 1.0001e-7, '1.0000e-7', '1.0001e-7'],
  ])('%s vs %s', (a, b, x, y) => {
    const [p, q] = fmtPair(a, b);
    expect([p, q]).toEqual([x, y]);
    if (a !== b) expect(p).not.toBe(q);
  });

  it('only the colliding numbers get more digits', () => {
    expect(fmtAll([0.849996, 0.85, 0.9])).toEqual(['0.849996', '0.85', '0.9']);
  });
});

describe('gate messages show why a gate failed', () => {
  it('auc 0.849996 < min 0.85, not 0.85 < min 0.85', () => {
    const [g] = evaluateGates([{ metric: 'auc', min: 0.85 }], {
      head: set({ auc: 0.849996 }),
      production: null,
      baseline: null,
    });
    expect(g.status).toBe('fail');
    expect(g.message).toBe('auc 0.849996 < min 0.85');
  });

  it('a drop just over the allowed drop says so', () => {
    const [g] = evaluateGates([{ metric: 'auc', vs: 'production', max_drop: 0.005 }], {
      head: set({ auc: 0.844999 }),
      production: set({ auc: 0.85 }),
      baseline: null,
    });
    expect(g.status).toBe('fail');
    expect(g.message).toBe('auc dropped 0.005001 vs production (0.85 → 0.844999; max 0.005)');
  });
});
