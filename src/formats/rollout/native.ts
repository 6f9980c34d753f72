/**
 * The native mlgate plan (`kind: MlgateRollout`, SPEC §5) for teams without Kubernetes, validated
 * against `schemas/rollout.schema.json`. Guardrails gate every step; a step may add its own gates;
 * `hold: manual` waits for a person. The rollback names the known-good artifact and the trigger.
 */
import validate from '../../generated/rollout.validate.cjs';
import { isRecord } from '../data.js';
import { classify } from './classify.js';
import { formatDuration, parseDuration } from './duration.js';
import type { Coverage, Gate, RolloutPlan, Stage } from './types.js';
import { issue, lineAt, list, str, type DocView } from './util.js';
import { schemaProblems } from '../schema-errors.js';

// `validate` is precompiled from schemas/rollout.schema.json by scripts/compile-schemas.mjs.

function guardrail(view: DocView, g: unknown, path: (string | number)[]): Gate | null {
  if (!isRecord(g) || !str(g.metric)) return null;
  const name = g.metric as string;
  const line = lineAt(view, path);
  const declared = list(g.covers).filter((c): c is Coverage => c === 'latency' || c === 'errors');
  return {
    name,
    kind: 'metric',
    ...(typeof g.min === 'number' ? { min: g.min } : {}),
    ...(typeof g.max === 'number' ? { max: g.max } : {}),
    ...(typeof g.max_ratio_vs_control === 'number' ? { maxRatio: g.max_ratio_vs_control } : {}),
    covers: declared.length > 0 ? declared : classify(name),
    file: view.file,
    ...(line ? { line } : {}),
  };
}

export function readNative(view: DocView): RolloutPlan {
  const d = view.data;
  const line = lineAt(view, []);
  if (!validate(d)) {
    for (const p of schemaProblems(validate.errors)) {
      issue(view, 'error', 'rollout.schema', p.path, `MlgateRollout ${p.message}`);
    }
  }
  const strategy =
    d.strategy === 'shadow-then-canary' || d.strategy === 'blue-green' ? d.strategy : 'canary';
  const guardrails = list(d.guardrails)
    .map((g, i) => guardrail(view, g, ['guardrails', i]))
    .filter((g): g is Gate => g !== null);
  const stages: Stage[] = [];
  list(d.steps).forEach((step, i) => {
    if (!isRecord(step) || typeof step.traffic !== 'number' || !Number.isFinite(step.traffic))
      return;
    const sline = lineAt(view, ['steps', i]);
    const own = list(step.gates)
      .map((g, j) => guardrail(view, g, ['steps', i, 'gates', j]))
      .filter((g): g is Gate => g !== null);
    const stage: Stage = {
      traffic: step.traffic,
      hold: null,
      gates: [...guardrails, ...own],
      ...(sline ? { line: sline } : {}),
      ...(step.shadow === true ? { label: 'shadow' } : {}),
    };
    if (typeof step.hold === 'string') {
      if (step.hold.trim() === 'manual') {
        stage.hold = 'manual';
        stage.holdText = 'manual';
      } else {
        const ms = parseDuration(step.hold);
        if (ms === null) {
          issue(
            view,
            'error',
            'rollout.hold',
            ['steps', i, 'hold'],
            `steps[${i}].hold "${step.hold}" is not a duration; expected e.g. 30m, 4h, 1h30m or "manual"`,
          );
          stage.hold = 'invalid';
          stage.holdText = step.hold;
        } else {
          stage.hold = ms;
          stage.holdText = formatDuration(ms);
        }
      }
    }
    stages.push(stage);
  });
  const last = stages[stages.length - 1];
  const rollback = isRecord(d.rollback) ? d.rollback : {};
  const rline = lineAt(view, ['rollback']);
  const trigger = str(rollback.trigger);
  const artifact = str(rollback.artifact);
  return {
    format: 'native',
    kind: 'MlgateRollout',
    ...(str(d.model) ? { name: str(d.model), model: str(d.model) } : {}),
    file: view.file,
    ...(line ? { line } : {}),
    strategy,
    ...(str(d.candidate) ? { candidate: str(d.candidate) } : {}),
    stages,
    promotion: last && last.traffic < 100 && last.hold === 'manual' ? 'manual' : 'auto',
    guardrails,
    rollback: {
      ...(trigger ? { trigger } : {}),
      ...(artifact ? { artifact } : {}),
      ...(rline ? { line: rline } : {}),
    },
    notes: [],
  };
}
