/**
 * Rollout checks (SPEC §5): a normalised plan and `rollout_policy` in, findings out. Pure.
 *
 * Defaults: `max_first_step` 10 (% of traffic on the first step), `min_bake` 10m (each hold below
 * 100 % of a plan that holds at each weight), `min_analysis` 5m and `min_checks` 3 (a plan that
 * advances on passing checks, as Flagger does: analysis time and successful checks before full
 * traffic), `gate_before` 50 (a metric gate must run before traffic exceeds this share).
 * docs/rollout.md explains why the bake is measured per controller.
 */
import type { RolloutPolicy } from '../config/types.js';
import { formatDuration, parseDuration } from '../formats/rollout/duration.js';
import type { Gate, ReadIssue, RolloutPlan, Stage } from '../formats/rollout/types.js';

export const ROLLOUT_DEFAULTS = {
  max_first_step: 10,
  min_bake: '10m',
  min_analysis: '5m',
  min_checks: 3,
  gate_before: 50,
} as const;

export interface ResolvedRolloutPolicy {
  maxFirstStep: number;
  minBakeMs: number;
  minBake: string;
  minAnalysisMs: number;
  minAnalysis: string;
  minChecks: number;
  gateBefore: number;
  requireRollout: boolean;
}

export function resolveRolloutPolicy(p: RolloutPolicy | undefined): ResolvedRolloutPolicy {
  const minBake = p?.min_bake ?? ROLLOUT_DEFAULTS.min_bake;
  const minAnalysis = p?.min_analysis ?? ROLLOUT_DEFAULTS.min_analysis;
  return {
    maxFirstStep: p?.max_first_step ?? ROLLOUT_DEFAULTS.max_first_step,
    minBakeMs: parseDuration(minBake) ?? parseDuration(ROLLOUT_DEFAULTS.min_bake)!,
    minBake,
    minAnalysisMs: parseDuration(minAnalysis) ?? parseDuration(ROLLOUT_DEFAULTS.min_analysis)!,
    minAnalysis,
    minChecks: p?.min_checks ?? ROLLOUT_DEFAULTS.min_checks,
    gateBefore: p?.gate_before ?? ROLLOUT_DEFAULTS.gate_before,
    requireRollout: p?.require_rollout ?? false,
  };
}

const FORMAT_NAME: Record<RolloutPlan['format'], string> = {
  argo: 'Argo Rollout',
  flagger: 'Flagger Canary',
  kserve: 'KServe InferenceService',
  native: 'MlgateRollout',
};

/** The first stage that sends real traffic. */
function firstTraffic(plan: RolloutPlan): Stage | undefined {
  return plan.stages.find((s) => s.traffic > 0);
}

const isMetric = (g: Gate) => g.kind === 'metric' || g.kind === 'analysis';

/** Does the plan's set of metric gates cover latency and errors? */
export function guardrailCoverage(plan: RolloutPlan): { latency: boolean; errors: boolean } {
  const covers = new Set(plan.guardrails.flatMap((g) => g.covers));
  return { latency: covers.has('latency'), errors: covers.has('errors') };
}

