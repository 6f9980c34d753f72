import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Limits } from '../../../src/constants.js';
import { splitCsv } from '../../../src/formats/metrics/csv.js';
import { dvcMetricsFiles } from '../../../src/formats/metrics/dvc.js';
import { metricsFormat, parseMetrics } from '../../../src/formats/metrics/index.js';
import { cardValue } from '../../../src/formats/metrics/modelcard.js';
import { pathOfName } from '../../../src/formats/metrics/flatten.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/metrics/${name}`, import.meta.url), 'utf8');

const values = (file: string, text: string) => {
  const res = parseMetrics(file, text);
  return {
    res,
    // A metric's line as the pipeline reads it: on the value, else looked up on demand.
    get: (k: string) => {
      const v = res.set?.values.get(k);
      const line = v?.line ?? res.set?.lineOf?.(k);
      return v && line ? { ...v, line } : v;
    },
    keys: [...(res.set?.values.keys() ?? [])].sort(),
  };
};

describe('dispatch by file name', () => {
  it.each([
    ['m.json', 'json'],
    ['m.JSON', 'json'],
    ['m.yaml', 'yaml'],
    ['m.yml', 'yaml'],
    ['m.toml', 'toml'],
    ['m.csv', 'csv'],
    ['README.md', 'model-card'],
    ['m.txt', null],
    ['metrics', null],
  ])('%s → %s', (file, format) => {
    expect(metricsFormat(file)).toBe(format);
  });

  it('an unknown extension is a finding, not a crash', () => {
    const res = parseMetrics('m.txt', 'auc: 1', { model: 'churn' });
    expect(res.set).toBeNull();
    expect(res.findings).toMatchObject([
      {
        level: 'error',
        check: 'metrics',
        model: 'churn',
        file: 'm.txt',
        message: expect.stringMatching(/unknown metrics format; expected \.json/),
      },
    ]);
  });
});

describe('JSON', () => {
  const { res, get } = values('metrics.json', fixture('metrics.json'));
  it('reads numbers, intervals, display-only values, meta and derived metrics, with lines', () => {
    expect(res.findings).toEqual([]);
    expect(get('auc')).toEqual({ value: 0.843, ci: [0.835, 0.851], line: 2 });
    expect(get('f1')?.ci).toEqual([0.69, 0.73]);
    expect(get('recall')?.ci?.[0]).toBeCloseTo(0.6 - 1.96 * 0.01, 12);
    expect(get('recall')?.ci?.[1]).toBeCloseTo(0.6 + 1.96 * 0.01, 12);
    expect(get('latency.p95_ms')).toMatchObject({ value: 66, line: 6 });
    expect(get('model_type')?.value).toBe('gbm');
    expect(get('calibrated')?.value).toBe(true);
    expect(get('confusion_matrix.precision')?.value).toBeCloseTo(0.8, 12);
    expect(res.set?.meta).toEqual({ code_sha: 'a81d3c0', seed: 17, 'data.version': '2026-11-15' });
    expect(get('meta.seed')).toBeUndefined();
  });

  it.each([
    ['syntax error', '{"auc": 0.8,\n  "x": [}', 2, /not valid YAML\/JSON/],
    ['duplicate key', '{"auc": 0.8,\n "auc": 0.9}', 2, /duplicate key "auc"/],
    ['__proto__', '{"__proto__": {"auc": 1}}', 1, /__proto__/],
    ['not a mapping', '[1, 2]', 1, /expected a mapping/],
    [
      'bad ci',
      '{"auc": {"value": 0.8,\n "ci": [0.7]}}',
      1,
      /auc: `ci` must be a list of two finite numbers/,
    ],
    [
      'bad stderr',
      '{"auc": {"value": "x", "stderr": 0.1}}',
      1,
      /`stderr` must be a non-negative number/,
    ],
  ])('%s → a finding with a line', (_n, text, line, message) => {
    const res = parseMetrics('m.json', text);
    expect(res.findings[0]).toMatchObject({
      level: 'error',
      check: 'metrics',
      file: 'm.json',
      line,
    });
    expect(res.findings[0].message).toMatch(message);
  });

  it('reads "NaN"/"Infinity" strings as the numbers they name so gates say why they fail', () => {
    const { get: g } = values('m.json', '{"a": "NaN", "b": "-Infinity", "c": "text"}');
    expect(g('a')?.value).toBeNaN();
    expect(g('b')?.value).toBe(-Infinity);
    expect(g('c')?.value).toBe('text');
  });
});

describe('YAML', () => {
  it('reads nested metrics and drift histograms with the ε note', () => {
    const { res, get, keys } = values('metrics.yaml', fixture('metrics.yaml'));
    expect(res.findings).toEqual([]);
    expect(get('auc')).toMatchObject({ value: 0.843, line: 2 });
    expect(get('drift.age.psi')?.value).toBeCloseTo(0.7124, 4);
    expect(get('drift.plan.psi')?.value).toBe(0);
    expect(keys).toContain('drift.plan.empty_bins');
    expect(keys).not.toContain('drift.plan.ks');
    expect(keys.filter((k) => k.includes('counts'))).toEqual([]);
    expect(res.set?.notes).toEqual([
      'PSI replaces empty bin proportions with ε = 0.0001 (metrics_policy.psi_epsilon); 2 drift histograms read.',
    ]);
  });
});

