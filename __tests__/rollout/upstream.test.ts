/**
 * Rollout plans read as their controllers run them (issue 11). Fixtures are written here in the
 * shapes the upstream docs use; the semantics cited come from:
 * - Flagger pkg/controller/scheduler.go (advanceCanary, runCanary, nextStepWeight) and
 *   docs/gitbook/usage/webhooks.md, how-it-works.md ("interval * (maxWeight / stepWeight)").
 * - Argo Rollouts docs/features/experiment.md ("Weighted Experiment Step with Traffic Routing"),
 *   rollout/trafficrouting.go (experiment weights on top of the canary's setWeight) and
 *   docs/features/analysis.md (template `args`, values passed by the Rollout).
 * - KServe docs/samples/v1beta1/rollout/README.md (promote by removing canaryTrafficPercent,
 *   roll back with canaryTrafficPercent: 0) and the KFServing v1alpha2 canary sample
 *   (spec.default / spec.canary / spec.canaryTrafficPercent).
 */
import { describe, expect, it } from 'vitest';
import {
  checkRolloutPlan,
  diffRolloutPlans,
  resolveRolloutPolicy,
  rolloutTransition,
} from '../../src/checks/rollout.js';
import { loadConfig } from '../../src/config/load.js';
import { planLine } from '../../src/formats/rollout/describe.js';
import { readRollout, type RolloutPlan } from '../../src/formats/rollout/index.js';
import type { FileSource, ReadResult } from '../../src/sources/types.js';
import { rolloutStage } from '../../src/stages/rollout.js';

const defaults = resolveRolloutPolicy(undefined);
const read = (text: string, file = 'deploy/r.yaml'): RolloutPlan => {
  const res = readRollout(file, text);
  expect(res.issues.filter((i) => i.level === 'error')).toEqual([]);
  return res.plan!;
};
const errors = (plan: RolloutPlan, policy = defaults) =>
  checkRolloutPlan(plan, policy)
    .filter((i) => i.level === 'error')
    .map((i) => i.rule);

const canary = (analysis: string) => `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: churn
spec:
  targetRef: { apiVersion: apps/v1, kind: Deployment, name: churn }
  service: { port: 80 }
  analysis:
${analysis}
    metrics:
      - name: request-success-rate
        thresholdRange: { min: 99 }
        interval: 1m
      - name: request-duration
        thresholdRange: { max: 500 }
        interval: 1m
`;

describe('Flagger confirm webhooks are manual holds', () => {
  const hooks = (type: string) =>
    `    webhooks:\n      - name: gate\n        type: ${type}\n        url: http://flagger-loadtester.test/gate/check\n`;

  it('confirm-promotion holds the last step until approved (checks keep running)', () => {
    const plan = read(
      canary(
        `    interval: 1m\n    threshold: 5\n    maxWeight: 50\n    stepWeight: 10\n${hooks('confirm-promotion')}`,
      ),
    );
    expect(planLine(plan)).toBe('10% 1m → 20% 1m → 30% 1m → 40% 1m → 50% manual → 100%');
    expect(plan.promotion).toBe('manual');
    expect(errors(plan)).toEqual([]);
  });

  it('blue/green with confirm-promotion: the preview waits for a person, not "holds 50s"', () => {
    const plan = read(
      canary(
        `    interval: 10s\n    threshold: 2\n    iterations: 5\n${hooks('confirm-promotion')}`,
      ),
    );
    expect(planLine(plan)).toBe('0% (preview) manual → 100%');
    expect(errors(plan)).not.toContain('rollout.hold');
    expect(errors(plan)).not.toContain('rollout.analysis-time');
  });

  it('confirm-traffic-increase waits before every weight increase, the promotion included', () => {
    const plan = read(
      canary(
        `    interval: 30s\n    maxWeight: 30\n    stepWeight: 10\n${hooks('confirm-traffic-increase')}`,
      ),
    );
    expect(plan.stages.map((s) => s.hold)).toEqual(['manual', 'manual', 'manual', null]);
    expect(errors(plan)).toEqual([]);
  });

  it('confirm-rollout halts before any traffic, like a leading Argo pause: {}', () => {
    const plan = read(
      canary(
        `    interval: 1m\n    maxWeight: 50\n    stepWeight: 10\n${hooks('confirm-rollout')}`,
      ),
    );
    expect(plan.stages[0]).toMatchObject({ traffic: 0, hold: 'manual', label: 'before traffic' });
    expect(plan.stages[0].gates.map((g) => g.kind)).toEqual(['manual']);
    expect(errors(plan)).toEqual([]);
    // It does not excuse a hasty analysis: the candidate still reaches 100 % after one check.
    const hasty = read(
      canary(`    interval: 1m\n    stepWeights: [10]\n${hooks('confirm-rollout')}`),
    );
    expect(errors(hasty)).toEqual(['rollout.analysis-time', 'rollout.checks']);
  });
});