/** Check one plan against the policy. */
export function checkRolloutPlan(plan: RolloutPlan, policy: ResolvedRolloutPolicy): ReadIssue[] {
  const out: ReadIssue[] = [];
  const at = (
    line: number | undefined,
    level: ReadIssue['level'],
    rule: string,
    message: string,
    file = plan.file,
  ) =>
    out.push({
      level,
      rule,
      message,
      file,
      ...((line ?? plan.line) ? { line: line ?? plan.line } : {}),
    });
  const what = FORMAT_NAME[plan.format];
  const stages = plan.stages;

  if (plan.action) {
    // Not a new plan: the file rolls the running rollout back (KServe canaryTrafficPercent: 0).
    at(plan.action.line, 'notice', 'rollout.rollback', plan.action.message);
    return out;
  }
  if (plan.skipAnalysis) {
    at(
      plan.skipAnalysis.line,
      'error',
      'rollout.skip-analysis',
      'skipAnalysis: true promotes the canary without analysing it; expected skipAnalysis false or absent',
    );
  }
  if (stages.length === 0) {
    at(
      plan.line,
      'error',
      'rollout.no-steps',
      `${what} has no traffic steps; expected steps that end at 100 %`,
    );
    return out;
  }
  // Traffic strictly increasing, ending at 100 or a manual promotion.
  // A weighted Argo experiment adds traffic only while it runs; afterwards the canary is back at
  // its setWeight, so the next step is compared with the step before the experiment.
  for (let i = 1; i < stages.length; i++) {
    let p = i - 1;
    while (p > 0 && stages[p].label === 'experiment' && stages[i].label !== 'experiment') p--;
    const prev = stages[p];
    const cur = stages[i];
    if (cur.traffic <= prev.traffic) {
      at(
        cur.line,
        'error',
        'rollout.monotonic',
        `traffic ${cur.traffic}% does not increase over the previous step's ${prev.traffic}%; expected strictly increasing traffic`,
      );
    }
  }
  const last = stages[stages.length - 1];
  if (last.traffic !== 100 && plan.promotion !== 'manual') {
    at(
      last.line,
      'error',
      'rollout.end',
      `traffic ends at ${last.traffic}%; expected the last step to reach 100% (or a manual promotion: hold "manual")`,
    );
  }
  // First step.
  const first = firstTraffic(plan);
  if (first && first.traffic > policy.maxFirstStep) {
    const hint =
      plan.strategy === 'blue-green' || plan.strategy === 'ab-test'
        ? ` (${plan.strategy === 'ab-test' ? 'after the A/B test' : 'blue-green'} switches all traffic at once; set rollout_policy.max_first_step: 100 to allow it)`
        : '';
    at(
      first.line,
      'error',
      'rollout.first-step',
      `first traffic step is ${first.traffic}%; expected at most ${policy.maxFirstStep}% (rollout_policy.max_first_step)${hint}`,
    );
  }
  if (plan.pacing === 'checks') checkAnalysis(plan, policy, at);
  // Holds. Stages generated from one line (Flagger's stepWeight) are reported once.
  const holdProblems = new Map<string, { line?: number; traffic: number[]; problem: string }>();
  stages.forEach((s, i) => {
    if (s.traffic >= 100 || s.implicit || plan.pacing === 'checks') return;
    if (i === stages.length - 1 && plan.promotion === 'manual') return;
    if (s.hold === 'manual' || s.hold === 'invalid') return;
    let problem: string;
    if (s.hold === null) problem = 'has no hold';
    else if (s.hold < policy.minBakeMs) problem = `holds ${formatDuration(s.hold)}`;
    else return;
    const key = `${s.line ?? ''}|${problem}`;
    const entry = holdProblems.get(key) ?? {
      ...(s.line ? { line: s.line } : {}),
      traffic: [],
      problem,
    };
    entry.traffic.push(s.traffic);
    holdProblems.set(key, entry);
    if (s.label) entry.problem = `${problem} (${s.label})`;
  });
  for (const p of holdProblems.values()) {
    const which =
      p.traffic.length === 1
        ? `step at ${p.traffic[0]}%`
        : `steps at ${p.traffic.map((t) => `${t}%`).join(', ')} each`;
    at(
      p.line,
      'error',
      'rollout.hold',
      `${which} ${p.problem}; expected a hold of at least ${policy.minBake} (rollout_policy.min_bake)`,
    );
  }
  // A metric gate before traffic exceeds gate_before.
  const exceed = stages.findIndex((s) => s.traffic > policy.gateBefore);
  const before = exceed === -1 ? stages : stages.slice(0, exceed);
  if (!before.some((s) => s.gates.some(isMetric))) {
    const line = exceed === -1 ? plan.line : stages[exceed].line;
    at(
      line,
      'error',
      'rollout.gate-before',
      `no metric gate runs before traffic exceeds ${policy.gateBefore}% (rollout_policy.gate_before); expected an analysis or guardrail on a step at or below ${policy.gateBefore}%`,
    );
  }
  // Guardrails cover latency and errors.
  const cov = guardrailCoverage(plan);
  const lacking = [!cov.latency && 'latency', !cov.errors && 'errors'].filter(Boolean);
  if (lacking.length > 0) {
    const unresolved = plan.stages.some((s) => s.gates.some((g) => g.kind === 'analysis'));
    at(
      plan.line,
      'warning',
      'rollout.guardrails',
      `guardrails do not cover ${lacking.join(' or ')}; expected at least one latency gate and one error-rate gate${unresolved ? ' (templates mlgate could not find are not counted)' : ''}`,
    );
  }
  // Rollback.
  if (!plan.rollback.trigger) {
    const why: Record<RolloutPlan['format'], string> = {
      argo: 'no analysis can abort this Rollout; expected an analysis step or background analysis',
      flagger: 'no metric or webhook check can fail this Canary; expected analysis.metrics',
      kserve:
        'KServe canaryTrafficPercent has no automatic rollback; pair it with an MlgateRollout plan or a Flagger/Argo analysis',
      native: 'expected rollback.trigger, e.g. "error_rate > 2x control for 15m"',
    };
    at(
      plan.rollback.line,
      'error',
      'rollout.rollback-trigger',
      `no rollback trigger: ${why[plan.format]}`,
    );
  }
  if (plan.format === 'native') {
    if (!plan.rollback.artifact) {
      at(
        plan.rollback.line,
        'error',
        'rollout.rollback-artifact',
        'no rollback artifact; expected rollback.artifact naming the known-good model to switch back to',
      );
    } else if (plan.candidate && plan.rollback.artifact.trim() === plan.candidate.trim()) {
      at(
        plan.rollback.line,
        'error',
        'rollout.rollback-artifact',
        `rollback.artifact "${plan.rollback.artifact}" is the candidate itself; expected the known-good artifact in production`,
      );
    }
    if (plan.strategy === 'shadow-then-canary' && stages[0].traffic !== 0) {
      at(
        stages[0].line,
        'warning',
        'rollout.shadow',
        `strategy shadow-then-canary starts at ${stages[0].traffic}%; expected a first step with traffic 0 (shadow)`,
      );
    }
  }
  return out;
}

