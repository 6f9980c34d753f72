/**
 * SPEC §5 Rollout plans, promise by promise, through the real pipeline (in-memory trees): every
 * format normalises to stages {traffic, hold, gates} + rollback; every check of `rollout_policy`
 * in both directions; base → head loosening.
 */
import { describe, expect, it } from 'vitest';
import type { RolloutSection } from '../../src/stages/rollout.js';
import type { Finding } from '../../src/types.js';
import { run } from '../pipeline/memory.js';

/** The native plan of SPEC §5, verbatim. */
const SPEC_NATIVE = `kind: MlgateRollout
model: churn
candidate: churn:2026-11-20
strategy: canary                 # canary | shadow-then-canary | blue-green
steps:
  - { traffic: 1,  hold: 1h }
  - { traffic: 10, hold: 4h }
  - { traffic: 50, hold: 24h }
  - { traffic: 100 }
guardrails:
  - { metric: p95_latency_ms, max: 80 }
  - { metric: error_rate, max_ratio_vs_control: 2 }
rollback:
  artifact: churn:2026-10-01     # known-good artifact to switch back to (no retraining)
  trigger: "error_rate > 2x control or p95_latency_ms > 80 for 15m"
owner: ml-platform
`;

const FILE = 'deploy/churn-rollout.yaml';
const SPEC_POLICY = 'rollout_policy: { max_first_step: 10, min_bake: 10m, gate_before: 50 }\n';

interface Outcome {
  findings: Finding[];
  section: RolloutSection;
}

async function check(
  head: string,
  opts: { base?: string; policy?: string; extra?: Record<string, string> } = {},
): Promise<Outcome> {
  const cfg = `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    rollout: ${FILE}\n${opts.policy ?? ''}`;
  const tree = (plan: string | undefined) => ({
    '.mlgate.yml': cfg,
    'm.json': '{"auc": 0.9}',
    ...opts.extra,
    ...(plan === undefined ? {} : { [FILE]: plan }),
  });
  const report = await run({ head: tree(head), base: tree(opts.base) });
  return {
    findings: report.findings.filter((f) => f.check === 'rollout'),
    section: report.models[0].rollout as RolloutSection,
  };
}

const rulesOf = (fs: Finding[], level?: string) =>
  fs.filter((f) => !level || f.level === level).map((f) => f.rule);
const stagesOf = (s: RolloutSection) =>
  s.plan!.stages.map((x) => [x.traffic, x.hold, x.gates.some((g) => g.kind !== 'manual')]);

describe('§5 the SPEC native example', () => {
  it.each([
    ['the default policy', ''],
    ['the SPEC §2 policy', SPEC_POLICY],
  ])('reads with no finding at all under %s', async (_n, policy) => {
    const { findings, section } = await check(SPEC_NATIVE, { policy });
    expect(findings).toEqual([]);
    expect(section.plan?.format).toBe('native');
    expect(stagesOf(section)).toEqual([
      [1, 3_600_000, true],
      [10, 4 * 3_600_000, true],
      [50, 24 * 3_600_000, true],
      [100, null, true],
    ]);
    expect(section.plan?.rollback).toMatchObject({
      artifact: 'churn:2026-10-01',
      trigger: 'error_rate > 2x control or p95_latency_ms > 80 for 15m',
    });
    expect(section.policy).toEqual({ max_first_step: 10, min_bake: '10m', gate_before: 50 });
  });
});

const ARGO = (steps: string, templates = TEMPLATE) => `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: churn
spec:
  replicas: 5
  selector:
    matchLabels: { app: churn }
  template:
    metadata:
      labels: { app: churn }
    spec:
      containers:
        - name: churn
          image: registry.example.com/churn:2026-11-20
  strategy:
    canary:
      steps:
${steps}${templates ? `---\n${templates}` : ''}`;

const ARGO_STEPS = `        - setWeight: 5
        - pause: { duration: 1h }
        - analysis:
            templates:
              - templateName: churn-health
        - setWeight: 25
        - pause: { duration: 2h }
        - setWeight: 50
        - pause: { duration: 4h }
`;

