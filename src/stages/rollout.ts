/**
 * The rollout stage: reads the model's rollout file at head and base (resolving AnalysisTemplates
 * from other repository files when the plan names templates its own file lacks), checks the head
 * plan against `rollout_policy`, and flags what loosened since base.
 */
import {
  checkPlanModel,
  checkRolloutPlan,
  diffRolloutPlans,
  guardrailCoverage,
  resolveRolloutPolicy,
  rolloutTransition,
  type ResolvedRolloutPolicy,
} from '../checks/rollout.js';
import { planLine, rollbackText } from '../formats/rollout/describe.js';
import {
  readRollout,
  templatesIn,
  type ReadIssue,
  type RolloutFormat,
  type RolloutPlan,
  type TemplateIndex,
} from '../formats/rollout/index.js';
import type { FileSource } from '../sources/types.js';
import type { Evidence, Finding } from '../types.js';
import { issueFinding, readOrFinding, type ModelContext, type StageResult } from './context.js';

/** What the comment and the report show about the model's rollout. */
export interface RolloutSection {
  file: string;
  format?: RolloutFormat;
  /** The head plan, normalised; absent when the file could not be read as a plan. */
  plan?: RolloutPlan;
  /** The compact line of the head plan, `1% 1h → 10% 4h → 100%`. */
  summary?: string;
  /** The compact line of the base plan when it differs from the head's. */
  baseSummary?: string;
  policy: { max_first_step: number; min_bake: string; gate_before: number };
  /** Evidence for checklist items: a rollback trigger/target, and guardrails covering latency and errors. */
  evidence: { rollback: Evidence; guardrails: Evidence };
}

/** Most repository files read when looking for AnalysisTemplates. */
const SCAN_LIMIT = 400;

/** Look through the repository's YAML files for the templates a plan names. */
export async function findTemplates(
  source: FileSource,
  wanted: string[],
  exclude: string,
): Promise<TemplateIndex> {
  const found: TemplateIndex = new Map();
  if (wanted.length === 0) return found;
  const files = (await source.list(''))
    .filter((f) => /\.ya?ml$/i.test(f) && f !== exclude)
    .slice(0, SCAN_LIMIT);
  for (const file of files) {
    const read = await source.read(file);
    if (!read.ok || !/AnalysisTemplate|MetricTemplate/.test(read.text)) continue;
    for (const [key, t] of templatesIn(read.path, read.text))
      if (!found.has(key)) found.set(key, t);
    if (wanted.every((k) => found.has(k))) break;
  }
  return found;
}

async function loadPlan(
  source: FileSource,
  path: string,
  model: string,
): Promise<{ plan: RolloutPlan | null; issues: ReadIssue[] } | { failure: Finding }> {
  const read = await readOrFinding(source, path, 'rollout', model);
  if (!read.ok) return { failure: read.finding };
  let res = readRollout(read.path, read.text, { model });
  if (res.missingTemplates.length > 0) {
    const external = await findTemplates(source, res.missingTemplates, read.path);
    if (external.size > 0) res = readRollout(read.path, read.text, { model, external });
  }
  return { plan: res.plan, issues: res.issues };
}

function evidence(plan: RolloutPlan | null): RolloutSection['evidence'] {
  if (!plan) {
    const none = { ok: false, detail: 'the rollout plan could not be read' };
    return { rollback: none, guardrails: none };
  }
  const cov = guardrailCoverage(plan);
  const names = [...new Set(plan.guardrails.map((g) => g.name))].sort();
  const missing = [!cov.latency && 'latency', !cov.errors && 'errors']
    .filter(Boolean)
    .join(' and ');
  return {
    rollback: {
      ok: Boolean(plan.rollback.trigger && plan.rollback.artifact) && !plan.skipAnalysis,
      detail: `rollback ${rollbackText(plan)}`,
    },
    guardrails: {
      ok: cov.latency && cov.errors,
      detail:
        names.length === 0
          ? 'no metric guardrails'
          : `guardrails ${names.join(', ')}${missing ? `; nothing covers ${missing}` : ' cover latency and errors'}`,
    },
  };
}

function policyView(p: ResolvedRolloutPolicy): RolloutSection['policy'] {
  return { max_first_step: p.maxFirstStep, min_bake: p.minBake, gate_before: p.gateBefore };
}

export async function rolloutStage(ctx: ModelContext): Promise<StageResult<RolloutSection>> {
  const policy = resolveRolloutPolicy(ctx.config.rollout_policy);
  const model = ctx.model.name;
  const path = ctx.model.rollout;
  if (!path) {
    if (!policy.requireRollout) return { findings: [] };
    const line = ctx.loaded.modelLine(ctx.index);
    return {
      findings: [
        {
          level: 'error',
          check: 'rollout',
          model,
          file: ctx.loaded.file,
          ...(line ? { line } : {}),
          message: `model "${model}" has no rollout plan, and rollout_policy.require_rollout is true; expected \`rollout: deploy/${model}-rollout.yaml\``,
          rule: 'rollout.required',
        },
      ],
    };
  }
  const findings: Finding[] = [];
  const head = await loadPlan(ctx.head, path, model);
  if ('failure' in head) {
    return {
      section: { file: path, policy: policyView(policy), evidence: evidence(null) },
      findings: [head.failure],
    };
  }
  findings.push(...head.issues.map((i) => issueFinding(i, 'rollout', model)));
  const plan = head.plan;
  const section: RolloutSection = {
    file: path,
    policy: policyView(policy),
    evidence: evidence(plan),
  };
  // Problems in the base plan are the base's: only a readable base plan is compared.
  const basePlan = ctx.base && plan ? await loadPlan(ctx.base, path, model) : null;
  const base = basePlan && !('failure' in basePlan) ? basePlan.plan : null;
  if (plan) {
    section.format = plan.format;
    section.plan = plan;
    section.summary = planLine(plan);
    const transition = base ? rolloutTransition(base, plan) : null;
    const issues = transition
      ? [transition]
      : [...checkRolloutPlan(plan, policy), ...checkPlanModel(plan, model)];
    findings.push(...issues.map((i) => issueFinding(i, 'rollout', model)));
    if (base) {
      const baseSummary = planLine(base);
      if (baseSummary !== section.summary) section.baseSummary = baseSummary;
      if (!transition && !plan.action)
        findings.push(
          ...diffRolloutPlans(base, plan).map((i) => issueFinding(i, 'rollout', model)),
        );
    }
  }
  return { section, findings };
}