type At = (
  line: number | undefined,
  level: ReadIssue['level'],
  rule: string,
  message: string,
) => void;

/**
 * A plan that advances as soon as each check passes (Flagger: one analysis per `interval`, then
 * the next weight) bakes for interval × steps at the least — Flagger's own formula for the
 * minimum promotion time — and needs one successful check per step. A manual confirmation
 * (confirm-promotion, confirm-traffic-increase) leaves the timing to a person and satisfies both.
 */
function checkAnalysis(plan: RolloutPlan, policy: ResolvedRolloutPolicy, at: At): void {
  const before = plan.stages.filter((s) => s.traffic < 100 && !s.implicit);
  if (before.length === 0 || before.some((s) => s.hold === 'invalid')) return;
  if (plan.promotion === 'manual' || plan.stages.some((s) => s.hold === 'manual' && s.traffic > 0))
    return;
  const ms = before.reduce((t, s) => t + (typeof s.hold === 'number' ? s.hold : 0), 0);
  const checks = before.reduce((t, s) => t + (s.checks ?? 0), 0);
  const first = before.find((s) => s.line)?.line;
  const how = `${checks} check${checks === 1 ? '' : 's'} over ${formatDuration(ms)}`;
  if (ms < policy.minAnalysisMs)
    at(
      first,
      'error',
      'rollout.analysis-time',
      `analysis runs ${formatDuration(ms)} before full traffic (${how}); expected at least ${policy.minAnalysis} (rollout_policy.min_analysis): raise the interval or add steps`,
    );
  if (checks < policy.minChecks)
    at(
      first,
      'error',
      'rollout.checks',
      `${how} pass before full traffic; expected at least ${policy.minChecks} successful checks (rollout_policy.min_checks): lower stepWeight or raise iterations`,
    );
}

