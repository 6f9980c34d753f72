/**
 * Argo Rollouts: a `Rollout` (canary steps or blueGreen) and the AnalysisTemplates /
 * ClusterAnalysisTemplates its analyses name, normalised to stages and gates.
 *
 * Canary: `setWeight` opens a stage; `pause` adds its `duration` (none = indefinite, a manual
 * promotion) to the stage's hold; an inline `analysis` step adds its templates' metrics as gates
 * (and, when every metric has a `count`, its run time to the hold); the background
 * `canary.analysis` gates every stage from `startingStep` on. After the last step Argo promotes to
 * 100 %, so mlgate adds that stage. A failed analysis aborts the rollout back to the stable
 * ReplicaSet: that is the rollback trigger.
 */
import { isRecord, type PathSegment } from '../data.js';
import { classify, conditionBound, stringsIn } from './classify.js';
import { formatDuration, parseDuration } from './duration.js';
import {
  templateKey,
  type Gate,
  type RolloutPlan,
  type Stage,
  type TemplateIndex,
  type TemplateInfo,
} from './types.js';
import { get, issue, lineAt, list, num, numLike, percent, str, type DocView } from './util.js';

/** Read the metrics of an AnalysisTemplate or ClusterAnalysisTemplate. */
export function readAnalysisTemplate(view: DocView): TemplateInfo | null {
  const kind = view.data.kind as 'AnalysisTemplate' | 'ClusterAnalysisTemplate';
  const name = str(get(view.data, ['metadata', 'name']));
  if (!name) return null;
  const gates: Gate[] = [];
  list(get(view.data, ['spec', 'metrics'])).forEach((metric, i) => {
    if (!isRecord(metric)) return;
    const path: PathSegment[] = ['spec', 'metrics', i];
    const metricName = str(metric.name) ?? `metrics[${i}]`;
    const provider = isRecord(metric.provider) ? metric.provider : {};
    const providerKind = Object.keys(provider)[0];
    const success = str(metric.successCondition);
    const failure = str(metric.failureCondition);
    const isJob = providerKind === 'job';
    if (!success && !failure && !isJob) {
      issue(
        view,
        'warning',
        'rollout.condition',
        path,
        `${kind} ${name}: metric "${metricName}" has neither successCondition nor failureCondition, so it cannot fail; expected a condition such as "result[0] >= 0.95"`,
      );
    }
    const bound = {
      ...(success ? conditionBound(success, 'success') : null),
      ...(failure ? conditionBound(failure, 'failure') : null),
    };
    const failureLimit = numLike(metric.failureLimit);
    const count = numLike(metric.count);
    const interval = metric.interval === undefined ? 0 : parseDuration(metric.interval, true);
    const delay = metric.initialDelay === undefined ? 0 : parseDuration(metric.initialDelay, true);
    let duration: number | undefined;
    if (interval !== null && delay !== null) {
      if (count !== undefined) duration = delay + interval * count;
      else if (metric.interval === undefined) duration = delay;
    }
    const line = lineAt(view, path);
    gates.push({
      name: metricName,
      kind: isJob ? 'check' : 'metric',
      ...bound,
      ...(failureLimit !== undefined ? { failureLimit } : {}),
      ...(success || failure
        ? { condition: [success, failure && `fail if ${failure}`].filter(Boolean).join('; ') }
        : {}),
      covers: isJob ? [] : classify(metricName, stringsIn(provider)),
      file: view.file,
      ...(line ? { line } : {}),
      ...(duration !== undefined ? { durationMs: duration } : {}),
    });
  });
  const line = lineAt(view, []);
  return { kind, name, file: view.file, ...(line ? { line } : {}), gates };
}

interface Resolved {
  gates: Gate[];
  /** Run time when every metric has a count; null when it runs until stopped. */
  durationMs: number | null;
  names: string[];
}

