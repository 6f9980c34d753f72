/**
 * `mlgate init [--dir DIR] [--force] [--model NAME]`: write starter files for a repository — a
 * `.mlgate.yml`, a model manifest, an observation ledger and a PR template with the review
 * checklist. Existing files are never overwritten without `--force`.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checklistSnippet } from './checks/checklist.js';
import { DEFAULT_CONFIG } from './constants.js';
import { isRecord, parseData } from './formats/data.js';
import type { VarsData } from './formats/metrics/dvc-template.js';
import { dvcMetricsFiles, dvcVarsFiles } from './formats/metrics/dvc.js';
import { parseMetrics } from './formats/metrics/index.js';
import { betterOf } from './checks/gates.js';
import { qualify } from './formats/metrics/paths.js';
import { fmt } from './report/numbers.js';
import type { MetricSet } from './types.js';
import { byCodeUnit } from './order.js';

/** A file `init` writes: path relative to the target directory, and its text. */
export interface StarterFile {
  path: string;
  text: string;
}

/** A gate `init` writes: a real metric of the repository and the value it read. */
export interface DetectedGate {
  /** The metric name, qualified `path:name` where several files define it. */
  metric: string;
  value: number;
  better: 'higher' | 'lower';
  /**
   * The file is a DVC-cached output (git-ignored): no commit holds it, so a `vs: production`
   * gate (the base commit's value) could never be evaluated; an absolute floor is written instead.
   */
  cached: boolean;
}

/** What `init` found in the repository: the file `metrics:` names and gates on real metric names. */
export interface Detected {
  metrics: string;
  /** Best first. */
  gates: DetectedGate[];
  /** Declared files that were not there to read (DVC-cached outputs before `dvc pull`). */
  unread: string[];
}

/** The starter files for a model named `model` (pure: no I/O). */
export function starterFiles(model = 'my-model', detected?: Detected): StarterFile[] {
  const dir = `models/${model}`;
  return [
    {
      path: DEFAULT_CONFIG,
      text: detected ? detectedConfig(model, dir, detected) : starterConfig(model, dir),
    },
    { path: `${dir}/model.yaml`, text: starterManifest(model) },
    { path: `${dir}/LEDGER.md`, text: starterLedger(model) },
    { path: '.github/pull_request_template.md', text: starterPrTemplate() },
  ];
}

function starterConfig(model: string, dir: string): string {
  return `# mlgate: gates for promoting ML models in pull requests.
# The gates in force are read from the PR's base branch, so a PR cannot loosen its own gates.
version: 1
models:
  - name: ${model}
    metrics: ${dir}/metrics.json            # written by your training or evaluation job
    # baseline: ${dir}/baseline-metrics.json  # a simple baseline (majority class, rules)
    # contract: data/${model}.odcs.yaml       # ODCS v3 data contract
    # rollout: deploy/${model}-rollout.yaml   # rollout plan (Argo Rollouts, Flagger, KServe or native)
    # Turn these on when you have filled in the templates init wrote:
    # manifest: ${dir}/model.yaml
    # ledger: ${dir}/LEDGER.md
    gates:
      - { metric: auc, min: 0.75 }                         # an absolute floor
      - { metric: auc, vs: production, max_drop: 0.005 }   # no worse than the base branch
      # - { metric: auc, vs: baseline, min_gain: 0.02 }
      # - { metric: "slices.*.recall", min: 0.70, level: warn }
      # - { metric: latency.p95_ms, max: 80 }
checklist:
  # Items that block the merge when they have neither evidence nor a ticked box.
  require: [fail-closed]
ledger_policy:
  append_only: true
  require_entry_when_metrics_change: true
`;
}

/** A value rounded away from failing: down for higher-is-better, up for lower-is-better. */
export function floorOf(value: number, better: 'higher' | 'lower'): number {
  const scale = Math.abs(value) < 10 ? 100 : 1;
  const x = value * scale;
  const r = better === 'higher' ? Math.floor(x + 1e-9) : Math.ceil(x - 1e-9);
  return Number((r / scale).toFixed(scale === 100 ? 2 : 0));
}

