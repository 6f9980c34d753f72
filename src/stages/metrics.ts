/**
 * The metrics stage: head, base, production and baseline metrics for one model. `metrics:` names
 * one file or a list; a `dvc.yaml` names the metrics files to read (relative to its folder,
 * confined to the repository). Several files merge into one set in which every metric keeps its
 * file (`path:name` keys, see formats/metrics/paths.ts), so two files sharing a key never collide.
 */
import type { Config, ModelConfig } from '../config/types.js';
import { isRecord, parseData } from '../formats/data.js';
import type { VarsData } from '../formats/metrics/dvc-template.js';
import { dvcMetricsFiles, dvcVarsFiles, isDvcYaml } from '../formats/metrics/dvc.js';
import { parseToml } from '../formats/metrics/toml.js';
import { parseMetrics } from '../formats/metrics/index.js';
import { qualify } from '../formats/metrics/paths.js';
import { inRevision } from '../checks/measure.js';
import { confinePath, type FileSource } from '../sources/types.js';
import type { Finding, MetricSet } from '../types.js';
import { readOrFinding, type ModelMetrics } from './context.js';

interface Loaded {
  set: MetricSet | null;
  findings: Finding[];
  /** The file itself is absent (not unreadable or invalid). */
  missing: boolean;
  /** Declared files that are absent and DVC-cached (git-ignored outputs, never in a commit). */
  cachedMissing: string[];
}

type Opts = { model: string; psiEpsilon?: number };

/** The files `metrics:` names, as a list. */
export function metricsPaths(model: Pick<ModelConfig, 'metrics'>): string[] {
  return Array.isArray(model.metrics) ? model.metrics : [model.metrics];
}

/** One declared metrics file: where it was declared (a dvc.yaml and its line), when it was. */
interface Declared {
  path: string;
  from?: { file: string; line?: number };
  /** The dvc.yaml stage whose cached output this file is. */
  cachedBy?: string;
}

async function load(
  source: FileSource,
  paths: string | string[],
  model: string,
  config: Config,
  missingLevel: Finding['level'] | null,
): Promise<Loaded> {
  const opts: Opts = { model, psiEpsilon: config.metrics_policy?.psi_epsilon };
  const list = Array.isArray(paths) ? paths : [paths];
  if (list.length === 1 && !isDvcYaml(list[0])) return loadOne(source, list[0], opts, missingLevel);
  const findings: Finding[] = [];
  const declared: Declared[] = [];
  let missing = 0;
  for (const path of list) {
    if (!isDvcYaml(path)) {
      declared.push({ path });
      continue;
    }
    const read = await readOrFinding(source, path, 'metrics', model, missingLevel ?? 'notice');
    if (!read.ok) {
      if (read.result.reason === 'missing') missing++;
      if (!(missingLevel === null && read.result.reason === 'missing')) findings.push(read.finding);
      continue;
    }
    const vars = await readVars(source, dvcVarsFiles(read.path, read.text));
    declared.push(...dvcDeclared(read.path, read.text, vars, model, findings));
  }
  const merged = await loadMerged(source, declared, list[0], opts, missingLevel, findings);
  return {
    set: merged.set,
    findings,
    missing: missing === list.length || merged.allMissing,
    cachedMissing: merged.cachedMissing,
  };
}

async function loadOne(
  source: FileSource,
  path: string,
  opts: Opts,
  missingLevel: Finding['level'] | null,
): Promise<Loaded> {
  const read = await readOrFinding(source, path, 'metrics', opts.model, missingLevel ?? 'notice');
  if (!read.ok) {
    const missing = read.result.reason === 'missing';
    const silent = missingLevel === null && missing;
    return { set: null, findings: silent ? [] : [read.finding], missing, cachedMissing: [] };
  }
  return { ...parseMetrics(read.path, read.text, opts), missing: false, cachedMissing: [] };
}

/**
 * The data of the files a dvc.yaml's `${…}` templating may read (absent or unreadable files are
 * null: the templating then says which `${…}` it could not resolve).
 */
async function readVars(source: FileSource, paths: string[]): Promise<VarsData> {
  const out: VarsData = new Map();
  for (const path of paths) {
    const confined = confinePath(path);
    if (!confined.ok) {
      out.set(path, null);
      continue;
    }
    const read = await source.read(confined.path);
    const parsed = !read.ok
      ? null
      : /\.toml$/i.test(path)
        ? parseToml(read.text)
        : parseData(read.text);
    const data = parsed?.ok ? parsed.value.data : null;
    out.set(path, isRecord(data) ? data : null);
  }
  return out;
}

/** The metrics files a dvc.yaml declares, confined to the repository. */
function dvcDeclared(
  file: string,
  text: string,
  vars: VarsData,
  model: string,
  findings: Finding[],
): Declared[] {
  const at = (message: string, line?: number): Finding => ({
    level: 'error',
    check: 'metrics',
    model,
    file,
    ...(line ? { line } : {}),
    message,
  });
  const { files, issues } = dvcMetricsFiles(file, text, vars);
  findings.push(...issues.map((i) => at(i.message, i.line)));
  const out: Declared[] = [];
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
    out.push({
      path: confined.path,
      from: { file, line: entry.line },
      ...(entry.cachedBy ? { cachedBy: entry.cachedBy } : {}),
    });
  }
  return out;
}

