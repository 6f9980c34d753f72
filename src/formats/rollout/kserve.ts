/**
 * KServe `InferenceService`. v1beta1 (`serving.kserve.io`, and `serving.kubeflow.org` before the
 * rename): `spec.predictor.canaryTrafficPercent` sends that share to the latest revision while
 * KServe keeps the last revision rolled out at 100 %; a person promotes (removes the field or sets
 * 100) or rolls back (sets 0) (KServe docs, samples/v1beta1/rollout). v1alpha2 (KFServing):
 * `spec.default` serves, `spec.canary` is the candidate and `spec.canaryTrafficPercent` its share;
 * promotion moves the canary into `default`. There are no metric gates and no automatic rollback,
 * and mlgate says so rather than inventing them.
 */
import { isRecord, type PathSegment } from '../data.js';
import type { RolloutPlan } from './types.js';
import { get, lineAt, percent, str, type DocView } from './util.js';

/** The first `storageUri` of a predictor (`model.storageUri` or a framework block's). */
function storageUri(predictor: unknown): string | undefined {
  if (!isRecord(predictor)) return undefined;
  return (
    str(get(predictor, ['model', 'storageUri'])) ??
    Object.values(predictor)
      .map((v) => (isRecord(v) ? str(v.storageUri) : undefined))
      .find(Boolean)
  );
}

export function readInferenceService(view: DocView): RolloutPlan {
  const notes: string[] = [];
  const line = lineAt(view, []);
  const name = str(get(view.data, ['metadata', 'name']));
  const spec = get(view.data, ['spec']);
  const v1alpha2 =
    isRecord(spec) &&
    !isRecord(spec.predictor) &&
    (isRecord(spec.default) || isRecord(spec.canary));
  const hasCanary = v1alpha2 && isRecord(get(spec, ['canary']));
  const predictor = v1alpha2
    ? get(spec, [hasCanary ? 'canary' : 'default', 'predictor'])
    : get(spec, ['predictor']);
  const candidate = storageUri(predictor);
  const stable =
    v1alpha2 && hasCanary ? storageUri(get(spec, ['default', 'predictor'])) : undefined;
  const path: PathSegment[] = v1alpha2
    ? ['spec', 'canaryTrafficPercent']
    : ['spec', 'predictor', 'canaryTrafficPercent'];
  const plan: RolloutPlan = {
    format: 'kserve',
    kind: 'InferenceService',
    ...(name ? { name } : {}),
    file: view.file,
    ...(line ? { line } : {}),
    strategy: 'canary',
    ...(candidate ? { candidate } : {}),
    ...(stable ? { stable } : {}),
    stages: [],
    promotion: 'auto',
    pacing: 'hold',
    guardrails: [],
    rollback: { artifact: v1alpha2 ? 'the default predictor' : 'the last rolled-out revision' },
    notes,
  };
  if (v1alpha2)
    notes.push(
      'v1alpha2 InferenceService: spec.canary is the candidate, spec.default serves the rest',
    );
  let raw = get(view.data, path);
  if (v1alpha2 && !hasCanary) {
    if (raw !== undefined) notes.push('canaryTrafficPercent without spec.canary routes nothing');
    raw = undefined;
  } else if (v1alpha2 && raw === undefined) {
    // KFServing v1alpha2 sends no traffic to a canary without a percentage.
    raw = 0;
    notes.push('spec.canary without canaryTrafficPercent receives no traffic');
  }
  if (raw === undefined) {
    notes.push('no canaryTrafficPercent: the new revision takes all traffic once it is ready');
    plan.stages.push({ traffic: 100, hold: null, gates: [], ...(line ? { line } : {}) });
    return withPartNotes(view, plan);
  }
  const traffic = percent(view, raw, path, 'canaryTrafficPercent');
  const tline = lineAt(view, path) ?? line;
  if (traffic === 0 && !v1alpha2) {
    plan.action = {
      kind: 'rollback',
      message:
        'canaryTrafficPercent: 0 rolls back: all traffic returns to the last rolled-out revision (KServe pins it); this is not a new rollout plan',
      ...(tline ? { line: tline } : {}),
    };
    plan.stages.push({
      traffic: 0,
      hold: 'manual',
      holdText: 'pinned',
      gates: [],
      ...(tline ? { line: tline } : {}),
    });
  } else if (traffic !== undefined && traffic < 100) {
    plan.promotion = 'manual';
    plan.stages.push({
      traffic,
      hold: 'manual',
      holdText: 'manual',
      gates: [],
      ...(tline ? { line: tline } : {}),
    });
    notes.push(
      v1alpha2
        ? 'promotion and rollback are manual: move spec.canary into spec.default to promote, remove it to roll back'
        : 'promotion and rollback are manual: edit canaryTrafficPercent (100 promotes, 0 rolls back)',
    );
  } else if (traffic !== undefined) {
    plan.stages.push({ traffic, hold: null, gates: [], ...(tline ? { line: tline } : {}) });
  }
  return withPartNotes(view, plan);
}

function withPartNotes(view: DocView, plan: RolloutPlan): RolloutPlan {
  for (const part of ['transformer', 'explainer']) {
    if (get(view.data, ['spec', part, 'canaryTrafficPercent']) !== undefined)
      plan.notes.push(`spec.${part}.canaryTrafficPercent is not checked (the predictor's is)`);
  }
  return plan;
}