function gateLine(g: DetectedGate): string {
  const name = JSON.stringify(g.metric);
  if (g.cached) {
    const bound = g.better === 'higher' ? 'min' : 'max';
    return `      - { metric: ${name}, ${bound}: ${floorOf(g.value, g.better)} }   # read ${fmt(g.value)}`;
  }
  return `      - { metric: ${name}, vs: production, max_drop_pct: 2 }`;
}

function detectedConfig(model: string, dir: string, d: Detected): string {
  const tracked = d.gates.filter((g) => !g.cached);
  const cached = d.gates.filter((g) => g.cached);
  const lines: string[] = [];
  if (tracked.length > 0) {
    lines.push(
      "      # No worse than at the PR's base commit: at most 2 % below (above, for a loss or error).",
      ...tracked.map(gateLine),
    );
    const first = tracked[0];
    lines.push(
      `      # - { metric: ${JSON.stringify(first.metric)}, ${first.better === 'higher' ? 'min' : 'max'}: ${floorOf(first.value, first.better)} }   # an absolute bound (read ${fmt(first.value)})`,
    );
  }
  if (cached.length > 0)
    lines.push(
      '      # DVC-cached metrics (git-ignored) are in no commit, so these bounds are absolute, from the',
      '      # values init read. With `cache: false` on the file (or the stage output holding it) in',
      '      # dvc.yaml, git tracks it and `vs: production` gates can compare with the base branch.',
      ...cached.map(gateLine),
    );
  const gates =
    lines.length > 0
      ? `    gates:\n${lines.join('\n')}`
      : `    # No metric values found${d.unread.length ? ` (${d.unread.join(', ')} not there: DVC-cached? run \`dvc pull\`, then \`mlgate init --force\`)` : ''}: add gates, e.g.\n    #   - { metric: auc, min: 0.75 }\n    gates: []`;
  return `# mlgate: gates for promoting ML models in pull requests.
# The gates in force are read from the PR's base branch, so a PR cannot loosen its own gates.
# Written by \`mlgate init\` from the metrics it found in ${d.metrics}.
version: 1
models:
  - name: ${model}
    metrics: ${d.metrics}
${gates}
    # Turn these on when you have filled in the templates init wrote:
    # manifest: ${dir}/model.yaml
    # ledger: ${dir}/LEDGER.md
checklist:
  # Items that block the merge when they have neither evidence nor a ticked box.
  require: [fail-closed]
`;
}

function starterManifest(model: string): string {
  return `# Model manifest: what the artifact is, how it was trained, how it is served and watched.
name: ${model}
version: 0.1.0
config: configs/${model}.yaml
datasets:
  - { id: ${model}-training, revision: replace-with-snapshot-id }
preprocessing: src/features/${model}.py
run:
  code_sha: replace-with-commit-sha
  config_hash: replace-with-config-hash
  dataset_version: replace-with-dataset-version
  seed: 42
prediction:
  target: replace-with-target-column
  output_schema: { score: float }
  latency_budget_ms: 100
  fallback: replace-with-fallback-behaviour
serving:
  timeout_ms: 200
  fallback: replace-with-fallback-behaviour
monitoring:
  system: replace-with-dashboard-or-alert
  feature_drift: replace-with-drift-check
  prediction_drift: replace-with-drift-check
  delayed_labels: replace-with-label-join
`;
}

function starterLedger(model: string): string {
  return `# Observation ledger: ${model}

One section per iteration, appended at the end and never edited once merged: a correction is a new
entry. mlgate shows each PR's new entries as a diff and suggests the measured metric movement.

\`\`\`markdown
## Iteration 1: short title
- Change: what changed
- Why this mattered: ...
- Metric movement: auc +0.012 (0.831 → 0.843)
- Slice movement: ...
- False positives: ...
- False negatives: ...
- Unexpected errors: ...
- Decision: promote
- Tradeoff accepted: ...
- Lesson captured: ...
- Regression added: ...
- Debt created: ...
- Next iteration: ...
\`\`\`
`;
}