describe('TOML', () => {
  it('reads tables, inline value objects, dates as strings, meta, and lines', () => {
    const { res, get } = values('metrics.toml', fixture('metrics.toml'));
    expect(res.findings).toEqual([]);
    expect(get('auc')).toMatchObject({ value: 0.843, line: 2 });
    expect(get('evaluated_at')?.value).toBe('2026-11-20T10:00:00.000Z');
    expect(get('latency.p95_ms')).toMatchObject({ value: 66, line: 6 });
    expect(get('slices.tenure_lt_6m.recall')).toMatchObject({
      value: 0.77,
      ci: [0.74, 0.8],
      line: 9,
    });
    expect(res.set?.meta).toEqual({ seed: 17 });
  });

  it.each([
    ['a syntax error', 'auc = 0.8\nf1 = \n', 2, /not valid TOML: /],
    ['a duplicate key', 'auc = 0.8\nauc = 0.9\n', 2, /not valid TOML/],
    ['__proto__', '["__proto__"]\nx = 1\n', 1, /__proto__/],
  ])('%s → a finding', (_n, text, line, message) => {
    const res = parseMetrics('m.toml', text);
    expect(res.set).toBeNull();
    expect(res.findings[0].message).toMatch(message);
    expect(res.findings[0].line).toBe(line);
  });

  it('nan and inf are kept so gates fail closed', () => {
    const { get: g } = values('m.toml', 'a = nan\nb = -inf\n');
    expect(g('a')?.value).toBeNaN();
    expect(g('b')?.value).toBe(-Infinity);
  });
});

describe('CSV', () => {
  // Git may normalise the fixture's line ends, so both are built here.
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('reads quoted fields, %s line ends, optional interval columns', (_n, eol) => {
    const text = fixture('metrics.csv').replace(/\r?\n/g, eol);
    const { res, get, keys } = values('metrics.csv', text);
    expect(res.findings).toEqual([]);
    expect(keys).toEqual(['auc', 'latency.p95_ms', 'note, quoted', 'slices.country=BR.recall']);
    expect(get('auc')).toEqual({ value: 0.843, ci: [0.835, 0.851], line: 2 });
    expect(get('slices.country=BR.recall')).toEqual({ value: 0.77, line: 3 });
    expect(get('note, quoted')?.value).toBe('a "quoted" string');
    expect(get('latency.p95_ms')).toEqual({ value: 66, line: 5 });
  });

  it.each([
    ['a missing header', 'auc,0.8\n', 1, /expected a header row `metric,value`/],
    ['too many fields', 'metric,value\nauc,0.8,9\n', 2, /row has 3 fields; the header has 2/],
    ['an empty name', 'metric,value\n,0.8\n', 2, /empty metric name/],
    ['an empty value', 'metric,value\nauc,\n', 2, /auc: value is empty/],
    ['a duplicate', 'metric,value\nauc,0.8\nauc,0.9\n', 3, /appears twice/],
    ['an unterminated quote', 'metric,value\n"auc,0.8\n', 2, /unterminated quoted field/],
    ['bad interval', 'metric,value,ci_low,ci_high\nauc,0.8,x,0.9\n', 2, /ci_low/],
  ])('%s → a finding with its line', (_n, text, line, message) => {
    const res = parseMetrics('m.csv', text);
    expect(res.findings[0]).toMatchObject({ file: 'm.csv', line });
    expect(res.findings[0].message).toMatch(message);
  });

  it('numbers, NaN, booleans and text', () => {
    const { get: g } = values('m.csv', 'Metric,Value\na,1e-3\nb,NaN\nc,TRUE\nd,n/a\ne, -2 \n');
    expect([g('a'), g('b'), g('c'), g('d'), g('e')].map((v) => v?.value)).toEqual([
      0.001,
      NaN,
      true,
      'n/a',
      -2,
    ]);
  });

  it('a quoted field spanning lines keeps the line count right', () => {
    const { rows } = splitCsv('metric,value\n"a\nb",1\nc,2\n');
    expect(rows.map((r) => [r.fields[0], r.line])).toEqual([
      ['metric', 1],
      ['a\nb', 2],
      ['c', 4],
    ]);
  });
});