/**
 * Base → head edits that act on a running rollout instead of planning a new one. KServe (docs
 * samples/v1beta1/rollout): removing `canaryTrafficPercent` (or setting 100) for the same model
 * promotes the canary the base evaluated; v1alpha2 promotes by moving `spec.canary` into
 * `spec.default` and rolls back by removing `spec.canary`. Such a head is reported as what it is,
 * not checked as a fresh 100 % rollout.
 */
export function rolloutTransition(base: RolloutPlan, head: RolloutPlan): ReadIssue | null {
  if (base.format !== 'kserve' || head.format !== 'kserve' || head.action) return null;
  const canary = base.stages.find((s) => s.traffic > 0 && s.traffic < 100);
  const full = head.stages.length === 1 && head.stages[0].traffic === 100;
  if (!canary || !full || !head.candidate) return null;
  const line = head.stages[0].line ?? head.line;
  const where = { file: head.file, ...(line ? { line } : {}) };
  if (head.candidate === base.candidate)
    return {
      level: 'notice',
      rule: 'rollout.promotion',
      ...where,
      message: `promotes the canary the base ran at ${canary.traffic}% (${head.candidate}) to 100%; this ends the rollout checked at base, it is not a new plan`,
    };
  if (base.stable && head.candidate === base.stable)
    return {
      level: 'notice',
      rule: 'rollout.rollback',
      ...where,
      message: `rolls back: the canary the base ran at ${canary.traffic}% (${base.candidate ?? 'spec.canary'}) is removed and ${head.candidate} serves all traffic`,
    };
  return null;
}

/** Check the native plan's `model` against the model's name. */
export function checkPlanModel(plan: RolloutPlan, model: string): ReadIssue[] {
  if (plan.format !== 'native' || !plan.model || plan.model === model) return [];
  return [
    {
      level: 'warning',
      rule: 'rollout.model',
      file: plan.file,
      ...(plan.line ? { line: plan.line } : {}),
      message: `plan is for model "${plan.model}", but it is configured for model "${model}"`,
    },
  ];
}

function totalBake(plan: RolloutPlan): { ms: number; manual: boolean } {
  let ms = 0;
  let manual = false;
  for (const s of plan.stages) {
    if (s.traffic >= 100) continue;
    if (s.hold === 'manual') manual = true;
    else if (typeof s.hold === 'number') ms += s.hold;
  }
  return { ms, manual };
}

const gateKey = (g: Gate) => `${g.kind === 'analysis' ? 'metric' : g.kind}:${g.name}`;

