/**
 * KServe `InferenceService`: `spec.predictor.canaryTrafficPercent` sends that share of traffic to
 * the new revision until a person promotes it (removes the field or sets 100) or rolls back
 * (sets 0; KServe keeps the last rolled-out revision). There are no metric gates and no automatic
 * rollback, and mlgate says so rather than inventing them.
 */
import { isRecord } from '../data.js';
import type { RolloutPlan } from './types.js';
import { get, lineAt, percent, str, type DocView } from './util.js';

export function readInferenceService(view: DocView): RolloutPlan {
  const notes: string[] = [];
  const line = lineAt(view, []);
  const name = str(get(view.data, ['metadata', 'name']));
  const predictor = get(view.data, ['spec', 'predictor']);
  const candidate = isRecord(predictor)
    ? (str(get(predictor, ['model', 'storageUri'])) ??
      Object.values(predictor)
        .map((v) => (isRecord(v) ? str(v.storageUri) : undefined))
        .find(Boolean))
    : undefined;
  const plan: RolloutPlan = {
    format: 'kserve',
    kind: 'InferenceService',
    ...(name ? { name } : {}),
    file: view.file,
    ...(line ? { line } : {}),
    strategy: 'canary',
    ...(candidate ? { candidate } : {}),
    stages: [],
    promotion: 'auto',
    guardrails: [],
    rollback: { artifact: 'the last rolled-out revision' },
    notes,
  };
  const raw = isRecord(predictor) ? predictor.canaryTrafficPercent : undefined;
  const path = ['spec', 'predictor', 'canaryTrafficPercent'];
  if (raw === undefined) {
    notes.push('no canaryTrafficPercent: the new revision takes all traffic once it is ready');
    plan.stages.push({ traffic: 100, hold: null, gates: [], ...(line ? { line } : {}) });
  } else {
    const traffic = percent(view, raw, path, 'canaryTrafficPercent');
    const tline = lineAt(view, path);
    if (traffic !== undefined && traffic < 100) {
      plan.promotion = 'manual';
      plan.stages.push({
        traffic,
        hold: 'manual',
        holdText: 'manual',
        gates: [],
        ...(tline ? { line: tline } : {}),
      });
      notes.push(
        'promotion and rollback are manual: edit canaryTrafficPercent (100 promotes, 0 rolls back)',
      );
    } else if (traffic !== undefined) {
      plan.stages.push({ traffic, hold: null, gates: [], ...(tline ? { line: tline } : {}) });
    }
  }
  for (const part of ['transformer', 'explainer']) {
    if (get(view.data, ['spec', part, 'canaryTrafficPercent']) !== undefined)
      notes.push(`spec.${part}.canaryTrafficPercent is not checked (the predictor's is)`);
  }
  return plan;
}
