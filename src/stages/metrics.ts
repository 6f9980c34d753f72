/**
 * The metrics stage: head, base, production and baseline metrics for one model. A `dvc.yaml`
 * names the metrics files to read (relative to its folder, confined to the repository); they are
 * merged into one set.
 */
import type { Config, ModelConfig } from '../config/types.js';
import { dvcMetricsFiles, isDvcYaml } from '../formats/metrics/dvc.js';
import { parseMetrics } from '../formats/metrics/index.js';
import { confinePath, type FileSource } from '../sources/types.js';
import type { Finding, MetricSet } from '../types.js';
import { readOrFinding, type ModelMetrics } from './context.js';

interface Loaded {
  set: MetricSet | null;
  findings: Finding[];
  /** The file itself is absent (not unreadable or invalid). */
  missing: boolean;
}

async function load(
  source: FileSource,
  path: string,
  model: string,
  config: Config,
  missingLevel: Finding['level'] | null,
): Promise<Loaded> {
  const read = await readOrFinding(source, path, 'metrics', model, missingLevel ?? 'notice');
  if (!read.ok) {
    const missing = read.result.reason === 'missing';
    const silent = missingLevel === null && missing;
    return { set: null, findings: silent ? [] : [read.finding], missing };
  }
  const opts = { model, psiEpsilon: config.metrics_policy?.psi_epsilon };
  if (!isDvcYaml(read.path)) return { ...parseMetrics(read.path, read.text, opts), missing: false };
  return { ...(await loadDvc(source, read.path, read.text, model, opts)), missing: false };
}

/** Read every metrics file a dvc.yaml declares and merge them (the first file wins a clash). */
async function loadDvc(
  source: FileSource,
  file: string,
  text: string,
  model: string,
  opts: { model: string; psiEpsilon?: number },
): Promise<{ set: MetricSet | null; findings: Finding[] }> {
  const at = (message: string, line?: number): Finding => ({
    level: 'error',
    check: 'metrics',
    model,
    file,
    ...(line ? { line } : {}),
    message,
  });
  const { files, issues } = dvcMetricsFiles(file, text);
  const findings = issues.map((i) => at(i.message, i.line));
  if (files.length === 0) return { set: null, findings };
  const merged: MetricSet = { file, values: new Map(), meta: {}, notes: [] };
  // A metric's line is looked up in the set (file) it was read from.
  const owners = new Map<string, MetricSet>();
  merged.lineOf = (name) => owners.get(name)?.lineOf?.(name);
  let anyRead = false;
  for (const entry of files) {
    const confined = confinePath(entry.path);
    if (!confined.ok) {
      findings.push(at(`metrics file ${confined.message}`, entry.line));
      continue;
    }
    if (isDvcYaml(confined.path)) {
      findings.push(
        at(`${confined.path}: a dvc.yaml cannot name another dvc.yaml as metrics`, entry.line),
      );
      continue;
    }
    const read = await readOrFinding(source, confined.path, 'metrics', model, 'error');
    if (!read.ok) {
      findings.push({ ...read.finding, message: `${read.finding.message} (declared in ${file})` });
      continue;
    }
    const parsed = parseMetrics(read.path, read.text, opts);
    findings.push(...parsed.findings);
    if (!parsed.set) continue;
    anyRead = true;
    for (const [name, value] of parsed.set.values) {
      if (merged.values.has(name)) {
        findings.push(
          at(
            `${name} is declared by several metrics files; the first (in dvc.yaml order) is used`,
            entry.line,
          ),
        );
        // The line belongs to another file than the dvc.yaml this set is named after.
      } else {
        merged.values.set(name, {
          value: value.value,
          ...(value.ci ? { ci: value.ci } : {}),
          ...(value.line ? { line: value.line } : {}),
          file: read.path,
        });
        if (!value.line) owners.set(name, parsed.set);
      }
    }
    Object.assign(merged.meta, { ...parsed.set.meta, ...merged.meta });
    merged.notes.push(...parsed.set.notes.filter((n) => !merged.notes.includes(n)));
  }
  return { set: anyRead ? merged : null, findings };
}