describe('Flagger weights end once', () => {
  it.each([
    [
      'maxWeight: 100, stepWeight: 20',
      '    maxWeight: 100\n    stepWeight: 20',
      [20, 40, 60, 80, 100],
    ],
    ['stepWeights ending at 100', '    stepWeights: [5, 25, 50, 100]', [5, 25, 50, 100]],
    // Flagger adds stepWeight and promotes once the weight reaches maxWeight (capped at 100).
    [
      'maxWeight: 50, stepWeight: 20 runs at 60',
      '    maxWeight: 50\n    stepWeight: 20',
      [20, 40, 60, 100],
    ],
  ])('%s', (_n, weights, traffic) => {
    const plan = read(canary(`    interval: 2m\n${weights}`));
    expect(plan.stages.map((s) => s.traffic)).toEqual(traffic);
    const rules = errors(plan);
    expect(rules).not.toContain('rollout.monotonic');
    expect(rules.filter((r) => r !== 'rollout.first-step')).toEqual([]);
  });
});

describe('Argo experiment steps', () => {
  const rollout = (steps: string, routed = true) => `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: churn
spec:
  strategy:
    canary:
${routed ? '      trafficRouting:\n        istio:\n          virtualService: { name: churn-vsvc, routes: [primary] }\n' : ''}      steps:
${steps}
---
apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: error-rate
spec:
  metrics:
    - name: error-rate
      interval: 5m
      count: 6
      successCondition: result[0] <= 0.01
      provider:
        prometheus:
          query: sum(rate(http_requests_total{code=~"5.."}[5m]))
`;

  it('a weighted experiment adds its canary weight on top of the setWeight and blocks for its duration', () => {
    const plan = read(
      rollout(`        - setWeight: 10
        - experiment:
            duration: 1h
            templates:
              - { name: canary, specRef: canary, weight: 20 }
            analyses:
              - { name: errors, templateName: error-rate }
        - setWeight: 20
        - pause: { duration: 1h }`),
    );
    expect(planLine(plan)).toBe('10% 1h → 30% 1h → 20% 1h → 100%');
    expect(plan.stages[1]).toMatchObject({ label: 'experiment' });
    expect(plan.stages[1].gates.map((g) => g.name)).toEqual(['error-rate']);
    // Back at setWeight 20 after the experiment is not a decrease from the experiment's 30 %.
    expect(errors(plan)).toEqual([]);
  });

  it('an experiment without duration or required analyses runs until promoted (manual)', () => {
    const plan = read(
      rollout(`        - setWeight: 10
        - experiment:
            templates:
              - { name: experiment-istio, specRef: canary, weight: 20 }`),
    );
    expect(planLine(plan)).toBe('10% manual → 30% manual → 100%');
  });

  it('the first exposure counts the experiment: baseline weights run the old version', () => {
    const plan = read(
      rollout(`        - experiment:
            duration: 30m
            templates:
              - { name: baseline, specRef: stable, weight: 15 }
              - { name: canary, specRef: canary, weight: 15 }
            analyses:
              - { name: errors, templateName: error-rate, requiredForCompletion: true }
        - setWeight: 30
        - pause: { duration: 1h }`),
    );
    expect(plan.stages.find((s) => s.traffic > 0)?.traffic).toBe(15);
    expect(planLine(plan)).toBe('0% (before traffic) 30m → 15% 30m → 30% 1h → 100%');
  });

  it('without trafficRouting the weight routes nothing; the experiment holds the current step', () => {
    const res = readRollout(
      'r.yaml',
      rollout(
        `        - setWeight: 10
        - experiment:
            duration: 20m
            templates:
              - { name: canary, specRef: canary, weight: 20 }
            analyses:
              - { name: errors, templateName: error-rate }`,
        false,
      ),
    );
    expect(planLine(res.plan!)).toBe('10% 20m → 100%');
    expect(res.plan!.stages[0].gates.map((g) => g.name)).toEqual(['error-rate']);
    expect(res.plan!.notes.join(' ')).toMatch(/need canary\.trafficRouting/);
  });
});