/** Read every declared file into one set keyed `path:name`. */
async function loadMerged(
  source: FileSource,
  declared: Declared[],
  name: string,
  opts: Opts,
  missingLevel: Finding['level'] | null,
  findings: Finding[],
): Promise<{ set: MetricSet | null; allMissing: boolean; cachedMissing: string[] }> {
  const files: string[] = [];
  const merged: MetricSet = { file: name, files, values: new Map(), meta: {}, notes: [] };
  const owners = new Map<string, { set: MetricSet; name: string }>();
  merged.lineOf = (key) => {
    const owner = owners.get(key);
    return owner?.set.lineOf?.(owner.name);
  };
  let anyRead = false;
  let missing = 0;
  const cachedMissing: string[] = [];
  for (const entry of declared) {
    if (files.includes(entry.path)) continue;
    files.push(entry.path);
    const read = await readOrFinding(
      source,
      entry.path,
      'metrics',
      opts.model,
      missingLevel ?? 'notice',
    );
    if (!read.ok) {
      if (read.result.reason === 'missing') missing++;
      if (read.result.reason === 'missing' && entry.cachedBy) cachedMissing.push(entry.path);
      if (missingLevel === null && read.result.reason === 'missing') continue;
      const where = entry.from
        ? ` (declared in ${entry.from.file}${entry.from.line ? `:${entry.from.line}` : ''})`
        : '';
      // A DVC-cached output is git-ignored: a fresh checkout has it only after `dvc pull`, and
      // no commit ever holds it.
      const cached =
        read.result.reason !== 'missing' || !entry.cachedBy
          ? ''
          : source.label.startsWith('commit ')
            ? `; it is a DVC-cached output of stage \`${entry.cachedBy}\` (git-ignored), so no commit holds it: check the working tree after \`dvc pull\` (\`mlgate check --workspace\`), or declare the metric with \`cache: false\` so that git tracks it`
            : `; it is a DVC-cached output of stage \`${entry.cachedBy}\` (git-ignored, so not in a fresh checkout): run \`dvc pull\` (or \`dvc repro\`) before mlgate, or declare the metric with \`cache: false\` so that git tracks it`;
      findings.push({ ...read.finding, message: `${read.finding.message}${where}${cached}` });
      continue;
    }
    const parsed = parseMetrics(read.path, read.text, opts);
    findings.push(...parsed.findings);
    if (!parsed.set) continue;
    anyRead = true;
    for (const [key, value] of parsed.set.values) {
      const q = qualify(read.path, key);
      merged.values.set(q, { ...value, file: read.path });
      // Lines are looked up lazily, in the file the metric was read from.
      if (!value.line) owners.set(q, { set: parsed.set, name: key });
    }
    Object.assign(merged.meta, { ...parsed.set.meta, ...merged.meta });
    merged.notes.push(...parsed.set.notes.filter((n) => !merged.notes.includes(n)));
  }
  return {
    set: anyRead ? merged : null,
    allMissing: declared.length > 0 && missing === declared.length,
    cachedMissing,
  };
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
  /** Where a side with no metrics looked (see GateInputs.unread). */
  unread: Partial<Record<'head' | 'production' | 'baseline', string>>;
  /** Notes for the model's section (a DVC-cached metrics file the base commit cannot hold). */
  notes: string[];
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
    ...headRes.findings.map((f) =>
      headRes.missing && !f.message.includes('dvc pull') ? { ...f, message: f.message + hint } : f,
    ),
  );
  let baseRes: Loaded = { set: null, findings: [], missing: false, cachedMissing: [] };
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
  // A DVC-cached metrics file is in no commit: the base has no values, and that is no new model.
  const cachedAtBase = base ? baseRes.cachedMissing : [];
  const cachedNote =
    cachedAtBase.length === 0
      ? ''
      : `${cachedAtBase.map((f) => `\`${f}\``).join(', ')} ${cachedAtBase.length === 1 ? 'is a DVC-cached output' : 'are DVC-cached outputs'} (git-ignored), not in git ${inRevision((base as FileSource).label)}`;
  const it = cachedAtBase.length === 1 ? 'it' : 'them';
  const notes = cachedNote
    ? [
        `${cachedNote}: the diff has no base values for ${it} and \`vs: production\` gates have no reference. Set \`cache: false\` on ${it} (or on the stage output holding ${it}) in dvc.yaml to compare commits.`,
      ]
    : [];
  // Every set says which revision it was read at, and every missing side where it looked.
  const looked = (paths: string, source: FileSource | null) =>
    source
      ? `no metrics read from ${paths} ${inRevision(source.label)}${source === base && cachedNote ? `: ${cachedNote}` : ''}`
      : 'no base commit';
  const paths = metricsPaths(model).join(', ');
  const unread: MetricsStageResult['unread'] = {};
  if (headRes.set) headRes.set.at = head.label;
  else unread.head = looked(paths, head);
  if (baseRes.set && base) baseRes.set.at = base.label;
  const productionPath = model.production && model.production !== 'base' ? model.production : null;
  const productionSource = productionPath ? refSource : base;
  if (production && productionPath && refSource) production.at = refSource.label;
  if (!production) unread.production = looked(productionPath ?? paths, productionSource);
  if (baseline && refSource) baseline.at = refSource.label;
  if (!baseline && model.baseline) unread.baseline = looked(model.baseline, refSource);
  return {
    metrics: { head: headRes.set, base: baseRes.set, production, baseline },
    unread,
    notes,
    findings,
    isNew: base !== null && baseRes.missing && cachedAtBase.length === 0,
  };
}