function starterPrTemplate(): string {
  return `## What changed and why

<!-- The model change, the data it was trained on, what you expect to move. -->

${checklistSnippet()}`;
}

/** What to do after `init`: the first steps depend on what it found. */
function nextSteps(model: string, d: Detected | null): string {
  const first = !d
    ? [
        '  1. Point `metrics:` in .mlgate.yml at the metrics file your training job writes, and set the gates',
        "     (mlgate names the closest metric when a gate's name is not in the file).",
        '  2. Fill in the model manifest; every "replace-with-…" value counts as missing until you do.',
      ]
    : d.gates.length === 0
      ? [
          `  1. No metric values were read from ${d.metrics}${d.unread.length ? ` (${d.unread.join(', ')} not there: run \`dvc pull\` or \`dvc repro\`, then \`mlgate init --force\`)` : ''}; add gates to .mlgate.yml.`,
          `  2. Turn on \`manifest:\` and \`ledger:\` in .mlgate.yml once you fill in models/${model}/.`,
        ]
      : [
          `  1. Review the gates .mlgate.yml sets on ${d.gates.map((g) => g.metric).join(', ')} (from ${d.metrics}).`,
          `  2. Turn on \`manifest:\` and \`ledger:\` in .mlgate.yml once you fill in models/${model}/.`,
        ];
  return [
    'Next steps:',
    ...first,
    '  3. Try it (run mlgate the way you ran init, e.g. npx --yes github:OWNER/mlgate#v1 …):',
    '       mlgate check --workspace           your working tree against HEAD, as `dvc metrics diff`',
    '       mlgate check --base HEAD~3 --head HEAD --format text    on past commits',
    '  4. Add the workflow: .github/workflows/mlgate.yml running the mlgate action on pull_request',
    '     (types: opened, synchronize, reopened, edited; see the README for the workflow file).',
    '  5. Make the check required: Settings → Branches (or Rules) → require the "mlgate" status check.',
    '  Reviewers tick the checklist in the PR description (.github/pull_request_template.md has it).',
  ].join('\n');
}

export const INIT_USAGE = `Usage: mlgate init [--dir DIR] [--model NAME] [--force]

Writes a starter .mlgate.yml, a model manifest, LEDGER.md and a PR template with the review
checklist. Existing files are never overwritten without --force.

  --dir DIR      the repository to write in (default: the current directory).
  --model NAME   the model's name in the config and the folder of its files (default my-model).
  --force        overwrite files that exist.`;

/** Common places for a metrics file when there is no dvc.yaml. */
const COMMON = [
  'metrics.json',
  'metrics.yaml',
  'eval/metrics.json',
  'evaluation/metrics.json',
  'results/metrics.json',
  'reports/metrics.json',
  'outputs/metrics.json',
  'metrics/metrics.json',
];