/** Resolve an analysis block's `templates` (with `dryRun` metrics left out) into gates. */
function resolveAnalysis(
  view: DocView,
  block: unknown,
  path: PathSegment[],
  templates: TemplateIndex,
  notes: Set<string>,
): Resolved {
  const out: Resolved = { gates: [], durationMs: 0, names: [] };
  if (!isRecord(block)) return out;
  const dry = list(block.dryRun)
    .map((d) => (isRecord(d) ? str(d.metricName) : undefined))
    .filter((d): d is string => d !== undefined);
  if (dry.length > 0) notes.add(`dry-run metrics do not gate: ${dry.join(', ')}`);
  const isDry = (name: string) => dry.some((d) => d === name || d === '.*');
  const refs = list(block.templates);
  if (refs.length === 0) {
    issue(
      view,
      'error',
      'rollout.analysis',
      path,
      'analysis names no templates; expected templates: [{templateName: ...}]',
    );
  }
  refs.forEach((ref, i) => {
    const name = isRecord(ref) ? str(ref.templateName) : undefined;
    if (!name || !isRecord(ref)) {
      issue(
        view,
        'error',
        'rollout.analysis',
        [...path, 'templates', i],
        'analysis template has no templateName',
      );
      return;
    }
    const cluster = ref.clusterScope === true;
    const kind = cluster ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
    out.names.push(name);
    const found = templates.get(templateKey(kind, name));
    if (!found) {
      const line = lineAt(view, [...path, 'templates', i]);
      issue(
        view,
        'warning',
        'rollout.template-missing',
        [...path, 'templates', i],
        `${kind} "${name}" is not in this file or elsewhere in the repository; mlgate cannot see its metrics, so it counts as a gate but not as a latency/error guardrail`,
      );
      out.gates.push({
        name,
        kind: 'analysis',
        covers: [],
        file: view.file,
        ...(line ? { line } : {}),
      });
      out.durationMs = null;
      return;
    }
    for (const gate of found.gates) {
      if (isDry(gate.name)) continue;
      out.gates.push(gate);
      const d = gate.durationMs;
      if (d === undefined) out.durationMs = null;
      else if (out.durationMs !== null) out.durationMs = Math.max(out.durationMs, d);
    }
  });
  return out;
}

function addHold(stage: Stage, ms: number | 'manual' | 'invalid', text: string): void {
  if (stage.hold === 'invalid' || ms === 'invalid') stage.hold = 'invalid';
  else if (stage.hold === 'manual' || ms === 'manual') stage.hold = 'manual';
  else stage.hold = (stage.hold ?? 0) + ms;
  stage.holdText = stage.holdText ? `${stage.holdText} + ${text}` : text;
}

/** Read an Argo `Rollout` into a plan. */
export function readArgoRollout(view: DocView, templates: TemplateIndex): RolloutPlan {
  const notes = new Set<string>();
  const strategy = get(view.data, ['spec', 'strategy']);
  const image = str(get(view.data, ['spec', 'template', 'spec', 'containers', 0, 'image']));
  const line = lineAt(view, []);
  const plan: RolloutPlan = {
    format: 'argo',
    kind: 'Rollout',
    ...(str(get(view.data, ['metadata', 'name']))
      ? { name: str(get(view.data, ['metadata', 'name'])) }
      : {}),
    file: view.file,
    ...(line ? { line } : {}),
    strategy: 'canary',
    ...(image ? { candidate: image } : {}),
    stages: [],
    promotion: 'auto',
    guardrails: [],
    rollback: {},
    notes: [],
  };
  if (isRecord(strategy) && isRecord(strategy.canary))
    readCanary(view, strategy.canary, plan, templates, notes);
  else if (isRecord(strategy) && isRecord(strategy.blueGreen))
    readBlueGreen(view, strategy.blueGreen, plan, templates, notes);
  else {
    issue(
      view,
      'error',
      'rollout.strategy',
      ['spec', 'strategy'],
      'Rollout has no spec.strategy.canary or spec.strategy.blueGreen; expected one of them',
    );
  }
  const all = plan.stages.flatMap((s) => s.gates);
  plan.guardrails = unique(all.filter((g) => g.kind === 'metric'));
  if (all.some((g) => g.kind !== 'manual')) {
    plan.rollback = {
      trigger: 'a failed analysis aborts the rollout',
      artifact: 'the stable ReplicaSet',
    };
  }
  plan.notes = [...notes].sort();
  return plan;
}