const TEMPLATE = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: churn-health
spec:
  metrics:
    - name: error-rate
      interval: 5m
      count: 3
      successCondition: result[0] <= 0.01
      failureLimit: 1
      provider:
        prometheus:
          address: http://prometheus.monitoring:9090
          query: sum(rate(http_requests_total{app="churn",code=~"5.."}[5m])) / sum(rate(http_requests_total{app="churn"}[5m]))
    - name: p95-latency
      interval: 5m
      count: 3
      successCondition: result[0] <= 0.08
      provider:
        prometheus:
          address: http://prometheus.monitoring:9090
          query: histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{app="churn"}[5m])) by (le))
`;

const FLAGGER = (analysis: string, top = '') => `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: churn
spec:
${top}  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: churn
  service:
    port: 80
  analysis:
${analysis}`;

const FLAGGER_ANALYSIS = `    interval: 15m
    threshold: 5
    maxWeight: 50
    stepWeight: 10
    metrics:
      - name: request-success-rate
        thresholdRange: { min: 99 }
        interval: 1m
      - name: request-duration
        thresholdRange: { max: 500 }
        interval: 1m
    webhooks:
      - name: load-test
        url: http://flagger-loadtester.test/
        timeout: 5s
        metadata:
          cmd: "hey -z 1m -q 10 -c 2 http://churn-canary/"
`;

const KSERVE = (pct: number) => `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: churn
spec:
  predictor:
    canaryTrafficPercent: ${pct}
    model:
      modelFormat:
        name: sklearn
      storageUri: gs://models/churn/2026-11-20
`;

describe('§5 formats normalise to stages {traffic, hold, gates} + rollback', () => {
  it('Argo Rollout: setWeight/pause/analysis, template in the same file, final 100 %', async () => {
    const { findings, section } = await check(ARGO(ARGO_STEPS));
    expect(section.plan?.format).toBe('argo');
    expect(section.plan!.stages.map((s) => s.traffic)).toEqual([5, 25, 50, 100]);
    // The blocking analysis step (count 3 × interval 5m) adds to the first hold.
    expect(section.plan!.stages.slice(0, 3).map((s) => s.hold)).toEqual([
      3_600_000 + 15 * 60_000,
      2 * 3_600_000,
      4 * 3_600_000,
    ]);
    expect(section.plan!.stages[0].gates.some((g) => g.kind === 'metric')).toBe(true);
    expect(section.plan!.rollback.trigger).toBeTruthy();
    expect(rulesOf(findings, 'error')).toEqual([]);
    expect(rulesOf(findings)).not.toContain('rollout.guardrails');
  });

  it('Argo Rollout: the AnalysisTemplate may live in another file of the repo', async () => {
    const { findings, section } = await check(ARGO(ARGO_STEPS, ''), {
      extra: { 'deploy/templates/churn-health.yaml': TEMPLATE },
    });
    expect(rulesOf(findings)).toEqual([]);
    expect(section.plan!.guardrails.map((g) => g.name).sort()).toEqual([
      'error-rate',
      'p95-latency',
    ]);
  });

  it('Argo Rollout without any analysis has no rollback trigger and no gate', async () => {
    const steps = `        - setWeight: 5
        - pause: { duration: 1h }
        - setWeight: 50
        - pause: { duration: 1h }
`;
    const { findings } = await check(ARGO(steps, ''));
    expect(rulesOf(findings, 'error')).toEqual(
      expect.arrayContaining(['rollout.rollback-trigger', 'rollout.gate-before']),
    );
  });

  it('Argo background analysis gates the steps from startingStep on', async () => {
    const steps = ARGO_STEPS.replace(/ {8}- analysis:\n.*\n.*\n/, '');
    const text = ARGO(steps).replace(
      '    canary:\n',
      '    canary:\n      analysis:\n        templates:\n          - templateName: churn-health\n        startingStep: 2\n',
    );
    const { section, findings } = await check(text);
    const gated = section.plan!.stages.map((s) => s.gates.some((g) => g.kind === 'metric'));
    expect(gated.slice(0, 3)).toEqual([false, true, true]);
    expect(rulesOf(findings, 'error')).toEqual([]);
  });

  it('Argo pause without duration is a manual promotion', async () => {
    const steps = `        - setWeight: 5
        - pause: { duration: 1h }
        - analysis:
            templates:
              - templateName: churn-health
        - setWeight: 50
        - pause: {}
