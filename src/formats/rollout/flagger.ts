/**
 * Flagger `Canary`: `spec.analysis` (or the deprecated `spec.canaryAnalysis`) normalised to stages.
 * `stepWeights` lists the weights; otherwise `stepWeight` steps up to `maxWeight` (default 100);
 * otherwise `iterations` is a blue/green (or, with `match`, an A/B) run at no weighted traffic.
 * Each stage holds for one `interval` (default 60s) and is gated by every metric. After the last
 * weight Flagger promotes to 100 %. `threshold` failed checks (default 1) roll back to the primary.
 */
import { isRecord, type PathSegment } from '../data.js';
import { classify } from './classify.js';
import { formatDuration, parseDuration } from './duration.js';
import {
  templateKey,
  type Gate,
  type RolloutPlan,
  type Stage,
  type TemplateIndex,
} from './types.js';
import { get, issue, lineAt, list, num, numLike, percent, str, type DocView } from './util.js';

const DEFAULT_INTERVAL_MS = 60_000;
const MAX_STAGES = 100;

export function readFlaggerCanary(view: DocView, templates: TemplateIndex): RolloutPlan {
  const notes = new Set<string>();
  const line = lineAt(view, []);
  const name = str(get(view.data, ['metadata', 'name']));
  const plan: RolloutPlan = {
    format: 'flagger',
    kind: 'Canary',
    ...(name ? { name } : {}),
    file: view.file,
    ...(line ? { line } : {}),
    strategy: 'canary',
    stages: [],
    promotion: 'auto',
    guardrails: [],
    rollback: {},
    notes: [],
  };
  const spec = isRecord(view.data.spec) ? view.data.spec : {};
  if (spec.skipAnalysis === true)
    plan.skipAnalysis = {
      ...(lineAt(view, ['spec', 'skipAnalysis'])
        ? { line: lineAt(view, ['spec', 'skipAnalysis']) }
        : {}),
    };
  let key = 'analysis';
  if (!isRecord(spec.analysis) && isRecord(spec.canaryAnalysis)) {
    key = 'canaryAnalysis';
    notes.add('spec.canaryAnalysis is deprecated; read as spec.analysis');
  }
  const analysis = spec[key];
  const base: PathSegment[] = ['spec', key];
  if (!isRecord(analysis)) {
    issue(
      view,
      'error',
      'rollout.analysis',
      ['spec'],
      'Canary has no spec.analysis; Flagger would promote without analysis. Expected analysis with interval, threshold, stepWeight and metrics',
    );
    plan.stages.push({ traffic: 100, hold: null, gates: [], implicit: true });
    return plan;
  }
  let interval = DEFAULT_INTERVAL_MS;
  let intervalText = formatDuration(DEFAULT_INTERVAL_MS);
  let intervalBad = false;
  if (analysis.interval !== undefined) {
    const ms = parseDuration(analysis.interval);
    if (ms === null) {
      intervalBad = true;
      issue(
        view,
        'error',
        'rollout.hold',
        [...base, 'interval'],
        `analysis interval ${JSON.stringify(analysis.interval)} is not a duration; expected e.g. 1m or 30s`,
      );
    } else {
      // Flagger never schedules faster than every 10s.
      interval = Math.max(ms, 10_000);
      intervalText = formatDuration(interval);
    }
  } else notes.add('analysis.interval not set: Flagger uses 1m');
  const thresholdRaw = analysis.threshold;
  const threshold = numLike(thresholdRaw);
  if (thresholdRaw !== undefined && (threshold === undefined || threshold < 0)) {
    issue(
      view,
      'error',
      'rollout.threshold',
      [...base, 'threshold'],
      `threshold ${JSON.stringify(thresholdRaw)} is not a number of failed checks`,
    );
  }
  const tolerance = threshold && threshold > 0 ? threshold : 1;
  if (threshold === undefined)
    notes.add('analysis.threshold not set: Flagger rolls back after 1 failed check');
  const toleranceLine = lineAt(view, [...base, 'threshold']);
  plan.failureTolerance = { value: tolerance, ...(toleranceLine ? { line: toleranceLine } : {}) };

  const metricGates = list(analysis.metrics).flatMap((m, i) =>
    metricGate(view, m, [...base, 'metrics', i], templates, notes),
  );
  const every: Gate[] = [...metricGates];
  const first: Gate[] = [];
  const confirm = { rollout: [] as Gate[], increase: [] as Gate[], promotion: [] as Gate[] };
  const rollbackHooks: string[] = [];
  list(analysis.webhooks).forEach((w, i) => {
    if (!isRecord(w)) return;
    const type = str(w.type) ?? 'rollout';
    const name = str(w.name) ?? `webhooks[${i}]`;
    const wline = lineAt(view, [...base, 'webhooks', i]);
    const gate = (kind: Gate['kind']): Gate => ({
      name,
      kind,
      covers: [],
      file: view.file,
      ...(wline ? { line: wline } : {}),
    });
    switch (type) {
      case 'rollout':
        every.push(gate('check'));
        break;
      case 'pre-rollout':
        first.push(gate('check'));
        break;
      case 'confirm-rollout':
        confirm.rollout.push(gate('manual'));
        break;
      case 'confirm-traffic-increase':
        confirm.increase.push(gate('manual'));
        break;
      case 'confirm-promotion':
        confirm.promotion.push(gate('manual'));
        break;
      case 'rollback':
        rollbackHooks.push(name);
        break;
      case 'post-rollout':
      case 'event':
        notes.add(`${type} webhooks run after the decision and do not gate`);
        break;
      default:
        issue(
          view,
          'warning',
          'rollout.webhook',
          [...base, 'webhooks', i, 'type'],
          `webhook "${name}" has unknown type "${type}"; expected rollout, pre-rollout, confirm-rollout, confirm-traffic-increase, confirm-promotion, rollback, post-rollout or event`,
        );
    }
  });

  const hold = (): Pick<Stage, 'hold' | 'holdText'> =>
    intervalBad
      ? { hold: 'invalid', holdText: String(analysis.interval) }
      : { hold: interval, holdText: intervalText };
  const weights = readWeights(view, analysis, base, notes);
  plan.pacing = 'checks';
  if (weights.kind === 'weights') {
    // With `mirror: true` Flagger first mirrors traffic for one interval (analysed) before it
    // shifts any weight (scheduler.go runCanary).
    if (analysis.mirror === true && weights.list.length > 0)
      plan.stages.push({ traffic: 0, ...hold(), gates: [...every], label: 'mirrored', checks: 1 });
    for (const { traffic, line: wl } of weights.list)
      plan.stages.push({
        traffic,
        ...hold(),
        gates: [...every],
        checks: 1,
        ...(wl ? { line: wl } : {}),
      });
    // confirm-traffic-increase runs before every weight increase, the promotion included.
    if (confirm.increase.length > 0)
      for (const s of plan.stages) manualHold(s, confirm.increase, 'confirm-traffic-increase');
  } else if (weights.kind === 'iterations') {
    const match = list(analysis.match).length > 0;
    plan.strategy = match ? 'ab-test' : 'blue-green';
    const label = match ? 'A/B header match' : analysis.mirror === true ? 'mirrored' : 'preview';
    plan.stages.push({
      traffic: 0,
      hold: intervalBad ? 'invalid' : interval * weights.iterations,
      holdText: `${weights.iterations} × ${intervalText}`,
      gates: [...every],
      label,
      checks: weights.iterations,
      ...(weights.line ? { line: weights.line } : {}),
    });
    if (confirm.increase.length > 0)
      notes.add('confirm-traffic-increase webhooks do not run for blue/green or A/B (iterations)');
  }
  if (plan.stages.length > 0) plan.stages[0].gates.unshift(...first);
  // confirm-rollout halts the canary before it gets any traffic, like Argo's leading `pause: {}`.
  if (confirm.rollout.length > 0 && plan.stages.length > 0) {
    const head = plan.stages[0];
    if (head.traffic === 0) manualHold(head, confirm.rollout, 'confirm-rollout');
    else
      plan.stages.unshift({
        traffic: 0,
        hold: 'manual',
        holdText: 'manual (confirm-rollout)',
        gates: [...confirm.rollout],
        label: 'before traffic',
        ...(line ? { line: confirm.rollout[0].line ?? line } : {}),
      });
  }
  // confirm-promotion holds the last step (its checks keep running) until a person approves.
  if (confirm.promotion.length > 0) {
    plan.promotion = 'manual';
    const last = plan.stages[plan.stages.length - 1];
    if (last) manualHold(last, confirm.promotion, 'confirm-promotion');
  }
  // At maxWeight Flagger analyses once more, then promotes: a plan already at 100 % ends there.
  const last = plan.stages[plan.stages.length - 1];
  if (!last || last.traffic < 100)
    plan.stages.push({ traffic: 100, hold: null, gates: [], implicit: true });
  if (analysis.stepWeightPromotion !== undefined)
    notes.add('stepWeightPromotion (promotion in steps) is not modelled');
  plan.guardrails = metricGates.filter((g) => g.kind === 'metric');
  const checks = every.length + first.length;
  if (checks > 0) {
    plan.rollback = {
      trigger: `${tolerance} failed check${tolerance === 1 ? '' : 's'} (threshold) roll back`,
      artifact: 'the primary (current) version',
      ...(toleranceLine ? { line: toleranceLine } : {}),
    };
  }
  if (rollbackHooks.length > 0) {
    plan.rollback.trigger = [plan.rollback.trigger, `rollback webhook ${rollbackHooks.join(', ')}`]
      .filter(Boolean)
      .join('; ');
    plan.rollback.artifact ??= 'the primary (current) version';
  }
  plan.notes = [...notes].sort();
  return plan;
}