describe('KServe', () => {
  const v1alpha2 = (canaryBlock: string) => `apiVersion: serving.kubeflow.org/v1alpha2
kind: InferenceService
metadata:
  name: churn
spec:
  default:
    predictor:
      sklearn: { storageUri: "gs://models/churn/v1" }
${canaryBlock}`;
  const v1beta1 = (pct: string, uri = 'gs://models/churn/v2', group = 'serving.kserve.io') =>
    `apiVersion: ${group}/v1beta1
kind: InferenceService
metadata:
  name: churn
spec:
  predictor:
${pct}    sklearn: { storageUri: "${uri}" }
`;
  const canaryV1alpha2 = v1alpha2(`  canaryTrafficPercent: 10
  canary:
    predictor:
      sklearn: { storageUri: "gs://models/churn/v2" }
`);

  it('reads v1alpha2 spec.canary / canaryTrafficPercent as a canary, not a 100 % rollout', () => {
    const plan = read(canaryV1alpha2);
    expect(planLine(plan)).toBe('10% manual → manual promotion');
    expect(plan).toMatchObject({
      candidate: 'gs://models/churn/v2',
      stable: 'gs://models/churn/v1',
    });
  });

  it('reads the older serving.kubeflow.org group', () => {
    const plan = read(
      v1beta1('    canaryTrafficPercent: 10\n', 'gs://m/v2', 'serving.kubeflow.org'),
    );
    expect(planLine(plan)).toBe('10% manual → manual promotion');
  });

  it('canaryTrafficPercent: 0 is a rollback, reported as a notice, not a plan missing gates', () => {
    const plan = read(v1beta1('    canaryTrafficPercent: 0\n'));
    expect(checkRolloutPlan(plan, defaults).map((i) => `${i.level}:${i.rule}`)).toEqual([
      'notice:rollout.rollback',
    ]);
  });

  it.each([
    [
      'v1beta1: canaryTrafficPercent removed, same model',
      v1beta1('    canaryTrafficPercent: 10\n'),
      v1beta1(''),
      'rollout.promotion',
    ],
    [
      'v1beta1: canaryTrafficPercent 100, same model',
      v1beta1('    canaryTrafficPercent: 10\n'),
      v1beta1('    canaryTrafficPercent: 100\n'),
      'rollout.promotion',
    ],
    [
      'v1alpha2: the canary moved into default',
      canaryV1alpha2,
      v1alpha2('').replace('churn/v1', 'churn/v2'),
      'rollout.promotion',
    ],
    ['v1alpha2: the canary removed', canaryV1alpha2, v1alpha2(''), 'rollout.rollback'],
  ])('%s → %s', (_n, base, head, rule) => {
    const t = rolloutTransition(read(base), read(head));
    expect(t).toMatchObject({ level: 'notice', rule });
  });

  it('a different model at 100 % is a fresh rollout, not a promotion', () => {
    const head = read(v1beta1('', 'gs://models/churn/v3'));
    expect(rolloutTransition(read(v1beta1('    canaryTrafficPercent: 10\n')), head)).toBeNull();
    expect(errors(head)).toContain('rollout.first-step');
  });

  it('the stage reports a promotion instead of three errors and loosening warnings', async () => {
    const source = (text: string): FileSource => ({
      label: 'memory',
      read: async (path: string): Promise<ReadResult> =>
        path === 'deploy/r.yaml'
          ? { ok: true, path, text }
          : { ok: false, path, reason: 'missing', message: `${path}: file not found` },
      list: async () => ['deploy/r.yaml'],
    });
    const res = loadConfig(
      '.mlgate.yml',
      'version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    rollout: deploy/r.yaml\n',
    );
    if (!res.ok) throw new Error('config');
    const out = await rolloutStage({
      model: res.loaded.config.models[0],
      index: 0,
      config: res.loaded.config,
      loaded: res.loaded,
      head: source(v1beta1('')),
      base: source(v1beta1('    canaryTrafficPercent: 10\n')),
      metrics: { head: null, base: null, production: null, baseline: null },
      diff: [],
      gates: [],
    });
    expect(out.findings.map((f) => `${f.level}:${f.rule}`)).toEqual(['notice:rollout.promotion']);
  });
});

