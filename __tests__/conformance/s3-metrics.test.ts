/** SPEC §3 Metrics files: formats, flattening, leaves with uncertainty, derived metrics, HF names, the diff. */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffMetrics } from '../../src/checks/diff.js';
import { parseMetrics } from '../../src/formats/metrics/index.js';
import type { MetricSet, MetricValue } from '../../src/types.js';
import { run } from '../pipeline/memory.js';

function values(file: string, text: string, psiEpsilon?: number): Record<string, MetricValue> {
  const { set, findings } = parseMetrics(file, text, psiEpsilon ? { psiEpsilon } : {});
  expect(findings).toEqual([]);
  const out: Record<string, MetricValue> = {};
  for (const [k, v] of set?.values ?? [])
    out[k] = { value: v.value, ...(v.ci ? { ci: v.ci } : {}) };
  return out;
}

describe('§3 formats flatten nested objects to dotted paths, as dvc metrics show does', () => {
  const nested = { auc: 0.84, latency: { p95_ms: 66 }, eval: { test: { f1: 0.7 } } };
  const want = {
    auc: { value: 0.84 },
    'latency.p95_ms': { value: 66 },
    'eval.test.f1': { value: 0.7 },
  };
  it.each([
    ['metrics.json', JSON.stringify(nested)],
    ['metrics.yaml', stringify(nested)],
    ['metrics.yml', stringify(nested)],
    ['metrics.toml', 'auc = 0.84\n[latency]\np95_ms = 66\n[eval.test]\nf1 = 0.7\n'],
    ['metrics.csv', 'metric,value\nauc,0.84\nlatency.p95_ms,66\neval.test.f1,0.7\n'],
  ])('%s', (file, text) => {
    expect(values(file, text)).toEqual(want);
  });
});

describe('§3 leaves', () => {
  it.each([
    ['{value, ci: [lo, hi]}', { value: 0.84, ci: [0.82, 0.86] }, [0.82, 0.86]],
    ['{value, ci_low, ci_high}', { value: 0.84, ci_low: 0.82, ci_high: 0.86 }, [0.82, 0.86]],
    ['{value, stderr}', { value: 0.84, stderr: 0.01 }, [0.84 - 0.0196, 0.84 + 0.0196]],
  ])('%s is a value with an interval', (_k, leaf, ci) => {
    const v = values('m.json', JSON.stringify({ auc: leaf })).auc;
    expect(v.value).toBe(0.84);
    expect(v.ci?.[0]).toBeCloseTo(ci[0], 12);
    expect(v.ci?.[1]).toBeCloseTo(ci[1], 12);
  });

  it('strings and booleans are kept for display; meta is run metadata', () => {
    const { set } = parseMetrics(
      'm.json',
      JSON.stringify({
        auc: 0.8,
        model_type: 'gbm',
        calibrated: true,
        meta: { code_sha: 'abc', seed: 7 },
      }),
    );
    expect(set?.values.get('model_type')?.value).toBe('gbm');
    expect(set?.values.get('calibrated')?.value).toBe(true);
    expect(set?.meta).toEqual({ code_sha: 'abc', seed: 7 });
    expect([...(set?.values.keys() ?? [])].some((k) => k.startsWith('meta.'))).toBe(false);
  });
});

describe('§3 derived metrics', () => {
  it('confusion_matrix {tp, fp, fn, tn} → precision, recall, f1, fpr, accuracy as children', () => {
    const v = values(
      'm.json',
      JSON.stringify({ confusion_matrix: { tp: 40, fp: 10, fn: 20, tn: 30 } }),
    );
    const p = 40 / 50;
    const r = 40 / 60;
    expect(v['confusion_matrix.precision'].value).toBeCloseTo(p, 12);
    expect(v['confusion_matrix.recall'].value).toBeCloseTo(r, 12);
    expect(v['confusion_matrix.f1'].value).toBeCloseTo((2 * p * r) / (p + r), 12);
    expect(v['confusion_matrix.fpr'].value).toBeCloseTo(10 / 40, 12);
    expect(v['confusion_matrix.accuracy'].value).toBeCloseTo(70 / 100, 12);
  });

  const hist = (kind: 'edges' | 'categories', ref: number[], cur: number[]) => ({
    drift: {
      age: {
        [kind]: kind === 'edges' ? [0, 30, 50, 120] : ['a', 'b', 'c'],
        reference: { counts: ref },
        current: { counts: cur },
      },
    },
  });
  it.each(['edges', 'categories'] as const)(
    'a drift histogram with %s → psi, js_distance, ks, empty_bins',
    (kind) => {
      const v = values('m.json', JSON.stringify(hist(kind, [30, 40, 30], [32, 38, 30])));
      const p = [0.3, 0.4, 0.3];
      const q = [0.32, 0.38, 0.3];
      const psi = q.reduce((s, qi, i) => s + (qi - p[i]) * Math.log(qi / p[i]), 0);
      const m = p.map((pi, i) => (pi + q[i]) / 2);
      const kl = (a: number[]) =>
        a.reduce((s, ai, i) => s + (ai > 0 ? ai * Math.log(ai / m[i]) : 0), 0);
      expect(v['drift.age.psi'].value).toBeCloseTo(psi, 10);
      expect(v['drift.age.js_distance'].value).toBeCloseTo(Math.sqrt((kl(p) + kl(q)) / 2), 10);
      // KS compares cumulative distributions: categories have no order, so no KS for them.
      if (kind === 'edges') expect(v['drift.age.ks'].value).toBeCloseTo(0.02, 10);
      else expect(v['drift.age.ks']).toBeUndefined();
      expect(v['drift.age.empty_bins'].value).toBe(0);
    },
  );

  it('PSI replaces empty proportions with ε (default 1e-4, configurable) and the report states it', async () => {
    const text = JSON.stringify(hist('edges', [50, 50, 0], [40, 40, 20]));
    const a = values('m.json', text)['drift.age.psi'].value as number;
    const b = values('m.json', text, 1e-2)['drift.age.psi'].value as number;
    expect(Number.isFinite(a)).toBe(true);
    expect(a).not.toBeCloseTo(b, 3);
    expect(values('m.json', text)['drift.age.empty_bins'].value).toBe(1);
    const config = stringify({
      version: 1,
      models: [{ name: 'm', metrics: 'm.json', gates: [{ metric: 'drift.*.psi', max: 10 }] }],
      metrics_policy: { psi_epsilon: 0.001 },
      checklist: { enabled: false },
    });
    const tree = { '.mlgate.yml': config, 'm.json': text };
    const report = await run({ base: tree, head: tree });
    expect(report.models[0].notes.join('\n')).toMatch(/ε = 0\.001/);
  });
});

