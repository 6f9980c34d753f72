import { describe, expect, it } from 'vitest';
import { diffMetrics } from '../../src/checks/diff.js';
import type { MetricSet, MetricValue } from '../../src/types.js';

function set(values: Record<string, MetricValue>): MetricSet {
  return { file: 'm.json', values: new Map(Object.entries(values)), meta: {}, notes: [] };
}

describe('diffMetrics (dvc metrics diff semantics)', () => {
  const base = set({
    auc: { value: 0.83 },
    same: { value: 1 },
    gone: { value: 2 },
    label: { value: 'v1' },
    nan: { value: NaN },
    ci: { value: 0.5, ci: [0.4, 0.6] },
  });
  const head = set({
    auc: { value: 0.85, ci: [0.84, 0.86] },
    same: { value: 1 },
    added: { value: 3 },
    label: { value: 'v2' },
    nan: { value: NaN },
    ci: { value: 0.5, ci: [0.45, 0.55] },
  });

  it('lists changed rows only, sorted, with - for a missing side and change = head − base', () => {
    const rows = diffMetrics(base, head);
    expect(rows.map((r) => [r.metric, r.base, r.head])).toEqual([
      ['added', null, 3],
      ['auc', 0.83, 0.85],
      ['ci', 0.5, 0.5],
      ['gone', 2, null],
      ['label', 'v1', 'v2'],
    ]);
    expect(rows.find((r) => r.metric === 'auc')?.change).toBeCloseTo(0.02, 12);
    expect(rows.find((r) => r.metric === 'auc')?.headCi).toEqual([0.84, 0.86]);
    expect(rows.find((r) => r.metric === 'added')?.change).toBeNull();
    expect(rows.find((r) => r.metric === 'label')?.change).toBeNull();
  });

  it('lists every row with all, and a baseline column when there is a baseline', () => {
    const rows = diffMetrics(base, head, set({ auc: { value: 0.7 } }), { all: true });
    expect(rows.map((r) => r.metric)).toEqual([
      'added',
      'auc',
      'ci',
      'gone',
      'label',
      'nan',
      'same',
    ]);
    expect(rows.find((r) => r.metric === 'auc')?.baseline).toBe(0.7);
    expect(rows.find((r) => r.metric === 'same')?.baseline).toBeNull();
  });

  it('a new model (no base) lists every head metric', () => {
    expect(diffMetrics(null, head).every((r) => r.base === null)).toBe(true);
    expect(diffMetrics(null, head)).toHaveLength(head.values.size);
  });
});

describe('diffMetrics against a production file (`reference`)', () => {
  it('a single-file reference pairs with every head file by name, as vs production gates do', () => {
    const head: MetricSet = {
      file: 'dvc.yaml',
      files: ['train/m.json', 'eval/m.json'],
      values: new Map([
        ['train/m.json:dice', { value: 0.91, file: 'train/m.json' }],
        ['eval/m.json:dice', { value: 0.87, file: 'eval/m.json' }],
      ]),
      meta: {},
      notes: [],
    };
    const prod: MetricSet = {
      file: 'prod.json',
      values: new Map([
        ['dice', { value: 0.88 }],
        ['old', { value: 1 }],
      ]),
      meta: {},
      notes: [],
    };
    const rows = diffMetrics(prod, head, null, { reference: true });
    expect(rows.map((r) => [r.path, r.metric, r.base, r.head, r.change])).toEqual([
      ['eval/m.json', 'dice', 0.88, 0.87, -0.01],
      ['prod.json', 'old', 1, null, null],
      ['train/m.json', 'dice', 0.88, 0.91, 0.03],
    ]);
  });
});
