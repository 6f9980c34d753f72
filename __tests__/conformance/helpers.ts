/**
 * Conformance helpers: throwaway git repos built from file maps, the CLI bundle spawned on them,
 * and the SPEC §2 example config with metrics files that satisfy it.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export const CLI = resolve('dist/cli.js');

export type Files = Record<string, string>;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn `node dist/cli.js args…` in `cwd`. */
export function cli(cwd: string, args: string[], env?: Record<string, string>): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run package` first');
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      ...(env ? { env: { ...process.env, ...env } } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Every file under `dir`, relative path → text. */
export function readTree(dir: string): Files {
  const out: Files = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A git repository whose commits hold the given trees in order; returns the dir and the SHAs. */
export class Repo {
  readonly dir = mkdtempSync(join(tmpdir(), 'mlgate-conformance-'));
  readonly shas: string[] = [];

  constructor() {
    this.git('init', '--quiet', '--initial-branch=main');
  }

  git(...args: string[]): string {
    return execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', '-c', 'commit.gpgsign=false', ...args],
      { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] },
    )
      .toString()
      .trim();
  }

  /** Replace the work tree with `files` (without committing). */
  write(files: Files): void {
    for (const entry of readdirSync(this.dir))
      if (entry !== '.git') rmSync(join(this.dir, entry), { recursive: true, force: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
  }

  commit(files: Files, message = 'commit'): string {
    this.write(files);
    this.git('add', '-A');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    const sha = this.git('rev-parse', 'HEAD');
    this.shas.push(sha);
    return sha;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The config example of SPEC §2, verbatim. */
export const SPEC_CONFIG = `version: 1
models:
  - name: churn                                   # unique; used in the comment and report
    metrics: models/churn/metrics.json            # candidate metrics (section 3)
    baseline: models/churn/baseline-metrics.json  # optional: simple baseline (majority class, rules)
    production: base                              # default \`base\`: the metrics file at the PR's base commit;
                                                  # or a path to a file holding production metrics
    manifest: models/churn/model.yaml             # optional: model manifest (section 6)
    contract: data/churn.odcs.yaml                # optional: ODCS v3 data contract (section 4)
    rollout: deploy/churn-rollout.yaml            # optional: rollout plan (section 5)
    ledger: models/churn/LEDGER.md                # optional: observation ledger (section 7)
    gates:
      - { metric: auc, min: 0.82 }
      - { metric: calibration_error, max: 0.04 }
      - { metric: latency.p95_ms, max: 80 }
      - { metric: auc, vs: production, max_drop: 0.005 }
      - { metric: auc, vs: baseline, min_gain: 0.02 }
      - { metric: "slices.*.recall", min: 0.70, level: warn }
      - { metric: "slices.*.positive_rate", aggregate: ratio, min: 0.8 }   # disparate-impact ratio
      - { metric: auc, bound: lower, min: 0.80 }                          # lower end of the CI
      - { metric: "drift.*.psi", max: 0.25 }
rollout_policy: { max_first_step: 10, min_bake: 10m, gate_before: 50 }    # optional (section 5)
contract_policy: { require_ml: true }                                     # optional (section 4)
checklist:                                        # optional (section 7); default: the 12 items
  require: [data-contract, leakage, reproducible, baseline-production, fail-closed]
  items:
    - { id: fairness-review, text: "Fairness slices reviewed by the decision owner", attest: true }
ledger_policy: { require_entry_when_metrics_change: true, append_only: true }
`;

export const META = {
  code_sha: 'a81d3c0',
  config_hash: 'sha256:41e7',
  dataset_version: 'churn-2026-11-15',
  seed: 17,
};

/** Head metrics for the SPEC §2 config: every gate has something to read. */
export function specMetrics(over: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      auc: { value: 0.843, ci: [0.835, 0.851] },
      calibration_error: 0.028,
      latency: { p95_ms: 66, p50_ms: 24 },
      slices: {
        tenure_lt_6m: { recall: 0.77, positive_rate: 0.3 },
        tenure_6_24m: { recall: 0.72, positive_rate: 0.27 },
        tenure_gt_24m: { recall: 0.71, positive_rate: 0.25 },
      },
      drift: {
        age: {
          edges: [0, 30, 50, 120],
          reference: { counts: [30, 40, 30] },
          current: { counts: [32, 38, 30] },
        },
        plan: { psi: 0.05 },
      },
      meta: META,
      ...over,
    },
    null,
    2,
  );
}

/** The bundled example's base and head trees with the SPEC §2 config at both commits. */
export function specTrees(headMetrics = specMetrics()): { base: Files; head: Files } {
  const base = { ...readTree(resolve('examples/base')), '.mlgate.yml': SPEC_CONFIG };
  const head = {
    ...readTree(resolve('examples/head')),
    '.mlgate.yml': SPEC_CONFIG,
    'models/churn/metrics.json': headMetrics,
  };
  return { base, head };
}