/** A confirm webhook waits for a person at this stage: the stage's hold becomes manual. */
function manualHold(stage: Stage, gates: Gate[], what: string): void {
  stage.gates.push(...gates);
  if (stage.hold === 'invalid') return;
  stage.holdText = `${stage.holdText ? `${stage.holdText} + ` : ''}manual (${what})`;
  stage.hold = 'manual';
}

function metricGate(
  view: DocView,
  m: unknown,
  path: PathSegment[],
  templates: TemplateIndex,
  notes: Set<string>,
): Gate[] {
  if (!isRecord(m)) return [];
  const name = str(m.name) ?? String(path[path.length - 1]);
  const range = isRecord(m.thresholdRange) ? m.thresholdRange : undefined;
  let min = range ? num(range.min) : undefined;
  let max = range ? num(range.max) : undefined;
  if (!range && num(m.threshold) !== undefined) {
    // Deprecated `threshold`: a minimum for the success rate, a maximum otherwise.
    if (name === 'request-success-rate') min = num(m.threshold);
    else max = num(m.threshold);
    notes.add('metrics[].threshold is deprecated; read as thresholdRange');
  }
  if (min === undefined && max === undefined) {
    issue(
      view,
      'warning',
      'rollout.condition',
      path,
      `metric "${name}" has no thresholdRange, so it cannot fail; expected thresholdRange: {min: ...} or {max: ...}`,
    );
  }
  const ref = isRecord(m.templateRef) ? str(m.templateRef.name) : undefined;
  const template = ref ? templates.get(templateKey('MetricTemplate', ref)) : undefined;
  const line = lineAt(view, path);
  return [
    {
      name,
      kind: 'metric',
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      covers: classify(name, ref, template?.text, str(m.query)),
      file: view.file,
      ...(line ? { line } : {}),
    },
  ];
}

