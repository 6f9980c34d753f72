/**
 * The one pipeline shared by the Action and the CLI: read → parse → compare → evaluate. It does
 * no GitHub I/O and never throws for bad input; every problem is a finding in the report.
 */
import { modelsInForce, resolveConfig } from './config/resolve.js';
import { selectModels } from './config/select.js';
import type { LoadedConfig } from './config/types.js';
import { diffMetrics } from './checks/diff.js';
import { evaluateGates } from './checks/gates.js';
import { historyWindows } from './checks/history.js';
import { diffPolicy } from './checks/policy.js';
import { gateTarget } from './checks/waivers.js';
import { Limits, VERSION } from './constants.js';
import {
  sortFindings,
  verdict,
  type FailOn,
  type ModelReport,
  type Report,
} from './report/model.js';
import { withFileCap, type FileSource } from './sources/types.js';
import { checklistStage } from './stages/checklist.js';
import type { ModelContext, StageResult } from './stages/context.js';
import { metricsPaths, metricsStage } from './stages/metrics.js';
import { filesOf, qualify } from './formats/metrics/paths.js';
import type { Finding, GateResult, MetricSet, PrInfo } from './types.js';

export interface PipelineInput {
  /** The PR's head tree (the workspace, or a commit). */
  head: FileSource;
  /** The PR's base commit, or null when there is none. */
  base: FileSource | null;
  configPath: string;
  configSource: 'base' | 'head';
  /** The working tree, when head is a commit: its config is the fallback (config/resolve.ts). */
  workingTree?: FileSource;
  prBody: string | null;
  pr: PrInfo;
  failOn: FailOn;
  runUrl?: string;
  /** Model-name patterns (`check --model`, the `models` input): check only these models. */
  models?: string[];
  /** File cap in bytes (`--max-file-mb`, the `max-file-mb` input); wins over `limits.max_file_mb`. */
  maxFileBytes?: number;
}

/** The file cap in force: the flag or input, else the config's `limits.max_file_mb`, else the default. */
export function fileCap(flag: number | undefined, config: LoadedConfig | null): number {
  const mb = config?.config.limits?.max_file_mb;
  return flag ?? (mb !== undefined ? Math.floor(mb * 1024 * 1024) : Limits.fileBytes);
}

/**
 * A finding per failed or warned gate. With a value, it sits at the metric's line in the file the
 * value came from and names the gate's config line; without one (missing metric, no file), it
 * sits at the gate's config line and its message names the metrics file(s) it looked in. Two
 * gates on one metric are two lines. A gate that cannot say which file it reads is a config error.
 */
function gateFindings(
  model: string,
  gates: GateResult[],
  loaded: LoadedConfig,
  index: number,
  head: MetricSet | null,
): Finding[] {
  const out: Finding[] = [];
  // A wildcard gate has a result per match: look its line up once.
  const lines = new Map<number, number | undefined>();
  for (const g of gates) {
    if (!lines.has(g.gate)) lines.set(g.gate, loaded.gateLine(index, g.gate));
    const gateLine = lines.get(g.gate);
    // Every result names its gate's line, so the comment and the text output can say which gate asked.
    if (gateLine) g.configLine = gateLine;
    if (g.status !== 'fail' && g.status !== 'warn') continue;
    const atGate = { file: loaded.file, ...(gateLine ? { line: gateLine } : {}) };
    const name =
      g.path && g.metric.startsWith(`${g.path}:`) ? g.metric.slice(g.path.length + 1) : g.metric;
    const leaf =
      g.value === null || g.ambiguous
        ? undefined
        : head?.values.get(g.path && head.files ? qualify(g.path, name) : g.metric);
    const key = g.path && head?.files ? qualify(g.path, name) : g.metric;
    // Only failing gates ask: lines of the other metrics are never looked up.
    const line = leaf ? (leaf.line ?? head?.lineOf?.(key)) : undefined;
    if (line) g.line = line;
    out.push({
      level: g.status === 'fail' || g.ambiguous ? 'error' : 'warning',
      check: g.ambiguous ? 'config' : 'gate',
      model,
      target: gateTarget(model, g),
      ...(leaf && g.path
        ? { file: g.path, ...(line ? { line } : {}) }
        : leaf && head
          ? { file: head.file, ...(line ? { line } : {}) }
          : atGate),
      message: leaf
        ? `${g.message} (gate at ${loaded.file}${gateLine ? `:${gateLine}` : ''})`
        : g.message,
    });
  }
  return out;
}