function readCanary(
  view: DocView,
  canary: Record<string, unknown>,
  plan: RolloutPlan,
  templates: TemplateIndex,
  notes: Set<string>,
): void {
  const base: PathSegment[] = ['spec', 'strategy', 'canary'];
  const steps = list(canary.steps);
  const stageAtStep: number[] = [];
  const current = (i: number): Stage => {
    if (plan.stages.length === 0) {
      const line = lineAt(view, [...base, 'steps', i]);
      plan.stages.push({
        traffic: 0,
        hold: null,
        gates: [],
        label: 'before traffic',
        ...(line ? { line } : {}),
      });
    }
    return plan.stages[plan.stages.length - 1];
  };
  steps.forEach((step, i) => {
    const path: PathSegment[] = [...base, 'steps', i];
    stageAtStep[i] = Math.max(0, plan.stages.length - 1);
    if (!isRecord(step)) {
      issue(
        view,
        'error',
        'rollout.step',
        path,
        `step ${i + 1} is not an object; expected setWeight, pause or analysis`,
      );
      return;
    }
    const keys = Object.keys(step);
    if ('setWeight' in step) {
      const traffic = percent(
        view,
        step.setWeight,
        [...path, 'setWeight'],
        `step ${i + 1} setWeight`,
      );
      if (traffic === undefined) return;
      const line = lineAt(view, path);
      plan.stages.push({ traffic, hold: null, gates: [], ...(line ? { line } : {}) });
      stageAtStep[i] = plan.stages.length - 1;
    } else if ('pause' in step) {
      const pause = step.pause;
      const stage = current(i);
      const duration = isRecord(pause) ? pause.duration : undefined;
      if (duration === undefined) addHold(stage, 'manual', 'manual');
      else {
        const ms = parseDuration(duration, true);
        if (ms === null) {
          issue(
            view,
            'error',
            'rollout.hold',
            [...path, 'pause', 'duration'],
            `step ${i + 1}: pause duration ${JSON.stringify(duration)} is not a duration; expected e.g. 30s, 10m, 1h or a number of seconds`,
          );
          addHold(stage, 'invalid', String(duration));
        } else addHold(stage, ms, formatDuration(ms));
      }
    } else if ('analysis' in step) {
      const stage = current(i);
      const res = resolveAnalysis(view, step.analysis, [...path, 'analysis'], templates, notes);
      stage.gates.push(...res.gates);
      if (res.durationMs !== null && res.durationMs > 0)
        addHold(stage, res.durationMs, `analysis ${formatDuration(res.durationMs)}`);
    } else if ('experiment' in step) {
      const stage = current(i);
      notes.add(
        'experiment steps are noted: their analyses count as gates, their ReplicaSets carry no canary traffic',
      );
      const analyses = list(get(step, ['experiment', 'analyses']));
      analyses.forEach((a, j) => {
        if (!isRecord(a)) return;
        const res = resolveAnalysis(
          view,
          { templates: [a] },
          [...path, 'experiment', 'analyses', j],
          templates,
          notes,
        );
        stage.gates.push(...res.gates);
      });
    } else {
      const known = ['setCanaryScale', 'setHeaderRoute', 'setMirrorRoute', 'plugin'];
      const key = keys.find((k) => known.includes(k));
      if (key) notes.add(`${key} steps are not traffic steps and are not checked`);
      else
        issue(
          view,
          'warning',
          'rollout.step',
          path,
          `step ${i + 1} (${keys.join(', ') || 'empty'}) is not a step mlgate knows; expected setWeight, pause, analysis or experiment`,
        );
    }
  });
  if (plan.stages.some((s) => s.hold === 'manual')) {
    notes.add('an indefinite pause waits for `kubectl argo rollouts promote`');
  }
  // Background analysis: from `startingStep` until the rollout completes.
  if (isRecord(canary.analysis)) {
    const startRaw = canary.analysis.startingStep;
    const start = startRaw === undefined ? 0 : numLike(startRaw);
    const res = resolveAnalysis(view, canary.analysis, [...base, 'analysis'], templates, notes);
    let from = 0;
    if (start === undefined || start < 0 || !Number.isInteger(start)) {
      issue(
        view,
        'error',
        'rollout.analysis',
        [...base, 'analysis', 'startingStep'],
        `startingStep ${JSON.stringify(startRaw)} is not a step index; expected an integer from 0`,
      );
      from = plan.stages.length;
    } else if (start >= steps.length && steps.length > 0) {
      issue(
        view,
        'warning',
        'rollout.analysis',
        [...base, 'analysis', 'startingStep'],
        `startingStep ${start} is past the last step (${steps.length - 1}); the background analysis never gates traffic`,
      );
      from = plan.stages.length;
    } else from = stageAtStep[start] ?? 0;
    if (plan.stages.length === 0 && res.gates.length > 0) {
      plan.stages.push({ traffic: 0, hold: null, gates: [], label: 'before traffic' });
    }
    for (let s = from; s < plan.stages.length; s++) plan.stages[s].gates.push(...res.gates);
  }
  const last = plan.stages[plan.stages.length - 1];
  if (!last || last.traffic < 100)
    plan.stages.push({ traffic: 100, hold: null, gates: [], implicit: true });
  if (steps.length === 0)
    notes.add('no canary steps: the new version takes all traffic as soon as it is ready');
}