/** Base → head: what makes the head plan looser than the base plan (warnings at head lines). */
export function diffRolloutPlans(base: RolloutPlan, head: RolloutPlan): ReadIssue[] {
  const out: ReadIssue[] = [];
  const at = (line: number | undefined, rule: string, message: string, file = head.file) =>
    out.push({
      level: 'warning',
      rule,
      message,
      file,
      ...((line ?? head.line) ? { line: line ?? head.line } : {}),
    });
  const steps = (p: RolloutPlan) => p.stages.filter((s) => !s.implicit).length;
  if (steps(head) < steps(base)) {
    at(
      head.line,
      'rollout.loosened.steps',
      `rollout loosened: ${steps(head)} steps, was ${steps(base)} at base; expected no fewer steps`,
    );
  }
  const fb = firstTraffic(base);
  const fh = firstTraffic(head);
  if (fb && fh && fh.traffic > fb.traffic) {
    at(
      fh.line,
      'rollout.loosened.first-step',
      `rollout loosened: first step ${fh.traffic}%, was ${fb.traffic}% at base; expected no bigger first step`,
    );
  }
  const bb = totalBake(base);
  const hb = totalBake(head);
  if (bb.manual && !hb.manual)
    at(
      head.line,
      'rollout.loosened.manual',
      'rollout loosened: the manual pause at base was removed',
    );
  if (hb.ms < bb.ms) {
    at(
      head.line,
      'rollout.loosened.bake',
      `rollout loosened: total bake ${formatDuration(hb.ms)}, was ${formatDuration(bb.ms)} at base`,
    );
  }
  if (base.promotion === 'manual' && head.promotion === 'auto' && !(bb.manual && !hb.manual)) {
    at(
      head.line,
      'rollout.loosened.manual',
      'rollout loosened: promotion was manual at base and is automatic now',
    );
  }
  const headGates = new Map<string, Gate>();
  for (const s of head.stages)
    for (const g of s.gates) if (g.kind !== 'manual') headGates.set(gateKey(g), g);
  const baseGates = new Map<string, Gate>();
  for (const s of base.stages)
    for (const g of s.gates) if (g.kind !== 'manual') baseGates.set(gateKey(g), g);
  for (const [key, g] of [...baseGates].sort(([a], [b]) => a.localeCompare(b))) {
    const h = headGates.get(key);
    if (!h) {
      at(
        head.line,
        'rollout.loosened.removed',
        `rollout loosened: gate "${g.name}" was removed (it was at base)`,
      );
      continue;
    }
    const looser: string[] = [];
    if (g.max !== undefined && (h.max === undefined || h.max > g.max))
      looser.push(`max ${g.max} → ${h.max ?? 'none'}`);
    if (g.min !== undefined && (h.min === undefined || h.min < g.min))
      looser.push(`min ${g.min} → ${h.min ?? 'none'}`);
    if (g.maxRatio !== undefined && (h.maxRatio === undefined || h.maxRatio > g.maxRatio))
      looser.push(`max ratio vs control ${g.maxRatio} → ${h.maxRatio ?? 'none'}`);
    if ((h.failureLimit ?? 0) > (g.failureLimit ?? 0))
      looser.push(`failureLimit ${g.failureLimit ?? 0} → ${h.failureLimit}`);
    if (looser.length > 0)
      at(
        h.line,
        `rollout.loosened.threshold`,
        `rollout loosened: gate "${h.name}" threshold ${looser.join(', ')}`,
        h.file,
      );
    // A gate that used to run at a lower traffic share now starts later.
    const firstAt = (p: RolloutPlan) =>
      p.stages.find((s) => s.gates.some((x) => gateKey(x) === key))?.traffic;
    const fbAt = firstAt(base);
    const fhAt = firstAt(head);
    // Starting on the head's first traffic step is as early as it can be (a bigger first
    // step is its own finding).
    if (fbAt !== undefined && fhAt !== undefined && fhAt > fbAt && fhAt !== fh?.traffic)
      at(
        h.line,
        'rollout.loosened.gate-later',
        `rollout loosened: gate "${h.name}" now starts at ${fhAt}% traffic, was ${fbAt}% at base`,
        h.file,
      );
  }
  if (
    base.failureTolerance &&
    head.failureTolerance &&
    head.failureTolerance.value > base.failureTolerance.value
  ) {
    at(
      head.failureTolerance.line,
      'rollout.loosened.threshold',
      `rollout loosened: ${head.failureTolerance.value} failed checks tolerated before rollback, was ${base.failureTolerance.value} at base`,
    );
  }
  if (!base.skipAnalysis && head.skipAnalysis) {
    at(head.skipAnalysis.line, 'rollout.loosened.skip', 'rollout loosened: skipAnalysis turned on');
  }
  return out;
}
