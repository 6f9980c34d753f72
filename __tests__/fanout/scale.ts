/** Synthetic matrix-job reports at scale: `n` models × `gates` gates, every tenth model failing. */
import { VERSION } from '../../src/constants.js';
import type { ModelReport, Report } from '../../src/report/model.js';
import type { Finding, GateResult, MetricRow } from '../../src/types.js';

export const SCALE_HEAD = 'a'.repeat(40);

export function modelName(i: number): string {
  return `model-${String(i).padStart(3, '0')}`;
}

function model(i: number, gates: number): { model: ModelReport; findings: Finding[] } {
  const name = modelName(i);
  const failing = i % 10 === 0;
  const results: GateResult[] = [];
  const rows: MetricRow[] = [];
  const findings: Finding[] = [];
  for (let g = 0; g < gates; g++) {
    const metric = `eval.slice_${g}.auc`;
    const fail = failing && g < 3;
    const value = fail ? 0.7 : 0.9;
    results.push({
      metric,
      status: fail ? 'fail' : 'pass',
      level: 'error',
      value,
      reference: null,
      threshold: 0.8,
      message: `${metric} ${value} ${fail ? '<' : '≥'} min 0.8`,
      gate: g,
      thresholdKind: 'min',
    });
    rows.push({ metric, base: 0.85, head: value, change: value - 0.85 });
    if (fail)
      findings.push({
        level: 'error',
        check: 'gate',
        model: name,
        file: `models/${name}/metrics.json`,
        line: g + 2,
        message: `${metric} ${value} < min 0.8`,
      });
  }
  return {
    model: {
      name,
      state: 'existing',
      metricsFile: `models/${name}/metrics.json`,
      gates: results,
      metrics: rows,
      meta: {},
      notes: [],
    },
    findings,
  };
}

/** One report per model, as `n` matrix jobs leave them. */
export function scaleReports(n: number, gates: number): Report[] {
  const names = Array.from({ length: n }, (_, i) => modelName(i));
  return names.map((_, i) => {
    const { model: m, findings } = model(i, gates);
    return {
      version: 1,
      passed: findings.length === 0,
      counts: { errors: findings.length, warnings: 0, notices: 0, waived: 0 },
      failOn: 'error',
      pr: { number: 7, base: 'b'.repeat(40), head: SCALE_HEAD },
      config: { file: '.mlgate.yml', source: 'base' },
      policyChanges: [],
      scope: { models: names, filter: [m.name] },
      models: [m],
      findings,
      tool: { name: 'mlgate', version: VERSION },
    };
  });
}