type Weights =
  | { kind: 'weights'; list: { traffic: number; line?: number }[] }
  | { kind: 'iterations'; iterations: number; line?: number }
  | { kind: 'none' };

function readWeights(
  view: DocView,
  a: Record<string, unknown>,
  base: PathSegment[],
  notes: Set<string>,
): Weights {
  if (Array.isArray(a.stepWeights) && a.stepWeights.length > 0) {
    if (a.stepWeight !== undefined)
      notes.add('stepWeights is set, so stepWeight and maxWeight are ignored (as Flagger does)');
    const out: { traffic: number; line?: number }[] = [];
    a.stepWeights.slice(0, MAX_STAGES).forEach((w, i) => {
      const t = percent(view, w, [...base, 'stepWeights', i], `stepWeights[${i}]`);
      const line = lineAt(view, [...base, 'stepWeights', i]);
      if (t !== undefined) out.push({ traffic: t, ...(line ? { line } : {}) });
    });
    return { kind: 'weights', list: out };
  }
  if (a.stepWeight !== undefined) {
    const step = percent(view, a.stepWeight, [...base, 'stepWeight'], 'stepWeight');
    const max =
      a.maxWeight === undefined
        ? 100
        : percent(view, a.maxWeight, [...base, 'maxWeight'], 'maxWeight');
    if (step === undefined || max === undefined) return { kind: 'none' };
    if (step <= 0) {
      issue(
        view,
        'error',
        'rollout.traffic',
        [...base, 'stepWeight'],
        'stepWeight must be greater than 0',
      );
      return { kind: 'none' };
    }
    const line = lineAt(view, [...base, 'stepWeight']);
    const out: { traffic: number; line?: number }[] = [];
    // Flagger adds stepWeight (capped at 100, not at maxWeight) until the weight reaches
    // maxWeight, then promotes (scheduler.go runCanary): stepWeight 20, maxWeight 50 runs at 60.
    for (let w = step; out.length < MAX_STAGES; w += step) {
      out.push({ traffic: Math.min(w, 100), ...(line ? { line } : {}) });
      if (w >= max) break;
    }
    return { kind: 'weights', list: out };
  }
  if (a.iterations !== undefined) {
    const n = numLike(a.iterations);
    if (n === undefined || n < 1 || !Number.isInteger(n)) {
      issue(
        view,
        'error',
        'rollout.hold',
        [...base, 'iterations'],
        `iterations ${JSON.stringify(a.iterations)} is not a positive integer`,
      );
      return { kind: 'none' };
    }
    const line = lineAt(view, [...base, 'iterations']);
    return { kind: 'iterations', iterations: n, ...(line ? { line } : {}) };
  }
  issue(
    view,
    'error',
    'rollout.traffic',
    base,
    'analysis has no stepWeight, stepWeights or iterations; expected one of them',
  );
  return { kind: 'none' };
}