describe('Hugging Face model card', () => {
  it('flattens model-index to task.dataset[.split].metric, lower-cased, spaces as _', () => {
    const { res, get, keys } = values('README.md', fixture('README.md'));
    expect(res.findings).toEqual([]);
    expect(keys).toEqual([
      'tabular-classification.churn-events.test.accuracy',
      'tabular-classification.churn-events.test.roc_auc',
      'tabular_classification.churn_events.f1',
    ]);
    expect(get('tabular-classification.churn-events.test.roc_auc')).toEqual({
      value: 0.843,
      line: 16,
    });
    const acc = get('tabular-classification.churn-events.test.accuracy');
    expect(acc?.value).toBe(91.2);
    expect(acc?.ci?.[0]).toBeCloseTo(90.8, 12);
    expect(acc?.ci?.[1]).toBeCloseTo(91.6, 12);
  });

  it.each([
    ['20.0 ± 1.2', 20, [18.8, 21.2]],
    ['20.0 +/- 1.2', 20, [18.8, 21.2]],
    ['0.5', 0.5, undefined],
    [0.5, 0.5, undefined],
    ['n/a', 'n/a', undefined],
  ])('value %o → %o %o', (raw, value, ci) => {
    const v = cardValue(raw);
    expect(v?.value).toBe(value);
    if (ci) {
      expect(v?.ci?.[0]).toBeCloseTo(ci[0], 12);
      expect(v?.ci?.[1]).toBeCloseTo(ci[1], 12);
    } else expect(v?.ci).toBeUndefined();
  });

  it.each([
    ['no front matter', '# Model\n', 1, /no YAML front matter/],
    ['no model-index', '---\nlicense: mit\n---\n', 2, /no `model-index` list/],
    ['bad YAML', '---\na: [\n---\n', 2, /not valid YAML/],
    [
      'a result without task',
      '---\nmodel-index:\n  - results:\n      - dataset: { type: d }\n        metrics: []\n---\n',
      4,
      /expected `task.type`/,
    ],
    [
      'a metric without value',
      '---\nmodel-index:\n  - results:\n      - task: { type: t }\n        dataset: { type: d }\n        metrics:\n          - type: acc\n---\n',
      7,
      /expected `type` \(or `name`\) and a `value`/,
    ],
  ])('%s → a finding with a line', (_n, text, line, message) => {
    const res = parseMetrics('README.md', text);
    expect(res.findings[0]).toMatchObject({ file: 'README.md', line });
    expect(res.findings[0].message).toMatch(message);
  });
});

describe('dvc.yaml', () => {
  it('lists top-level and per-stage metrics files relative to its folder, once each', () => {
    const { files, issues } = dvcMetricsFiles('dvc/dvc.yaml', fixture('dvc/dvc.yaml'));
    expect(issues).toEqual([]);
    expect(files).toEqual([
      // summary.json is also a metric of stage `evaluate` without `cache: false`: DVC caches it.
      { path: 'dvc/eval/summary.json', line: 2, cachedBy: 'evaluate' },
      { path: 'dvc/eval/train.toml', line: 7 },
      { path: 'dvc/../../outside.json', line: 13, cachedBy: 'evaluate' },
    ]);
  });

  it.each([
    ['no metrics', 'stages: {}\n', /declares no `metrics:` files/],
    ['metrics not a list', 'metrics: m.json\n', /must be a list/],
    ['bad entry', 'metrics:\n  - { a: 1, b: 2 }\n', /must be a path/],
  ])('%s → an issue', (_n, text, message) => {
    expect(dvcMetricsFiles('dvc.yaml', text).issues[0].message).toMatch(message);
  });
});

describe('metric lines, traced back from the flattened name', () => {
  const lineOf = (text: string, name: string) => parseMetrics('m.json', text).set?.lineOf?.(name);

  it('finds keys that hold dots, array elements and derived metrics', () => {
    const text = [
      '{',
      '  "slices": {',
      '    "country=BR.v2": {',
      '      "recall": 0.7',
      '    },',
      '    "country=BR": { "v2": 1 }',
      '  },',
      '  "folds": [',
      '    0.8,',
      '    0.9',
      '  ],',
      '  "cm": {',
      '    "tp": 5, "fp": 1, "fn": 2, "tn": 9',
      '  }',
      '}',
    ].join('\n');
    expect(lineOf(text, 'slices.country=BR.v2.recall')).toBe(4);
    expect(lineOf(text, 'folds.1')).toBe(10);
    // A derived metric points at its source object.
    expect(lineOf(text, 'cm.precision')).toBe(12);
    expect(lineOf(text, 'no.such.metric')).toBeUndefined();
  });

  it('gives up within a budget where shared objects make the splits multiply', () => {
    // YAML aliases can share one object under many keys: "a" and "a.a" at every level give a
    // Fibonacci number of ways to split a long name, none of which ends on a metric.
    let node: unknown = 1;
    for (let i = 0; i < 60; i++) node = { a: node, 'a.a': node };
    const path = pathOfName({ x: node }, `x.${Array(70).fill('a').join('.')}`);
    expect(path.length).toBeGreaterThan(1);
  });
});

describe('the metric cap', () => {
  it('reads exactly Limits.metrics metrics and names the first one left out', () => {
    const slices: Record<string, number> = {};
    for (let i = 0; i < Limits.metrics + 5; i++) slices[`s${i}`] = 0.5;
    const res = parseMetrics('m.json', JSON.stringify({ slices }));
    expect(res.set?.values.size).toBe(Limits.metrics);
    expect(res.findings.map((f) => f.message)).toEqual([
      `more than ${Limits.metrics} metrics; the rest (from slices.s${Limits.metrics}) were not read`,
    ]);
  });
});