`;
    const { section, findings } = await check(ARGO(steps));
    expect(section.plan!.stages.find((s) => s.traffic === 50)?.hold).toBe('manual');
    expect(rulesOf(findings, 'error')).toEqual([]);
  });

  it('Flagger Canary: stepWeight up to maxWeight every interval, metrics + webhooks', async () => {
    const { findings, section } = await check(FLAGGER(FLAGGER_ANALYSIS));
    expect(section.plan?.format).toBe('flagger');
    expect(section.plan!.stages.map((s) => s.traffic)).toEqual([10, 20, 30, 40, 50, 100]);
    expect(section.plan!.stages[0].hold).toBe(15 * 60_000);
    expect(section.plan!.failureTolerance?.value).toBe(5);
    expect(section.plan!.stages[0].gates.filter((g) => g.kind === 'metric').length).toBe(2);
    expect(rulesOf(findings, 'error')).toEqual([]);
    expect(rulesOf(findings)).not.toContain('rollout.guardrails');
  });

  it('Flagger Canary: stepWeights', async () => {
    const analysis = FLAGGER_ANALYSIS.replace(
      '    maxWeight: 50\n    stepWeight: 10\n',
      '    stepWeights: [1, 10, 50]\n',
    );
    const { findings, section } = await check(FLAGGER(analysis));
    expect(section.plan!.stages.map((s) => s.traffic)).toEqual([1, 10, 50, 100]);
    expect(rulesOf(findings, 'error')).toEqual([]);
  });

  it('Flagger skipAnalysis: true is an error', async () => {
    const { findings } = await check(FLAGGER(FLAGGER_ANALYSIS, '  skipAnalysis: true\n'));
    expect(rulesOf(findings, 'error')).toContain('rollout.skip-analysis');
    const ok = await check(FLAGGER(FLAGGER_ANALYSIS, '  skipAnalysis: false\n'));
    expect(rulesOf(ok.findings)).not.toContain('rollout.skip-analysis');
  });

  it('KServe canaryTrafficPercent is the first step; no automatic rollback trigger', async () => {
    const { findings, section } = await check(KSERVE(10));
    expect(section.plan?.format).toBe('kserve');
    expect(section.plan!.stages[0].traffic).toBe(10);
    expect(rulesOf(findings, 'error')).toContain('rollout.rollback-trigger');
    const big = await check(KSERVE(40));
    expect(rulesOf(big.findings, 'error')).toContain('rollout.first-step');
  });
});

/** Native plans built from parts. */
function native(
  over: {
    steps?: string;
    guardrails?: string;
    rollback?: string;
    candidate?: string;
  } = {},
): string {
  return `kind: MlgateRollout