/**
 * A reference file (baseline, production) that this PR adds or edits moves the bar the PR is
 * measured against: say so, so a reviewer looks (or `references: base` makes it moot).
 */
async function referenceChanged(
  head: FileSource,
  base: FileSource,
  path: string,
  kind: 'baseline' | 'production',
  model: string,
): Promise<Finding[]> {
  const [h, b] = await Promise.all([head.read(path), base.read(path)]);
  if (!h.ok) return [];
  const what =
    !b.ok && b.reason === 'missing'
      ? 'added'
      : !b.ok
        ? 'not comparable with the base commit (unreadable there)'
        : b.text !== h.text
          ? 'changed'
          : null;
  if (!what) return [];
  return [
    {
      level: 'warning',
      check: 'metrics',
      rule: `reference.${what === 'added' ? 'added' : what === 'changed' ? 'edited' : 'unreadable'}`,
      model,
      file: h.path,
      message: `${h.path}: the ${kind} reference is ${what === 'added' || what === 'changed' ? `${what} by this PR` : what}; vs ${kind} gates compare with the PR's version (set \`references: base\` on model \`${model}\` to read references at the base commit)`,
    },
  ];
}

export interface MetricsStageResult {
  metrics: ModelMetrics;
  findings: Finding[];
  /** No metrics file at the base commit: the model is new in this PR. */
  isNew: boolean;
}

/** Read every metrics file the model names. A missing head file is an error; a missing base file means a new model. */
export async function metricsStage(
  model: ModelConfig,
  config: Config,
  head: FileSource,
  base: FileSource | null,
): Promise<MetricsStageResult> {
  const findings: Finding[] = [];
  const headRes = await load(head, model.metrics, model.name, config, 'error');
  // A newcomer's most common slip: the path is wrong, or the job that writes the file has not run.
  const hint = `; fix the \`metrics:\` path of model \`${model.name}\` in the config (relative to the repository root) or commit the file your evaluation job writes`;
  findings.push(
    ...headRes.findings.map((f) => (headRes.missing ? { ...f, message: f.message + hint } : f)),
  );
  let baseRes: Loaded = { set: null, findings: [], missing: false };
  if (base) {
    baseRes = await load(base, model.metrics, model.name, config, null);
    // Problems in the base file are the base's, not this PR's: show them without blocking.
    findings.push(
      ...baseRes.findings.map((f) => ({
        ...f,
        level: 'warning' as const,
        message: `at base: ${f.message}`,
      })),
    );
  }
  let production = baseRes.set;
  // References come from the head by default (flagged when the PR adds or edits them), or from
  // the base commit with `references: base`, so a PR cannot move the bar it is measured against.
  const fromBase = model.references === 'base';
  const refSource = fromBase ? base : head;
  const readRef = async (path: string, kind: 'baseline' | 'production') => {
    if (!refSource) {
      const message = `${path}: no base commit to read the ${kind} reference from (\`references: base\`)`;
      return {
        set: null,
        findings: [
          {
            level: 'error' as const,
            check: 'metrics' as const,
            model: model.name,
            file: path,
            message,
          },
        ],
      };
    }
    const res = await load(refSource, path, model.name, config, 'error');
    const findings = fromBase
      ? res.findings.map((f) => ({ ...f, message: `at base: ${f.message}` }))
      : res.findings;
    if (!fromBase && base)
      findings.push(...(await referenceChanged(head, base, path, kind, model.name)));
    return { set: res.set, findings };
  };
  if (model.production && model.production !== 'base') {
    const prod = await readRef(model.production, 'production');
    findings.push(...prod.findings);
    production = prod.set;
  }
  let baseline: MetricSet | null = null;
  if (model.baseline) {
    const bl = await readRef(model.baseline, 'baseline');
    findings.push(...bl.findings);
    baseline = bl.set;
  }
  return {
    metrics: { head: headRes.set, base: baseRes.set, production, baseline },
    findings,
    isNew: base !== null && baseRes.missing,
  };
}
