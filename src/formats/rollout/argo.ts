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

const ARG = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;

/** Replace `{{args.NAME}}` in every string of a value (Argo resolves args before it runs). */
function substitute(value: unknown, args: Record<string, string>, depth = 0): unknown {
  if (typeof value === 'string')
    return value.replace(ARG, (whole, name: string) =>
      Object.hasOwn(args, name) ? args[name] : whole,
    );
  if (depth > 16) return value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, args, depth + 1));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = substitute(v, args, depth + 1);
    return out;
  }
  return value;
}

/** `args: [{name, value}]` as a map; `valueFrom` (a pod hash, a field of the Rollout) is unknown. */
export function argValues(raw: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const a of list(raw)) {
    const name = isRecord(a) ? str(a.name) : undefined;
    if (!name || !isRecord(a)) continue;
    if (typeof a.value === 'string' || typeof a.value === 'number' || typeof a.value === 'boolean')
      out[name] = String(a.value);
  }
  return out;
}

/** Read the metrics of an AnalysisTemplate or ClusterAnalysisTemplate. */
export function readAnalysisTemplate(view: DocView): TemplateInfo | null {
  const kind = view.data.kind as 'AnalysisTemplate' | 'ClusterAnalysisTemplate';
  const name = str(get(view.data, ['metadata', 'name']));
  if (!name) return null;
  const defaults = argValues(get(view.data, ['spec', 'args']));
  const line = lineAt(view, []);
  return {
    kind,
    name,
    file: view.file,
    ...(line ? { line } : {}),
    // Problems are reported once, when reading with the defaults.
    gates: templateGates(view, kind, name, defaults, true),
    withArgs: (args) =>
      templateGates(view, kind, name, Object.assign(Object.create(null), defaults, args), false),
  };
}

function templateGates(
  view: DocView,
  kind: string,
  name: string,
  args: Record<string, string>,
  report: boolean,
): Gate[] {
  const gates: Gate[] = [];
  list(get(view.data, ['spec', 'metrics'])).forEach((raw, i) => {
    const metric = substitute(raw, args);
    if (!isRecord(metric)) return;
    const path: PathSegment[] = ['spec', 'metrics', i];
    const metricName = str(metric.name) ?? `metrics[${i}]`;
    const provider = isRecord(metric.provider) ? metric.provider : {};
    const providerKind = Object.keys(provider)[0];
    const success = str(metric.successCondition);
    const failure = str(metric.failureCondition);
    const isJob = providerKind === 'job';
    if (report && !success && !failure && !isJob) {
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
  return gates;
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
    const args = argValues(block.args);
    const gates =
      found.withArgs && Object.keys(args).length > 0 ? found.withArgs(args) : found.gates;
    for (const gate of gates) {
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
  // Index of a weighted experiment stage that just ended: traffic returns to the last setWeight.
  let afterExperiment = -1;
  let weightStage = -1;
  const current = (i: number): Stage => {
    if (afterExperiment >= 0 && afterExperiment === plan.stages.length - 1 && weightStage >= 0)
      return plan.stages[weightStage];
    if (plan.stages.length === 0) {
      const line = lineAt(view, [...base, 'steps', i]);
      plan.stages.push({
        traffic: 0,
        hold: null,
        gates: [],
        label: 'before traffic',
        ...(line ? { line } : {}),
      });
      weightStage = 0;
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
      weightStage = plan.stages.length - 1;
      afterExperiment = -1;
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
      readExperiment(view, step.experiment, path, i, templates, notes, {
        routed: isRecord(canary.trafficRouting),
        weightStage: () => current(i),
        push: (stage) => {
          plan.stages.push(stage);
          afterExperiment = plan.stages.length - 1;
        },
      });
      stageAtStep[i] = plan.stages.length - 1;
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

/**
 * An `experiment` step (Argo docs features/experiment.md) blocks the rollout until the experiment
 * ends: after `duration`, or when its `requiredForCompletion` analyses finish, or (neither set)
 * when someone terminates or promotes it. Its analyses are gates. Under `trafficRouting`, a
 * template's `weight` sends that share to the experiment's ReplicaSet on top of the canary's
 * current setWeight (rollout/trafficrouting.go): `specRef: canary` templates expose the candidate,
 * `specRef: stable` ones run the old version. Without weights the canary keeps its current weight
 * for the experiment's duration.
 */
function readExperiment(
  view: DocView,
  raw: unknown,
  path: PathSegment[],
  i: number,
  templates: TemplateIndex,
  notes: Set<string>,
  at: { routed: boolean; weightStage: () => Stage; push: (stage: Stage) => void },
): void {
  const exp = isRecord(raw) ? raw : {};
  const gates: Gate[] = [];
  let analysisMs: number | null = 0;
  let required = false;
  list(exp.analyses).forEach((a, j) => {
    if (!isRecord(a)) return;
    if (a.requiredForCompletion === true) required = true;
    const res = resolveAnalysis(
      view,
      { templates: [a], ...(a.args !== undefined ? { args: a.args } : {}) },
      [...path, 'experiment', 'analyses', j],
      templates,
      notes,
    );
    gates.push(...res.gates);
    if (a.requiredForCompletion === true) {
      if (res.durationMs === null || analysisMs === null) analysisMs = null;
      else analysisMs = Math.max(analysisMs, res.durationMs);
    }
  });
  let hold: number | 'manual' | 'invalid';
  let holdText: string;
  if (exp.duration !== undefined) {
    const ms = parseDuration(exp.duration, true);
    if (ms === null) {
      issue(
        view,
        'error',
        'rollout.hold',
        [...path, 'experiment', 'duration'],
        `step ${i + 1}: experiment duration ${JSON.stringify(exp.duration)} is not a duration; expected e.g. 30m or 1h`,
      );
      hold = 'invalid';
      holdText = String(exp.duration);
    } else {
      hold = required && analysisMs !== null ? Math.max(ms, analysisMs) : ms;
      holdText = `experiment ${formatDuration(hold)}`;
    }
  } else if (required && analysisMs !== null && analysisMs > 0) {
    hold = analysisMs;
    holdText = `experiment analysis ${formatDuration(analysisMs)}`;
  } else {
    // No duration and nothing required to complete: it runs until terminated or promoted.
    hold = 'manual';
    holdText = 'manual (experiment without duration)';
  }
  let weight = 0;
  list(exp.templates).forEach((t, j) => {
    if (!isRecord(t) || t.weight === undefined) return;
    const w = percent(
      view,
      t.weight,
      [...path, 'experiment', 'templates', j, 'weight'],
      `step ${i + 1} experiment weight`,
    );
    if (w === undefined) return;
    if (!at.routed) {
      notes.add(
        'experiment template weights need canary.trafficRouting; without it they route nothing',
      );
      return;
    }
    if (t.specRef !== 'stable') weight += w;
  });
  // The rollout blocks on the step, so the canary holds its current setWeight meanwhile.
  const base = at.weightStage();
  if (weight > 0) {
    addHold(base, hold, holdText);
    const line = lineAt(view, path);
    const stage: Stage = {
      traffic: Math.min(100, base.traffic + weight),
      hold: null,
      gates,
      label: 'experiment',
      ...(line ? { line } : {}),
    };
    addHold(stage, hold, holdText);
    at.push(stage);
  } else {
    base.gates.push(...gates);
    addHold(base, hold, holdText);
  }
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