function readBlueGreen(
  view: DocView,
  bg: Record<string, unknown>,
  plan: RolloutPlan,
  templates: TemplateIndex,
  notes: Set<string>,
): void {
  const base: PathSegment[] = ['spec', 'strategy', 'blueGreen'];
  plan.strategy = 'blue-green';
  const pre = isRecord(bg.prePromotionAnalysis)
    ? resolveAnalysis(
        view,
        bg.prePromotionAnalysis,
        [...base, 'prePromotionAnalysis'],
        templates,
        notes,
      )
    : null;
  const post = isRecord(bg.postPromotionAnalysis)
    ? resolveAnalysis(
        view,
        bg.postPromotionAnalysis,
        [...base, 'postPromotionAnalysis'],
        templates,
        notes,
      )
    : null;
  const line = lineAt(view, base);
  const preview: Stage = {
    traffic: 0,
    hold: null,
    gates: pre?.gates ?? [],
    label: 'preview',
    ...(line ? { line } : {}),
  };
  if (pre && pre.durationMs)
    addHold(preview, pre.durationMs, `analysis ${formatDuration(pre.durationMs)}`);
  if (bg.autoPromotionEnabled === false) {
    addHold(preview, 'manual', 'manual');
    plan.promotion = 'manual';
  } else if (bg.autoPromotionSeconds !== undefined) {
    const s = num(bg.autoPromotionSeconds);
    if (s === undefined || s < 0)
      issue(
        view,
        'error',
        'rollout.hold',
        [...base, 'autoPromotionSeconds'],
        'autoPromotionSeconds is not a number of seconds',
      );
    else addHold(preview, s * 1000, formatDuration(s * 1000));
  }
  const activeLine = lineAt(view, [...base, 'activeService']);
  plan.stages.push(preview, {
    traffic: 100,
    hold: null,
    gates: post?.gates ?? [],
    ...(activeLine ? { line: activeLine } : {}),
  });
  if (post) notes.add('postPromotionAnalysis runs after the switch to 100 %');
}

/** Gates once each, by file, line and name. */
export function unique(gates: Gate[]): Gate[] {
  const seen = new Set<string>();
  return gates.filter((g) => {
    const key = `${g.file}:${g.line ?? ''}:${g.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
