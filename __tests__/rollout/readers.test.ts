import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planLine } from '../../src/formats/rollout/describe.js';
import { parseDuration, formatDuration } from '../../src/formats/rollout/duration.js';
import { readRollout, templatesIn } from '../../src/formats/rollout/index.js';
import { conditionBound, classify } from '../../src/formats/rollout/classify.js';

const dir = new URL('../fixtures/rollout/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const external = templatesIn('templates/guardrails.yaml', fixture('templates/guardrails.yaml'));

describe('readers', () => {
  it.each([
    [
      'argo-canary.yaml',
      'argo',
      'canary',
      '5% 1h15m → 25% 4h → 50% 24h → 100%',
      ['p95-latency', 'success-rate'],
    ],
    ['argo-demo.yaml', 'argo', 'canary', '20% manual → 40% 10s → 60% 10s → 80% 10s → 100%', []],
    [
      'argo-bluegreen.yaml',
      'argo',
      'blue-green',
      '0% (preview) manual → 100%',
      ['error-rate', 'p99-latency-ms'],
    ],
    [
      'argo-external.yaml',
      'argo',
      'canary',
      '10% 40m → 50% 2h → 100%',
      ['error-rate', 'latency-p95'],
    ],
    [
      'flagger-podinfo.yaml',
      'flagger',
      'canary',
      '10% 1m → 20% 1m → 30% 1m → 40% 1m → 50% 1m → 100%',
      ['request-duration', 'request-success-rate'],
    ],
    [
      'flagger-good.yaml',
      'flagger',
      'canary',
      '1% 15m → 5% 15m → 20% 15m → 50% manual → 100%',
      ['error-rate', 'request-duration'],
    ],
    [
      'flagger-bluegreen.yaml',
      'flagger',
      'blue-green',
      '0% (preview) 5m → 100%',
      ['request-success-rate'],
    ],
    ['kserve.yaml', 'kserve', 'canary', '10% manual → manual promotion', []],
    [
      'native-good.yaml',
      'native',
      'canary',
      '1% 1h → 10% 4h → 50% 24h → 100%',
      ['error_rate', 'p95_latency_ms'],
    ],
  ])('%s reads as %s %s: %s', (file, format, strategy, line, guardrails) => {
    const res = readRollout(file, fixture(file), { external });
    expect(res.plan?.format).toBe(format);
    expect(res.plan?.strategy).toBe(strategy);
    expect(planLine(res.plan!)).toBe(line);
    expect(res.plan!.guardrails.map((g) => g.name).sort()).toEqual(guardrails);
    // Real manifests read without reader findings.
    expect(res.issues).toEqual([]);
    expect(res.missingTemplates).toEqual([]);
  });

  it('applies the Argo background analysis from startingStep and inline analysis to its stage', () => {
    const plan = readRollout('a.yaml', fixture('argo-canary.yaml')).plan!;
    const gates = plan.stages.map((s) => s.gates.map((g) => g.name).sort());
    expect(gates).toEqual([['p95-latency', 'success-rate'], ['p95-latency'], ['p95-latency'], []]);
    expect(plan.guardrails.find((g) => g.name === 'success-rate')).toMatchObject({
      min: 0.95,
      failureLimit: 1,
      covers: ['errors'],
      file: 'a.yaml',
      line: 10,
    });
    expect(plan.guardrails.find((g) => g.name === 'p95-latency')).toMatchObject({
      max: 0.08,
      covers: ['latency'],
    });
    expect(plan.rollback.trigger).toMatch(/failed analysis/);
    expect(plan.candidate).toBe('registry.example.com/churn:2026-11-20');
  });

  it('reports a template it cannot find, and names it for the repository scan', () => {
    const res = readRollout('deploy/r.yaml', fixture('argo-external.yaml'));
    expect(res.missingTemplates).toEqual(['ClusterAnalysisTemplate/churn-guardrails']);
    expect(res.issues).toEqual([
      expect.objectContaining({
        level: 'warning',
        rule: 'rollout.template-missing',
        file: 'deploy/r.yaml',
        line: 12,
      }),
    ]);
    const gate = res.plan!.stages[0].gates[0];
    expect(gate).toMatchObject({ kind: 'analysis', covers: [] });
  });

  it('resolves templates to the file that defines them', () => {
    const plan = readRollout('r.yaml', fixture('argo-external.yaml'), { external }).plan!;
    expect(plan.guardrails[0]).toMatchObject({ file: 'templates/guardrails.yaml', line: 7 });
  });

  it('reads Flagger webhooks: confirm-promotion makes promotion manual, rollback adds a trigger', () => {
    const plan = readRollout('c.yaml', fixture('flagger-good.yaml')).plan!;
    expect(plan.promotion).toBe('manual');
    expect(plan.rollback.trigger).toBe(
      '2 failed checks (threshold) roll back; rollback webhook rollback-switch',
    );
    expect(plan.guardrails.find((g) => g.name === 'error-rate')?.covers).toContain('errors');
    const podinfo = readRollout('p.yaml', fixture('flagger-podinfo.yaml')).plan!;
    expect(podinfo.stages[0].gates.map((g) => `${g.name}:${g.kind}`)).toEqual([
      'acceptance-test:check',
      'request-success-rate:metric',
      'request-duration:metric',
      'load-test:check',
    ]);
    expect(podinfo.failureTolerance?.value).toBe(5);
  });

  it('marks Flagger skipAnalysis with its line', () => {
    expect(readRollout('b.yaml', fixture('flagger-bluegreen.yaml')).plan!.skipAnalysis).toEqual({
      line: 13,
    });
  });

  it.each([
    ['not: [valid', 'rollout.parse'],
    ['kind: Deployment\napiVersion: apps/v1\n', 'rollout.none'],
    ['', 'rollout.none'],
    ['a: 1\na: 2\n', 'rollout.parse'],
    ['kind: Canary\napiVersion: flagger.app/v1beta1\nspec: {}\n', 'rollout.analysis'],
    [
      'kind: Rollout\napiVersion: argoproj.io/v1alpha1\nspec:\n  strategy: {}\n',
      'rollout.strategy',
    ],
    [
      'kind: Rollout\nspec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 120\n',
      'rollout.traffic',
    ],
    [
      'kind: Rollout\nspec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 10\n        - pause: {duration: soon}\n',
      'rollout.hold',
    ],
    [
      'kind: Rollout\nspec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 10\n        - analysis: {}\n',
      'rollout.analysis',
    ],
    [
      'kind: Rollout\nspec:\n  strategy:\n    canary:\n      steps:\n        - bogus: 1\n',
      'rollout.step',
    ],
    ['kind: Canary\nspec:\n  analysis:\n    interval: 1m\n    stepWeight: 0\n', 'rollout.traffic'],
    ['kind: Canary\nspec:\n  analysis:\n    interval: often\n    stepWeight: 5\n', 'rollout.hold'],
    ['kind: Canary\nspec:\n  analysis:\n    interval: 1m\n', 'rollout.traffic'],
    [
      'kind: InferenceService\nspec:\n  predictor:\n    canaryTrafficPercent: ten\n',
      'rollout.traffic',
    ],
    ['kind: MlgateRollout\ncandidate: x\nsteps: []\n', 'rollout.schema'],
    ['kind: MlgateRollout\ncandidate: x\nsteps:\n  - {traffic: 10, hodl: 1h}\n', 'rollout.schema'],
    [
      'kind: MlgateRollout\ncandidate: x\nsteps: [{traffic: 100}]\nguardrails: [{metric: x}]\n',
      'rollout.schema',
    ],
  ])('bad input %j → %s, never throws', (text, rule) => {
    const res = readRollout('bad.yaml', text);
    expect(res.issues.map((i) => i.rule)).toContain(rule);
    for (const i of res.issues) expect(i.file).toBe('bad.yaml');
  });

  it('points schema errors at the offending line', () => {
    const res = readRollout(
      'n.yaml',
      'kind: MlgateRollout\ncandidate: x\nsteps:\n  - {traffic: 10, hodl: 1h}\n',
    );
    expect(res.issues[0]).toMatchObject({
      line: 4,
      message: expect.stringContaining('unknown key "hodl"'),
    });
  });

  it('expands kind: List and prefers the native plan when several are present', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: serving.kserve.io/v1beta1\n    kind: InferenceService\n    metadata: {name: m}\n    spec:\n      predictor:\n        canaryTrafficPercent: 5\n`;
    expect(readRollout('l.yaml', list).plan?.stages[0]).toMatchObject({ traffic: 5, line: 9 });
    const both = `${fixture('kserve.yaml')}---\n${fixture('native-good.yaml')}`;
    const res = readRollout('b.yaml', both);
    expect(res.plan?.format).toBe('native');
    expect(res.issues.map((i) => i.rule)).toEqual(['rollout.several']);
  });
});

describe('durations and conditions', () => {
  it.each([
    ['1h30m', false, 5_400_000],
    ['10m', false, 600_000],
    ['30s', false, 30_000],
    ['1.5h', false, 5_400_000],
    ['250ms', false, 250],
    ['2d', false, 172_800_000],
    [10, true, 10_000],
    ['10', true, 10_000],
    ['10', false, null],
    [10, false, null],
    ['1h 30m', false, null],
    ['h', false, null],
    ['', false, null],
    [null, true, null],
  ])('parseDuration(%j, bare=%s) = %s', (text, bare, ms) => {
    expect(parseDuration(text, bare)).toBe(ms);
  });

  it.each([
    [3_600_000, '1h'],
    [86_400_000, '24h'],
    [5_400_000, '1h30m'],
    [45_000, '45s'],
    [250, '250ms'],
  ])('formatDuration(%d) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it.each([
    ['result[0] >= 0.95', 'success', { min: 0.95 }],
    ['result[0] < 0.05', 'success', { max: 0.05 }],
    ['result[0] > 500', 'failure', { max: 500 }],
    ['asFloat(result) < 0.9', 'failure', { min: 0.9 }],
    ['0.95 <= result[0]', 'success', { min: 0.95 }],
    ['len(result) == 0 || result[0] >= 0.95 && result[1] < 3', 'success', null],
  ] as const)('conditionBound(%s, %s)', (cond, kind, bound) => {
    expect(conditionBound(cond, kind)).toEqual(bound);
  });

  it.each([
    ['p95_latency_ms', ['latency']],
    ['error_rate', ['errors']],
    ['request-success-rate', ['errors']],
    ['request-duration', ['latency']],
    ['cpu-usage', []],
  ])('classify(%s)', (name, covers) => expect(classify(name)).toEqual(covers));
});
