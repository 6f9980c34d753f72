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
  type Stage,
  type TemplateIndex,
  type TemplateInfo,
} from '../formats/rollout/index.js';
import type { FileSource } from '../sources/types.js';
import type { Evidence, Finding } from '../types.js';
import { issueFinding, readOrFinding, type ModelContext, type StageResult } from './context.js';
import { byCodeUnit } from '../order.js';

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
  /** The base plan's stages when it differs from the head's (the comment overlays both). */
  baseStages?: Stage[];
  policy: { max_first_step: number; min_bake: string; gate_before: number };
  /** Evidence for checklist items: a rollback trigger/target, and guardrails covering latency and errors. */
  evidence: { rollback: Evidence; guardrails: Evidence };
}

/** Most repository files considered when looking for AnalysisTemplates. */
const SCAN_LIMIT = 400;

const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Find the templates a plan names outside its own file, deterministically (issue 9), level by
 * level: the YAML files under the plan's directory, then the files the model's `templates:` key
 * names, then the rest of the repository (SPEC §5: "in the same file or repo"). A template
 * defined by two files of one level is ambiguous: it is reported and left unresolved (its gate
 * then counts as "template not found") instead of being picked by file order, so adding
 * `examples/guard.yaml` can never silently change what is evaluated.
 */
export async function findTemplates(
  source: FileSource,
  wanted: string[],
  planPath: string,
  explicit: readonly string[] = [],
): Promise<{ found: TemplateIndex; issues: ReadIssue[] }> {
  const found: TemplateIndex = new Map();
  const issues: ReadIssue[] = [];
  if (wanted.length === 0) return { found, issues };
  const dir = dirOf(planPath);
  const yaml = (await source.list('')).filter((f) => /\.ya?ml$/i.test(f) && f !== planPath);
  const under = (f: string) => dir === '' || f.startsWith(`${dir}/`);
  const siblings = yaml.filter(under).slice(0, SCAN_LIMIT);
  const rest = yaml.filter((f) => !under(f) && !explicit.includes(f)).slice(0, SCAN_LIMIT);
  /** Keys two files of one level define: only the explicit `templates:` list can settle them. */
  const ambiguous = new Map<string, ReadIssue>();
  for (const level of [siblings, [...explicit], rest]) {
    const seen = new Map<string, string[]>();
    const defs = new Map<string, TemplateInfo>();
    for (const file of level) {
      const read = await source.read(file);
      if (!read.ok) {
        if (level !== siblings && level !== rest)
          issues.push({
            level: 'error',
            rule: 'rollout.template-file',
            message: `${read.message}; expected the file named in \`templates:\``,
            file,
          });
        continue;
      }
      if (!/AnalysisTemplate|MetricTemplate/.test(read.text)) continue;
      for (const [key, t] of templatesIn(read.path, read.text)) {
        if (found.has(key) || !wanted.includes(key)) continue;
        if (ambiguous.has(key) && level === rest) continue;
        const files = seen.get(key) ?? [];
        if (!files.includes(read.path)) files.push(read.path);
        seen.set(key, files);
        if (!defs.has(key)) defs.set(key, t);
      }
    }
    for (const [key, files] of [...seen].sort(([a], [b]) => byCodeUnit(a, b))) {
      if (files.length === 1) {
        found.set(key, defs.get(key)!);
        ambiguous.delete(key);
      } else
        ambiguous.set(key, {
          level: 'error',
          rule: 'rollout.template-ambiguous',
          message: `${key} is defined in ${files.join(' and ')}; name the one to use in the model's \`templates:\` (or keep one definition next to ${planPath})`,
          file: planPath,
        });
    }
    if (wanted.every((k) => found.has(k) || (ambiguous.has(k) && level !== siblings))) break;
  }
  return { found, issues: [...issues, ...ambiguous.values()] };
}

async function loadPlan(
  source: FileSource,
  path: string,
  model: string,
  templates: readonly string[] = [],
): Promise<{ plan: RolloutPlan | null; issues: ReadIssue[] } | { failure: Finding }> {
  const read = await readOrFinding(source, path, 'rollout', model);
  if (!read.ok) return { failure: read.finding };
  let res = readRollout(read.path, read.text, { model });
  const extra: ReadIssue[] = [];
  if (res.missingTemplates.length > 0) {
    const external = await findTemplates(source, res.missingTemplates, read.path, templates);
    extra.push(...external.issues);
    if (external.found.size > 0)
      res = readRollout(read.path, read.text, { model, external: external.found });
  }
  return { plan: res.plan, issues: [...res.issues, ...extra] };
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
  const templates = ([] as string[]).concat(ctx.model.templates ?? []);
  const head = await loadPlan(ctx.head, path, model, templates);
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
  const basePlan = ctx.base && plan ? await loadPlan(ctx.base, path, model, templates) : null;
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
      if (baseSummary !== section.summary) {
        section.baseSummary = baseSummary;
        section.baseStages = base.stages;
      }
      if (!transition && !plan.action)
        findings.push(
          ...diffRolloutPlans(base, plan).map((i) => issueFinding(i, 'rollout', model)),
        );
    }
  }
  return { section, findings };
}