describe('the default policy in each controller’s terms', () => {
  it.each([
    // Flagger's docs (how-it-works.md): 10 steps × 1m, 5 steps × 1m (podinfo), blue/green 10 × 30s.
    [
      'stepWeight 5 to 50 every 1m',
      '    interval: 1m\n    threshold: 10\n    maxWeight: 50\n    stepWeight: 5',
      [],
    ],
    [
      'stepWeight 10 to 50 every 1m',
      '    interval: 1m\n    threshold: 5\n    maxWeight: 50\n    stepWeight: 10',
      [],
    ],
    [
      'blue/green 10 iterations × 30s',
      '    interval: 30s\n    threshold: 2\n    iterations: 10',
      ['rollout.first-step'],
    ],
    // Hasty: one check and straight to full traffic; or 5 checks over 50 seconds.
    [
      'one check, then 100%',
      '    interval: 1m\n    stepWeights: [10]',
      ['rollout.analysis-time', 'rollout.checks'],
    ],
    [
      '5 checks in 50s',
      '    interval: 10s\n    maxWeight: 50\n    stepWeight: 10',
      ['rollout.analysis-time'],
    ],
  ])('Flagger %s → %j', (_n, analysis, expected) => {
    expect(errors(read(canary(analysis)))).toEqual(expected);
  });

  it('min_analysis and min_checks are configurable', () => {
    const plan = read(canary('    interval: 10s\n    maxWeight: 50\n    stepWeight: 10'));
    expect(errors(plan, resolveRolloutPolicy({ min_analysis: '30s', min_checks: 5 }))).toEqual([]);
    expect(errors(plan, resolveRolloutPolicy({ min_analysis: '30s', min_checks: 6 }))).toEqual([
      'rollout.checks',
    ]);
  });

  it('the config schema takes the new keys', () => {
    const cfg = (policy: string) =>
      loadConfig(
        '.mlgate.yml',
        `version: 1\nmodels:\n  - { name: churn, metrics: m.json }\nrollout_policy: ${policy}\n`,
      );
    expect(cfg('{ min_analysis: 15m, min_checks: 4 }').ok).toBe(true);
    expect(cfg('{ min_checks: -1 }').ok).toBe(false);
  });
});

describe('Argo analysis args are resolved before comparing', () => {
  const plan = (
    failureLimit: string,
    threshold: string,
    templateDefault = '0.99',
  ) => `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: churn
spec:
  strategy:
    canary:
      steps:
        - setWeight: 5
        - pause: { duration: 1h }
        - analysis:
            templates:
              - templateName: success-rate
            args:
              - { name: failure-limit, value: "${failureLimit}" }
${threshold ? `              - { name: min-success, value: "${threshold}" }\n` : ''}              - name: canary-hash
                valueFrom: { podTemplateHashValue: Latest }
        - setWeight: 50
        - pause: { duration: 1h }
---
apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: success-rate
spec:
  args:
    - name: failure-limit
    - name: min-success
      value: "${templateDefault}"
    - name: canary-hash
  metrics:
    - name: success-rate
      failureLimit: "{{args.failure-limit}}"
      successCondition: result[0] >= {{ args.min-success }}
      provider:
        prometheus:
          query: sum(rate(requests{hash="{{args.canary-hash}}",code!~"5.."}[5m])) / sum(rate(requests{hash="{{args.canary-hash}}"}[5m]))
`;
  const gate = (text: string) => read(text).guardrails.find((g) => g.name === 'success-rate');

  it('reads the values the Rollout passes, over the template defaults', () => {
    expect(gate(plan('2', '0.95'))).toMatchObject({ failureLimit: 2, min: 0.95 });
    expect(gate(plan('2', ''))).toMatchObject({ failureLimit: 2, min: 0.99 });
  });

  it('flags loosening through args as for inline values', () => {
    const messages = diffRolloutPlans(read(plan('2', '0.95')), read(plan('20', '0.9'))).map(
      (i) => i.message,
    );
    expect(messages).toEqual([
      'rollout loosened: gate "success-rate" threshold min 0.95 → 0.9, failureLimit 2 → 20',
    ]);
    // A lower template default, when the Rollout passes none, loosens too.
    expect(diffRolloutPlans(read(plan('2', '')), read(plan('2', '', '0.9')))).toHaveLength(1);
    expect(diffRolloutPlans(read(plan('2', '0.95')), read(plan('2', '0.95')))).toEqual([]);
  });
});
