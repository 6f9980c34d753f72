import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPlanModel,
  checkRolloutPlan,
  diffRolloutPlans,
  resolveRolloutPolicy,
} from '../../src/checks/rollout.js';
import { readRollout, templatesIn, type RolloutPlan } from '../../src/formats/rollout/index.js';

const dir = new URL('../fixtures/rollout/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const external = templatesIn('templates/guardrails.yaml', fixture('templates/guardrails.yaml'));
const read = (file: string, text = fixture(file)): RolloutPlan =>
  readRollout(file, text, { external }).plan!;
const defaults = resolveRolloutPolicy(undefined);
const rules = (plan: RolloutPlan, policy = defaults) =>
  checkRolloutPlan(plan, policy).map((i) => `${i.level}:${i.rule}@${i.line ?? '-'}`);

describe('checkRolloutPlan under the default policy', () => {
  it('uses documented defaults', () => {
    expect(defaults).toMatchObject({
      maxFirstStep: 10,
      minBake: '10m',
      minBakeMs: 600_000,
      gateBefore: 50,
    });
  });

  it.each([
    ['native-good.yaml', []],
    ['argo-canary.yaml', []],
    ['argo-external.yaml', []],
    ['flagger-good.yaml', []],
    [
      'argo-demo.yaml',
      [
        'error:rollout.first-step@11',
        'error:rollout.hold@13',
        'error:rollout.hold@15',
        'error:rollout.hold@17',
        'error:rollout.gate-before@15',
        'warning:rollout.guardrails@2',
        'error:rollout.rollback-trigger@2',
      ],
    ],
    ['argo-bluegreen.yaml', ['error:rollout.first-step@20']],
    // Flagger's podinfo tutorial: 5 steps × 1m, 5 checks before full traffic (min_analysis 5m).
    ['flagger-podinfo.yaml', []],
    [
      'flagger-bluegreen.yaml',
      [
        'error:rollout.skip-analysis@13',
        'error:rollout.first-step@1',
        'warning:rollout.guardrails@1',
      ],
    ],
    [
      'kserve.yaml',
      [
        'error:rollout.gate-before@1',
        'warning:rollout.guardrails@1',
        'error:rollout.rollback-trigger@1',
      ],
    ],
    [
      'native-bad.yaml',
      [
        'error:rollout.monotonic@7',
        'error:rollout.end@8',
        'error:rollout.first-step@6',
        'error:rollout.hold@6',
        'error:rollout.hold@8',
        'warning:rollout.guardrails@1',
        'error:rollout.rollback-trigger@11',
        'error:rollout.rollback-artifact@11',
      ],
    ],
  ])('%s → %j', (file, expected) => {
    expect(rules(read(file))).toEqual(expected);
  });

  it('says what was expected', () => {
    const msgs = checkRolloutPlan(read('native-bad.yaml'), defaults).map((i) => i.message);
    expect(msgs).toContain(
      'first traffic step is 25%; expected at most 10% (rollout_policy.max_first_step)',
    );
    expect(msgs).toContain(
      'rollback.artifact "churn:2026-11-20" is the candidate itself; expected the known-good artifact in production',
    );
    const hasty = fixture('flagger-podinfo.yaml').replace('stepWeight: 10', 'stepWeight: 50');
    const podinfo = checkRolloutPlan(read('p.yaml', hasty), defaults).map((i) => i.message);
    expect(podinfo).toEqual([
      'first traffic step is 50%; expected at most 10% (rollout_policy.max_first_step)',
      'analysis runs 1m before full traffic (1 check over 1m); expected at least 5m (rollout_policy.min_analysis): raise the interval or add steps',
      '1 check over 1m pass before full traffic; expected at least 3 successful checks (rollout_policy.min_checks): lower stepWeight or raise iterations',
    ]);
  });

  it.each([
    [{ max_first_step: 25, min_bake: '1m' }, 'flagger-podinfo.yaml', []],
    [{ max_first_step: 100 }, 'argo-bluegreen.yaml', []],
    [{ min_bake: '2h' }, 'native-good.yaml', ['error:rollout.hold@6']],
    [{ max_first_step: 0.5 }, 'native-good.yaml', ['error:rollout.first-step@6']],
    [{ gate_before: 5, min_bake: '1s' }, 'argo-external.yaml', ['error:rollout.gate-before@9']],
  ])('policy %j on %s → %j', (policy, file, expected) => {
    expect(rules(read(file), resolveRolloutPolicy(policy))).toEqual(expected);
  });

  it('accepts a manual promotion that never reaches 100 in the file', () => {
    const text = fixture('native-good.yaml').replace(
      '  - { traffic: 100 }\n',
      '  - { traffic: 60, hold: manual }\n',
    );
    expect(rules(read('n.yaml', text))).toEqual([]);
  });

  it('warns when the native plan names another model', () => {
    expect(checkPlanModel(read('native-good.yaml'), 'fraud').map((i) => i.rule)).toEqual([
      'rollout.model',
    ]);
    expect(checkPlanModel(read('native-good.yaml'), 'churn')).toEqual([]);
  });
});

describe('diffRolloutPlans (base → head loosening)', () => {
  const base = fixture('native-good.yaml');
  const diff = (baseText: string, headText: string, file = 'n.yaml') =>
    diffRolloutPlans(read(file, baseText), read(file, headText)).map((i) => i.message);

  it('finds nothing when the plan is unchanged or tightened', () => {
    expect(diff(base, base)).toEqual([]);
    expect(diff(base, base.replace('max: 80', 'max: 70').replace('hold: 4h', 'hold: 6h'))).toEqual(
      [],
    );
  });

  it.each([
    [
      'fewer steps and a shorter bake',
      base.replace('  - { traffic: 10, hold: 4h }\n', ''),
      [
        'rollout loosened: 3 steps, was 4 at base; expected no fewer steps',
        'rollout loosened: total bake 25h, was 29h at base',
      ],
    ],
    [
      'a bigger first step',
      base.replace('traffic: 1, hold: 1h', 'traffic: 5, hold: 1h'),
      ['rollout loosened: first step 5%, was 1% at base; expected no bigger first step'],
    ],
    [
      'a looser threshold',
      base
        .replace('max: 80', 'max: 120')
        .replace('max_ratio_vs_control: 2', 'max_ratio_vs_control: 3'),
      [
        'rollout loosened: gate "error_rate" threshold max ratio vs control 2 → 3',
        'rollout loosened: gate "p95_latency_ms" threshold max 80 → 120',
      ],
    ],
    [
      'a removed guardrail',
      base.replace('  - { metric: error_rate, max_ratio_vs_control: 2 }\n', ''),
      ['rollout loosened: gate "error_rate" was removed (it was at base)'],
    ],
  ])('%s', (_name, head, expected) => {
    expect(diff(base, head)).toEqual(expected);
  });

  it('flags a removed Argo analysis, a looser failureLimit and a bigger Flagger threshold', () => {
    const argo = fixture('argo-canary.yaml');
    const noInline = argo.replace(
      / {8}- analysis:\n {12}templates:\n {14}- templateName: success-rate\n {12}args:\n {14}- name: service-name\n {16}value: churn-canary\n/,
      '',
    );
    expect(diff(argo, noInline, 'a.yaml')).toEqual([
      'rollout loosened: total bake 29h, was 29h15m at base',
      'rollout loosened: gate "success-rate" was removed (it was at base)',
    ]);
    expect(diff(argo, argo.replace('failureLimit: 2', 'failureLimit: 5'), 'a.yaml')).toEqual([
      'rollout loosened: gate "p95-latency" threshold failureLimit 2 → 5',
    ]);
    const flagger = fixture('flagger-good.yaml');
    expect(diff(flagger, flagger.replace('threshold: 2', 'threshold: 10'), 'f.yaml')).toEqual([
      'rollout loosened: 10 failed checks tolerated before rollback, was 2 at base',
    ]);
    expect(
      diff(
        flagger,
        flagger.replace('stepWeights: [1, 5, 20, 50]', 'stepWeights: [10, 50]'),
        'f.yaml',
      ),
    ).toEqual([
      'rollout loosened: 2 steps, was 4 at base; expected no fewer steps',
      'rollout loosened: first step 10%, was 1% at base; expected no bigger first step',
      // The last step waits for confirm-promotion (manual), so it adds no fixed time.
      'rollout loosened: total bake 15m, was 45m at base',
    ]);
  });

  it('flags a removed manual pause', () => {
    const demo = fixture('argo-demo.yaml');
    expect(
      diff(
        demo,
        demo.replace('        - pause: {}\n', '        - pause: { duration: 10 }\n'),
        'd.yaml',
      ),
    ).toEqual(['rollout loosened: the manual pause at base was removed']);
  });
});
