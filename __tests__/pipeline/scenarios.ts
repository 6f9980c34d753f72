/** Repositories at a PR's base and head, shared by the pipeline tests and the golden comments. */
import type { Trees } from './memory.js';

export const CHURN_BASE_METRICS = JSON.stringify(
  {
    auc: { value: 0.831, ci: [0.822, 0.84] },
    calibration_error: 0.031,
    latency: { p95_ms: 61, p50_ms: 22 },
    slices: {
      tenure_lt_6m: { recall: 0.76, positive_rate: 0.31 },
      tenure_6_24m: { recall: 0.72, positive_rate: 0.27 },
      tenure_gt_24m: { recall: 0.71, positive_rate: 0.26 },
    },
    meta: { code_sha: 'a1b2c3d', seed: 17 },
  },
  null,
  2,
);

export function churnMetrics(auc: number, recallGt24: number, p95 = 66): string {
  return JSON.stringify(
    {
      auc: { value: auc, ci: [auc - 0.008, auc + 0.008] },
      calibration_error: 0.028,
      latency: { p95_ms: p95, p50_ms: 22 },
      slices: {
        tenure_lt_6m: { recall: 0.77, positive_rate: 0.3 },
        tenure_6_24m: { recall: 0.73, positive_rate: 0.27 },
        tenure_gt_24m: { recall: recallGt24, positive_rate: 0.25 },
      },
      drift: {
        tenure: {
          edges: [0, 6, 24, 60, 120],
          reference: { counts: [50, 30, 20, 0] },
          current: { counts: [48, 31, 20, 1] },
        },
      },
      meta: { code_sha: 'e4f5a6b', seed: 17 },
    },
    null,
    2,
  );
}

export const BASELINE = '{ "auc": 0.74, "calibration_error": 0.09 }\n';

export function churnConfig(aucMin = 0.82, extraModels = ''): string {
  return `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    baseline: models/churn/baseline-metrics.json
    gates:
      - { metric: auc, min: ${aucMin} }
      - { metric: calibration_error, max: 0.04 }
      - { metric: latency.p95_ms, max: 80, name: p95 latency }
      - { metric: auc, vs: production, max_drop: 0.005 }
      - { metric: auc, vs: baseline, min_gain: 0.02 }
      - { metric: "slices.*.recall", min: 0.70, level: warn }
      - { metric: "slices.*.positive_rate", aggregate: ratio, min: 0.8 }
      - { metric: auc, bound: lower, min: 0.80 }
      - { metric: "drift.*.psi", max: 0.25 }
${extraModels}`;
}

const RANKER = `  - name: ranker
    metrics: models/ranker/metrics.csv
    gates:
      - { metric: ndcg_at_10, min: 0.4 }
      - { metric: ndcg_at_10, vs: production, max_drop_pct: 2 }
`;

function tree(config: string, metrics: string, extra: Record<string, string> = {}) {
  return {
    '.mlgate.yml': config,
    'models/churn/metrics.json': metrics,
    'models/churn/baseline-metrics.json': BASELINE,
    ...extra,
  };
}

/** Everything passes: auc up, no policy change. */
export const passing: Trees = {
  base: tree(churnConfig(), CHURN_BASE_METRICS),
  head: tree(churnConfig(), churnMetrics(0.843, 0.72)),
};

/** The PR lowers `auc: min` 0.82 → 0.70 and ships auc 0.75: the base policy still fails it. */
export const failing: Trees = {
  base: tree(churnConfig(0.82), CHURN_BASE_METRICS),
  head: tree(churnConfig(0.7), churnMetrics(0.75, 0.69)),
};

/** Warnings, a new model, and policy changes (an added model, a tightened gate). */
export const mixed: Trees = {
  base: tree(churnConfig(0.82), CHURN_BASE_METRICS),
  head: tree(churnConfig(0.83, RANKER), churnMetrics(0.84, 0.68), {
    'models/ranker/metrics.csv':
      'metric,value,ci_low,ci_high\nndcg_at_10,0.46,0.44,0.48\nmrr,0.39,,\n',
  }),
};

/**
 * The slow decay (issue 13): four merged PRs each took 0.004 of auc and this one takes another.
 * Every step passes `max_drop: 0.005 vs production`; `vs: history` sees 0.02 lost since the best.
 */
const DECAY = [0.871, 0.867, 0.863, 0.859, 0.855];
const HISTORY_CONFIG = `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    gates:
      - { metric: auc, min: 0.82 }
      - { metric: auc, vs: production, max_drop: 0.005 }
      - { metric: auc, vs: history, window: 5, max_drop: 0.01 }
checklist: { enabled: false }
`;
export const history: Trees = {
  base: { '.mlgate.yml': HISTORY_CONFIG, 'models/churn/metrics.json': churnMetrics(0.855, 0.72) },
  head: { '.mlgate.yml': HISTORY_CONFIG, 'models/churn/metrics.json': churnMetrics(0.851, 0.72) },
  history: {
    'models/churn/metrics.json': [...DECAY].reverse().map((auc) => churnMetrics(auc, 0.72)),
  },
};