/** Headline metric words, best first: a gate on these says most about a model. */
const HEADLINE = [
  'auc',
  'roc_auc',
  'avg_prec',
  'average_precision',
  'f1',
  'dice',
  'accuracy',
  'acc',
  'precision',
  'recall',
  'r2',
  'map',
  'ndcg',
  'rmse',
  'mae',
  'mse',
  'loss',
];

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** The headline word a metric name carries (any segment), as its index in HEADLINE, or -1. */
function headline(name: string): number {
  let best = -1;
  for (const seg of name.toLowerCase().split('.')) {
    const i = HEADLINE.findIndex((w) => seg === w || seg.includes(w));
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

const HELD_OUT =
  /(^|[./_-])(test|eval|evaluate|evaluation|val|valid|validation|holdout)([./_-]|$)/i;
const TRAINING = /(^|[./_-])(train|training)([./_-]|$)/i;

/**
 * The repository's metrics: a root dvc.yaml's declared files (when any is present), else the
 * first common metrics file; gates on up to three headline numeric metrics that exist, held-out
 * scores (`test`, `eval`, … in the file or name) before training ones, and training scores only
 * when there is nothing else.
 */
export async function detectMetrics(root: string): Promise<Detected | null> {
  const sets: { set: MetricSet; cached: boolean }[] = [];
  const unread: string[] = [];
  let metrics: string | null = null;
  const dvc = await readText(join(root, 'dvc.yaml'));
  if (dvc !== null) {
    const vars: VarsData = new Map();
    for (const v of dvcVarsFiles('dvc.yaml', dvc)) {
      const text = await readText(join(root, v));
      const parsed = text === null ? null : parseData(text);
      vars.set(v, parsed?.ok && isRecord(parsed.value.data) ? parsed.value.data : null);
    }
    const { files } = dvcMetricsFiles('dvc.yaml', dvc, vars);
    if (files.length > 0) metrics = 'dvc.yaml';
    for (const f of files) {
      const text = await readText(join(root, f.path));
      if (text === null) unread.push(f.path);
      const parsed = text === null ? null : parseMetrics(f.path, text);
      if (parsed?.set) sets.push({ set: parsed.set, cached: f.cachedBy !== undefined });
    }
  }
  if (!metrics) {
    for (const path of COMMON) {
      const text = await readText(join(root, path));
      const parsed = text === null ? null : parseMetrics(path, text);
      if (parsed?.set) {
        metrics = path;
        sets.push({ set: parsed.set, cached: false });
        break;
      }
    }
  }
  if (!metrics) return null;
  const leaves = sets.flatMap(({ set, cached }) =>
    [...set.values.entries()]
      .filter(([, v]) => typeof v.value === 'number' && Number.isFinite(v.value))
      .map(([name, v]) => ({ file: set.file, name, value: v.value as number, cached })),
  );
  const files = (name: string) => leaves.filter((l) => l.name === name).length;
  const where = (l: { file: string; name: string }) => `${l.file}/${l.name}`;
  let candidates = leaves.filter((l) => headline(l.name) >= 0);
  // A training score says little about the model: gate on held-out ones when there are any.
  const scored = candidates.filter((l) => !TRAINING.test(where(l)));
  if (scored.length > 0) candidates = scored;
  const rank = (l: { file: string; name: string }) =>
    headline(l.name) * 2 + (HELD_OUT.test(where(l)) ? 0 : 1);
  const gates: DetectedGate[] = [];
  for (const l of candidates.sort((a, b) => rank(a) - rank(b) || byCodeUnit(a.name, b.name))) {
    const metric = files(l.name) > 1 ? qualify(l.file, l.name) : l.name;
    if (gates.some((g) => g.metric === metric)) continue;
    gates.push({ metric, value: l.value, better: betterOf({}, l.name), cached: l.cached });
    if (gates.length === 3) break;
  }
  return { metrics, gates, unread };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Run `mlgate init`; returns the exit status (0 written, 2 usage error or refused overwrite). */
export async function runInit(
  args: string[],
  out: { write(s: string): unknown } = process.stdout,
  err: { write(s: string): unknown } = process.stderr,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      dir: { type: 'string', default: '.' },
      force: { type: 'boolean', default: false },
      model: { type: 'string', default: 'my-model' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    out.write(`${INIT_USAGE}\n`);
    return 0;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(values.model)) {
    err.write(
      `mlgate init: --model "${values.model}" is not a valid model name (letters, digits, ".", "_", "-")\n`,
    );
    return 2;
  }
  const root = resolve(values.dir);
  const detected = await detectMetrics(root);
  const files = starterFiles(values.model, detected ?? undefined);
  const existing: string[] = [];
  for (const f of files) if (await exists(join(root, f.path))) existing.push(f.path);
  if (existing.length > 0 && !values.force) {
    err.write(
      `mlgate init: not overwriting existing files in ${root}:\n${existing.map((p) => `  ${p}`).join('\n')}\nNothing was written. Re-run with --force to overwrite them.\n`,
    );
    return 2;
  }
  for (const f of files) {
    const target = join(root, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.text);
  }
  const wrote = files.map((f) => `  ${f.path}${existing.includes(f.path) ? ' (overwritten)' : ''}`);
  out.write(
    `mlgate init: wrote in ${root}:\n${wrote.join('\n')}\n\n${nextSteps(values.model, detected)}\n`,
  );
  return 0;
}