/** The metrics files of both sides, head's first. */
function unionFiles(head: MetricSet | null, base: MetricSet | null): string[] {
  return [...new Set([...filesOf(head), ...filesOf(base)])];
}

/** Run every stage and build the report. */
export async function runPipeline(input: PipelineInput): Promise<Report> {
  const resolved = await resolveConfig(input);
  const findings: Finding[] = [...resolved.findings];
  const models: ModelReport[] = [];
  const inForce = resolved.inForce;
  // The config files themselves were read under the default cap; everything else under this one.
  const cap = fileCap(input.maxFileBytes, inForce);
  const headTree = withFileCap(input.head, cap);
  const baseTree = input.base && withFileCap(input.base, cap);
  const all = modelsInForce(resolved);
  const filter = input.models && input.models.length > 0 ? input.models : null;
  let chosen = all;
  if (inForce && filter) {
    const picked = selectModels(all, (e) => e.model.name, filter);
    chosen = picked.selected;
    const names = all.map((e) => e.model.name).join(', ') || 'none';
    for (const p of picked.unmatched)
      findings.push({
        level: 'error',
        check: 'config',
        file: inForce.file,
        message: `model filter "${p}" matches no model in force (models: ${names})`,
      });
  }
  if (inForce) {
    for (const { model, index, loaded, fromHead } of chosen) {
      const { config } = loaded;
      // The contract needs nothing from the metrics: it starts first, so a large one is read on a
      // second core while the metrics are (stages/offload.ts). Awaited where the other stages are.
      const contractRun = model.contract
        ? import('./stages/contract.js').then((s) =>
            s.contractStage({ model, config, head: headTree, base: baseTree }),
          )
        : null;
      contractRun?.catch(() => {}); // handled where it is awaited, below
      const m = await metricsStage(model, config, headTree, baseTree);
      findings.push(...m.findings);
      // Only a production reference read from the base commit is absent because the model is new;
      // a configured production file that is missing fails closed like any missing reference.
      const productionFromBase = (model.production ?? 'base') === 'base';
      // History is read only for gates that compare with it (the stage loads on demand).
      const history =
        historyWindows(model.gates).length > 0
          ? await (await import('./stages/history.js')).historyStage(model, config, baseTree)
          : null;
      const gates = evaluateGates(model.gates ?? [], {
        ...m.metrics,
        newModel: m.isNew && productionFromBase,
        history,
        unread: m.unread,
      });
      const diffOpts = { all: config.metrics_policy?.show_all };
      const diff = diffMetrics(m.metrics.base, m.metrics.head, m.metrics.baseline, diffOpts);
      // A production file is what `vs: production` gates compare with: the diff shows it as its
      // base side, so the diff and the gates agree (the ledger keeps the base commit's diff: it
      // records what this PR changed).
      const productionFile = productionFromBase ? null : (model.production as string);
      const shown = productionFile
        ? diffMetrics(m.metrics.production, m.metrics.head, m.metrics.baseline, {
            ...diffOpts,
            reference: true,
          })
        : diff;
      findings.push(...gateFindings(model.name, gates, loaded, index, m.metrics.head));
      const ctx: ModelContext = {
        model,
        index,
        config,
        loaded,
        head: headTree,
        base: baseTree,
        metrics: m.metrics,
        diff,
        gates,
      };
      const report: ModelReport = {
        name: model.name,
        state: m.isNew ? 'new' : 'existing',
        metricsFile: metricsPaths(model).join(', '),
        ...(m.metrics.head?.files || m.metrics.base?.files
          ? { metricsFiles: unionFiles(m.metrics.head, m.metrics.base) }
          : {}),
        gates,
        metrics: shown,
        ...(productionFile
          ? { diffBase: { kind: 'production' as const, file: productionFile } }
          : {}),
        meta: m.metrics.head?.meta ?? {},
        notes: [...(m.metrics.head?.notes ?? []), ...m.notes],
      };
      const off = (['manifest', 'ledger'] as const).filter((k) => !model[k]);
      if (off.length > 0) report.notConfigured = off;
      if (fromHead) {
        report.gatesFrom = 'head';
        report.notes.push(
          'Model added to the config by this PR: it has no gates at the base branch, so its gates are read from this PR.',
        );
      }
      if (report.state === 'new') {
        const skipped = gates.some((g) => g.vs === 'production' && g.status === 'skip');
        report.notes.push(
          `New model: no metrics at the base commit.${skipped ? ' Gates vs production are skipped: there is nothing to regress from (only a gate that says `required: true` explicitly fails instead).' : ''}`,
        );
      }
      // Each capability's code (parsers, schema validators) is loaded only for a model that uses it.
      const none: StageResult<never> = { findings: [] };
      const [contract, rollout, manifest, ledger] = await Promise.all([
        contractRun ?? none,
        model.rollout || config.rollout_policy?.require_rollout
          ? import('./stages/rollout.js').then((s) => s.rolloutStage(ctx))
          : none,
        model.manifest ? import('./stages/manifest.js').then((s) => s.manifestStage(ctx)) : none,
        model.ledger ? import('./stages/ledger.js').then((s) => s.ledgerStage(ctx)) : none,
      ]);
      for (const [key, stage] of [
        ['contract', contract],
        ['rollout', rollout],
        ['manifest', manifest],
        ['ledger', ledger],
      ] as const) {
        findings.push(...stage.findings);
        if (stage.section) Object.assign(report, { [key]: stage.section });
      }
      models.push(report);
    }
  }
  const policyChanges =
    resolved.base && resolved.head ? diffPolicy(resolved.base.config, resolved.head.config) : [];
  for (const c of policyChanges.filter((p) => p.flagged)) {
    const line =
      c.at && resolved.head
        ? c.at.gate !== undefined
          ? resolved.head.gateLine(c.at.model, c.at.gate)
          : resolved.head.modelLine(c.at.model)
        : undefined;
    const what = c.metric.startsWith('(')
      ? `${c.metric.slice(1, -1)} of ${c.model}`
      : `gate on ${c.metric}`;
    findings.push({
      level: 'warning',
      check: 'policy',
      rule: 'policy.loosened',
      model: c.model,
      file: input.configPath,
      ...(line ? { line } : {}),
      message: `${what} ${c.kind} (${c.before ?? '-'} → ${c.after ?? '-'}); takes effect after merge`,
    });
  }
  let checklist: Report['checklist'];
  if (inForce && inForce.config.checklist?.enabled !== false) {
    const stage = await checklistStage({
      config: inForce.config,
      configFile: inForce.file,
      ...(inForce.lineOf ? { configLine: inForce.lineOf } : {}),
      models,
      findings: [...findings],
      prBody: input.prBody,
    });
    findings.push(...stage.findings);
    checklist = stage.section;
  }
  const sorted = sortFindings(findings);
  return {
    version: 1,
    ...verdict(sorted, input.failOn),
    failOn: input.failOn,
    pr: input.pr,
    config: {
      file: input.configPath,
      source: resolved.source,
      ...(resolved.note ? { note: resolved.note } : {}),
      ...(inForce?.config.comment?.charts === false ? { charts: false as const } : {}),
      // Who may waive is always the base branch's say, whichever config is in force.
      ...(resolved.base?.config.waivers ? { waivers: resolved.base.config.waivers } : {}),
    },
    policyChanges,
    ...(inForce
      ? {
          scope: {
            models: all.map((e) => e.model.name),
            ...(filter ? { filter: [...filter] } : {}),
          },
        }
      : {}),
    models,
    ...(checklist ? { checklist } : {}),
    findings: sorted,
    tool: { name: 'mlgate', version: VERSION },
    ...(input.runUrl ? { run: { url: input.runUrl } } : {}),
  };
}