model: churn
candidate: ${over.candidate ?? 'churn:2026-11-20'}
strategy: canary
steps:
${over.steps ?? '  - { traffic: 1, hold: 1h }\n  - { traffic: 10, hold: 4h }\n  - { traffic: 50, hold: 24h }\n  - { traffic: 100 }\n'}${over.guardrails ?? 'guardrails:\n  - { metric: p95_latency_ms, max: 80 }\n  - { metric: error_rate, max_ratio_vs_control: 2 }\n'}${over.rollback ?? 'rollback:\n  artifact: churn:2026-10-01\n  trigger: "error_rate > 2x control for 15m"\n'}`;
}

const steps = (...s: string[]) => s.map((x) => `  - ${x}\n`).join('');

/** [rule, policy, bad plan, good plan]: the bad one has the finding, the good one does not. */
const CHECKS: [string, string, string, string, string][] = [
  [
    'traffic strictly increasing',
    'rollout.monotonic',
    '',
    native({
      steps: steps('{ traffic: 10, hold: 1h }', '{ traffic: 10, hold: 1h }', '{ traffic: 100 }'),
    }),
    native({
      steps: steps('{ traffic: 10, hold: 1h }', '{ traffic: 20, hold: 1h }', '{ traffic: 100 }'),
    }),
  ],
  [
    'traffic decreasing',
    'rollout.monotonic',
    '',
    native({
      steps: steps('{ traffic: 10, hold: 1h }', '{ traffic: 5, hold: 1h }', '{ traffic: 100 }'),
    }),
    native(),
  ],
  [
    'ends at 100 (or a manual promotion)',
    'rollout.end',
    '',
    native({ steps: steps('{ traffic: 1, hold: 1h }', '{ traffic: 50, hold: 1h }') }),
    native({ steps: steps('{ traffic: 1, hold: 1h }', '{ traffic: 50, hold: manual }') }),
  ],
  [
    'first step ≤ max_first_step (default 10)',
    'rollout.first-step',
    '',
    native({ steps: steps('{ traffic: 20, hold: 1h }', '{ traffic: 100 }') }),
    native({ steps: steps('{ traffic: 10, hold: 1h }', '{ traffic: 100 }') }),
  ],
  [
    'first step ≤ max_first_step (configured 25)',
    'rollout.first-step',
    'rollout_policy: { max_first_step: 25 }\n',
    native({ steps: steps('{ traffic: 30, hold: 1h }', '{ traffic: 100 }') }),
    native({ steps: steps('{ traffic: 25, hold: 1h }', '{ traffic: 100 }') }),
  ],
  [
    'hold parseable',
    'rollout.hold',
    '',
    native({ steps: steps('{ traffic: 5, hold: soon }', '{ traffic: 100 }') }),
    native({ steps: steps('{ traffic: 5, hold: 1h30m }', '{ traffic: 100 }') }),
  ],
  [
    'hold ≥ min_bake (default 10m)',
    'rollout.hold',
    '',
    native({ steps: steps('{ traffic: 5, hold: 5m }', '{ traffic: 100 }') }),
    native({ steps: steps('{ traffic: 5, hold: 10m }', '{ traffic: 100 }') }),
  ],
  [
    'hold ≥ min_bake (configured 2h)',
    'rollout.hold',
    'rollout_policy: { min_bake: 2h }\n',
    native({ steps: steps('{ traffic: 5, hold: 1h }', '{ traffic: 100 }') }),
    native({ steps: steps('{ traffic: 5, hold: 2h }', '{ traffic: 100 }') }),
  ],
  [
    'a step below 100 without a hold',
    'rollout.hold',
    '',
    native({ steps: steps('{ traffic: 5 }', '{ traffic: 100 }') }),
    native({ steps: steps('{ traffic: 5, hold: 1h }', '{ traffic: 100 }') }),
  ],
  [
    'a metric gate before traffic exceeds gate_before',
    'rollout.gate-before',
    '',
    native({
      guardrails: '',
      steps: steps(
        '{ traffic: 5, hold: 1h }',
        '{ traffic: 100, gates: [{ metric: error_rate, max: 0.01 }] }',
      ),
    }),
    native({
      guardrails: '',
      steps: steps(
        '{ traffic: 5, hold: 1h, gates: [{ metric: error_rate, max: 0.01 }] }',
        '{ traffic: 100 }',
      ),
    }),
  ],
  [
    'guardrails cover latency',
    'rollout.guardrails',
    '',
    native({ guardrails: 'guardrails:\n  - { metric: error_rate, max: 0.01 }\n' }),
    native(),
  ],
  [
    'guardrails cover errors',
    'rollout.guardrails',
    '',
    native({ guardrails: 'guardrails:\n  - { metric: p95_latency_ms, max: 80 }\n' }),
    native(),
  ],
  [
    'a rollback trigger',
    'rollout.rollback-trigger',
    '',
    native({ rollback: 'rollback:\n  artifact: churn:2026-10-01\n' }),
    native(),
  ],
  [
    'a native rollback artifact',
    'rollout.rollback-artifact',
    '',
    native({ rollback: 'rollback:\n  trigger: "error_rate > 2x control"\n' }),
    native(),
  ],
  [
    'the rollback artifact differs from the candidate',
    'rollout.rollback-artifact',
    '',
    native({ candidate: 'churn:2026-10-01' }),
    native(),
  ],
];

describe('§5 checks, each in both directions', () => {
  it.each(CHECKS)('%s (%s)', async (_n, rule, policy, bad, good) => {
    const b = await check(bad, { policy });
    expect(rulesOf(b.findings)).toContain(rule);
    const f = b.findings.find((x) => x.rule === rule)!;
    expect(f.file).toBe(FILE);
    expect(f.line).toBeGreaterThan(0);
    const g = await check(good, { policy });
    expect(rulesOf(g.findings)).not.toContain(rule);
  });

  it('guardrail coverage gaps are warnings; the other rules are errors', async () => {
    const b = await check(
      native({ guardrails: 'guardrails:\n  - { metric: error_rate, max: 0.01 }\n' }),
    );
    expect(b.findings.find((f) => f.rule === 'rollout.guardrails')?.level).toBe('warning');
    const m = await check(native({ candidate: 'churn:2026-10-01' }));
    expect(m.findings.find((f) => f.rule === 'rollout.rollback-artifact')?.level).toBe('error');
  });
});

describe('§5 base → head loosening', () => {
  const LOOSER: [string, string, string, string, string][] = [
    [
      'fewer steps',
      'rollout.loosened.steps',
      native(),
      native({
        steps: steps('{ traffic: 1, hold: 1h }', '{ traffic: 50, hold: 24h }', '{ traffic: 100 }'),
      }),
      native({
        steps: steps(
          '{ traffic: 1, hold: 1h }',
          '{ traffic: 10, hold: 4h }',
          '{ traffic: 25, hold: 4h }',
          '{ traffic: 50, hold: 24h }',
          '{ traffic: 100 }',
        ),
      }),
    ],
    [
      'a bigger first step',
      'rollout.loosened.first-step',
      native(),
      native({
        steps: steps(
          '{ traffic: 5, hold: 1h }',
          '{ traffic: 10, hold: 4h }',
          '{ traffic: 50, hold: 24h }',
          '{ traffic: 100 }',
        ),
      }),
      native({
        steps: steps(
          '{ traffic: 0.5, hold: 1h }',
          '{ traffic: 10, hold: 4h }',
          '{ traffic: 50, hold: 24h }',
          '{ traffic: 100 }',
        ),
      }),
    ],
    [
      'a removed guardrail',
      'rollout.loosened.removed',
      native(),
      native({ guardrails: 'guardrails:\n  - { metric: p95_latency_ms, max: 80 }\n' }),
      native({
        guardrails:
          'guardrails:\n  - { metric: p95_latency_ms, max: 80 }\n  - { metric: error_rate, max_ratio_vs_control: 2 }\n  - { metric: timeout_rate, max: 0.01 }\n',
      }),
    ],
    [
      'a looser threshold',
      'rollout.loosened.threshold',
      native(),
      native({
        guardrails:
          'guardrails:\n  - { metric: p95_latency_ms, max: 120 }\n  - { metric: error_rate, max_ratio_vs_control: 2 }\n',
      }),
      native({
        guardrails:
          'guardrails:\n  - { metric: p95_latency_ms, max: 60 }\n  - { metric: error_rate, max_ratio_vs_control: 1.5 }\n',
      }),
    ],
    [
      'Argo: a removed analysis',
      'rollout.loosened.removed',
      ARGO(ARGO_STEPS),
      ARGO(ARGO_STEPS.replace(/ {8}- analysis:\n.*\n.*\n/, '')),
      ARGO(ARGO_STEPS),
    ],
    [
      'Argo: a looser successCondition in the AnalysisTemplate',
      'rollout.loosened.threshold',
      ARGO(ARGO_STEPS),
      ARGO(ARGO_STEPS, TEMPLATE.replace('result[0] <= 0.01', 'result[0] <= 0.05')),
      ARGO(ARGO_STEPS, TEMPLATE.replace('result[0] <= 0.01', 'result[0] <= 0.005')),
    ],
    [
      'Argo: a higher failureLimit',
      'rollout.loosened.threshold',
      ARGO(ARGO_STEPS),
      ARGO(ARGO_STEPS, TEMPLATE.replace('failureLimit: 1', 'failureLimit: 3')),
      ARGO(ARGO_STEPS, TEMPLATE.replace('failureLimit: 1', 'failureLimit: 0')),
    ],
    [
      'Flagger: a looser thresholdRange',
      'rollout.loosened.threshold',
      FLAGGER(FLAGGER_ANALYSIS),
      FLAGGER(FLAGGER_ANALYSIS.replace('max: 500', 'max: 1000')),
      FLAGGER(FLAGGER_ANALYSIS.replace('max: 500', 'max: 300')),
    ],
    [
      'Flagger: a higher threshold (more failed checks tolerated)',
      'rollout.loosened.threshold',
      FLAGGER(FLAGGER_ANALYSIS),
      FLAGGER(FLAGGER_ANALYSIS.replace('threshold: 5', 'threshold: 10')),
      FLAGGER(FLAGGER_ANALYSIS.replace('threshold: 5', 'threshold: 2')),
    ],
    [
      'Flagger: a bigger first step',
      'rollout.loosened.first-step',
      FLAGGER(FLAGGER_ANALYSIS),
      FLAGGER(FLAGGER_ANALYSIS.replace('stepWeight: 10', 'stepWeight: 25')),
      FLAGGER(FLAGGER_ANALYSIS.replace('stepWeight: 10', 'stepWeight: 5')),
    ],
  ];
  it.each(LOOSER)(
    '%s is flagged (%s); tightening is not',
    async (_n, rule, base, looser, tighter) => {
      const l = await check(looser, { base });
      expect(l.findings.filter((f) => f.rule === rule).map((f) => f.level)).toContain('warning');
      const t = await check(tighter, { base });
      expect(rulesOf(t.findings).filter((r) => r?.startsWith('rollout.loosened'))).toEqual([]);
    },
  );

  it('an unchanged plan has no loosening finding', async () => {
    const { findings } = await check(SPEC_NATIVE, { base: SPEC_NATIVE });
    expect(findings).toEqual([]);
  });
});

describe('§5 the same checks on Kubernetes formats', () => {
  const ARGO_CASES: [string, string, string][] = [
    [
      'Argo: traffic not increasing',
      'rollout.monotonic',
      ARGO_STEPS.replace('setWeight: 25', 'setWeight: 4'),
    ],
    ['Argo: pause duration not parseable', 'rollout.hold', ARGO_STEPS.replace('2h }', '2hours }')],
    ['Argo: pause shorter than min_bake', 'rollout.hold', ARGO_STEPS.replace('2h }', '60 }')],
    [
      'Argo: first step too big',
      'rollout.first-step',
      ARGO_STEPS.replace('setWeight: 5', 'setWeight: 20'),
    ],
  ];
  it.each(ARGO_CASES)('%s → %s', async (_n, rule, stepsText) => {
    const { findings } = await check(ARGO(stepsText));
    expect(rulesOf(findings, 'error')).toContain(rule);
  });

  const FLAGGER_CASES: [string, string, string][] = [
    [
      'Flagger: interval not parseable',
      'rollout.hold',
      FLAGGER_ANALYSIS.replace('interval: 15m', 'interval: often'),
    ],
    // Flagger advances on each passing check (one per interval), so its bake is measured as
    // analysis time and successful checks before full traffic (issue 11; docs/rollout.md).
    [
      'Flagger: analysis shorter than min_analysis',
      'rollout.analysis-time',
      FLAGGER_ANALYSIS.replace('interval: 15m', 'interval: 30s'),
    ],
    [
      'Flagger: one check, then full traffic',
      'rollout.checks',
      FLAGGER_ANALYSIS.replace(
        '    maxWeight: 50\n    stepWeight: 10\n',
        '    stepWeights: [10]\n',
      ),
    ],
    [
      'Flagger: first step too big',
      'rollout.first-step',
      FLAGGER_ANALYSIS.replace('stepWeight: 10', 'stepWeight: 20'),
    ],
    [
      'Flagger: stepWeights not increasing',
      'rollout.monotonic',
      FLAGGER_ANALYSIS.replace(
        '    maxWeight: 50\n    stepWeight: 10\n',
        '    stepWeights: [5, 20, 10]\n',
      ),
    ],
    [
      'Flagger: no metrics and no webhooks',
      'rollout.rollback-trigger',
      FLAGGER_ANALYSIS.slice(0, FLAGGER_ANALYSIS.indexOf('    metrics:')),
    ],
  ];
  it.each(FLAGGER_CASES)('%s → %s', async (_n, rule, analysis) => {
    const { findings } = await check(FLAGGER(analysis));
    expect(rulesOf(findings, 'error')).toContain(rule);
  });
});