describe('§3 Hugging Face model card', () => {
  const card = (value: unknown, metric: Record<string, unknown>, split = true) => `---
model-index:
  - name: my-model
    results:
      - task: { type: text-classification, name: Text Classification }
        dataset: { type: imdb, name: IMDb Reviews${split ? ', split: test' : ''} }
        metrics:
          - ${JSON.stringify({ ...metric, value })}
---
# My model
`;
  it.each([
    [{ type: 'accuracy' }, true, 'text-classification.imdb.test.accuracy'],
    [{ type: 'f1', name: 'Macro F1' }, true, 'text-classification.imdb.test.macro_f1'],
    [{ type: 'accuracy' }, false, 'text-classification.imdb.accuracy'],
  ])('%j (split %s) → %s', (metric, split, path) => {
    expect(values('README.md', card(0.93, metric, split))[path]).toEqual({ value: 0.93 });
  });

  it('"20.0 ± 1.2" reads as 20.0 with the interval [18.8, 21.2]', () => {
    const v = values('README.md', card('20.0 ± 1.2', { type: 'bleu' }))[
      'text-classification.imdb.test.bleu'
    ];
    expect(v.value).toBe(20);
    expect(v.ci?.[0]).toBeCloseTo(18.8, 10);
    expect(v.ci?.[1]).toBeCloseTo(21.2, 10);
  });
});

describe('§3 dvc.yaml', () => {
  it('metrics: naming a dvc.yaml reads its declared metrics files', async () => {
    const config = stringify({
      version: 1,
      models: [
        {
          name: 'm',
          metrics: 'dvc.yaml',
          gates: [
            { metric: 'auc', min: 0.8 },
            { metric: 'loss', max: 0.5 },
          ],
        },
      ],
      checklist: { enabled: false },
    });
    const tree = {
      '.mlgate.yml': config,
      'dvc.yaml':
        'metrics:\n  - eval/summary.json\nstages:\n  train:\n    cmd: python train.py\n    metrics:\n      - eval/train.toml:\n          cache: false\n',
      'eval/summary.json': '{"auc": 0.85}',
      'eval/train.toml': 'loss = 0.3\n',
    };
    const report = await run({ base: tree, head: tree });
    expect(report.models[0].gates.map((g) => [g.metric, g.status, g.value])).toEqual([
      ['auc', 'pass', 0.85],
      ['loss', 'pass', 0.3],
    ]);
  });
});

describe('§3 the metric diff follows dvc metrics diff', () => {
  const set = (o: Record<string, MetricValue['value']>): MetricSet => ({
    file: 'm.json',
    values: new Map(Object.entries(o).map(([k, value]) => [k, { value }])),
    meta: {},
    notes: [],
  });
  const base = set({ auc: 0.83, same: 1, gone: 0.5, kind: 'gbm' });
  const head = set({ auc: 0.81, same: 1, added: 0.2, kind: 'xgb' });

  it('a row per metric whose value differs; null where a side lacks it; change = head − base', () => {
    // v1.1 (§11): every row carries the metrics file it comes from.
    expect(diffMetrics(base, head)).toEqual([
      { metric: 'added', path: 'm.json', base: null, head: 0.2, change: null },
      { metric: 'auc', path: 'm.json', base: 0.83, head: 0.81, change: -0.02 },
      { metric: 'gone', path: 'm.json', base: 0.5, head: null, change: null },
      { metric: 'kind', path: 'm.json', base: 'gbm', head: 'xgb', change: null },
    ]);
  });

  it('all rows with the option (metrics_policy.show_all)', () => {
    expect(diffMetrics(base, head, null, { all: true }).map((r) => r.metric)).toEqual([
      'added',
      'auc',
      'gone',
      'kind',
      'same',
    ]);
  });

  it('the comment shows `-` where a side lacks a metric', async () => {
    const config = stringify({
      version: 1,
      models: [{ name: 'm', metrics: 'm.json', gates: [{ metric: 'auc', min: 0 }] }],
      checklist: { enabled: false },
    });
    const report = await run({
      base: { '.mlgate.yml': config, 'm.json': '{"auc": 0.8, "gone": 1}' },
      head: { '.mlgate.yml': config, 'm.json': '{"auc": 0.8, "added": 2}' },
    });
    const { renderComment } = await import('../../src/report/markdown.js');
    const md = renderComment(report, { commentKey: 'k' }).markdown;
    expect(md).toMatch(/\| `added` +\| +- \| +2 \| +- \|/);
    expect(md).toMatch(/\| `gone` +\| +1 \| +- \| +- \|/);
  });
});
