/**
 * `mlgate init [--dir DIR] [--force] [--model NAME]`: write starter files for a repository — a
 * `.mlgate.yml`, a model manifest, an observation ledger and a PR template with the review
 * checklist. Existing files are never overwritten without `--force`.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checklistSnippet } from './checks/checklist.js';
import { DEFAULT_CONFIG } from './constants.js';

/** A file `init` writes: path relative to the target directory, and its text. */
export interface StarterFile {
  path: string;
  text: string;
}

/** The starter files for a model named `model` (pure: no I/O). */
export function starterFiles(model = 'my-model'): StarterFile[] {
  const dir = `models/${model}`;
  return [
    { path: DEFAULT_CONFIG, text: starterConfig(model, dir) },
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
    manifest: ${dir}/model.yaml
    ledger: ${dir}/LEDGER.md
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

const NEXT_STEPS = `Next steps:
  1. Point \`metrics:\` in .mlgate.yml at the metrics file your training job writes, and set the gates
     (mlgate names the closest metric when a gate's name is not in the file).
  2. Fill in the model manifest; every "replace-with-…" value counts as missing until you do.
  3. Try it locally: mlgate check --workspace (run it the way you ran init, e.g.
     npx github:OWNER/mlgate#v1 check --workspace); it prints the comment a PR would get.
  4. Add the workflow: .github/workflows/mlgate.yml running the mlgate action on pull_request
     (types: opened, synchronize, reopened, edited; see the README for the workflow file).
  5. Make the check required: Settings → Branches (or Rules) → require the "mlgate" status check.
  Reviewers tick the checklist in the PR description (.github/pull_request_template.md has it).`;

export const INIT_USAGE = `Usage: mlgate init [--dir DIR] [--model NAME] [--force]

Writes a starter .mlgate.yml, a model manifest, LEDGER.md and a PR template with the review
checklist. Existing files are never overwritten without --force.

  --dir DIR      the repository to write in (default: the current directory).
  --model NAME   the model's name in the config and the folder of its files (default my-model).
  --force        overwrite files that exist.`;

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
  const files = starterFiles(values.model);
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
  out.write(`mlgate init: wrote in ${root}:\n${wrote.join('\n')}\n\n${NEXT_STEPS}\n`);
  return 0;
}
