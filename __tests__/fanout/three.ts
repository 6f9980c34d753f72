/**
 * A 3-model repository at a PR's base and head, for fan-out and fan-in: `churn` fails a gate,
 * `ranker` passes, `fraud` is added by the PR; the PR loosens a gate (a PR-level policy finding)
 * and the base config requires checklist items (evaluated once for the PR).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runPipeline } from '../../src/pipeline.js';
import type { FailOn, Report } from '../../src/report/model.js';
import { MemorySource } from '../pipeline/memory.js';

const config = (rankerMin: number, withFraud: boolean) => `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    manifest: models/churn/model.yaml
    gates:
      - { metric: auc, min: 0.82 }
      - { metric: auc, vs: production, max_drop: 0.005 }
      - { metric: latency.p95_ms, max: 80 }
  - name: ranker
    metrics: models/ranker/metrics.json
    ledger: models/ranker/LEDGER.md
    gates:
      - { metric: ndcg, min: ${rankerMin} }
      - { metric: ndcg, vs: production, max_drop: 0.01 }
${
  withFraud
    ? `  - name: fraud
    metrics: models/fraud/metrics.json
    gates:
      - { metric: recall, min: 0.6 }
      - { metric: "slices.*.recall", min: 0.5, level: warn }
`
    : ''
}checklist:
  require: [leakage, fail-closed]
`;

const MANIFEST = `name: churn
version: 1.4.0
`;

const LEDGER_BASE = `# Ledger

## Iteration 1: first model
- Change: first ranker
- Decision: promote
`;

export const base: Record<string, string> = {
  '.mlgate.yml': config(0.4, false),
  'models/churn/metrics.json': '{"auc": 0.85, "latency": {"p95_ms": 60}}',
  'models/churn/model.yaml': MANIFEST,
  'models/ranker/metrics.json': '{"ndcg": 0.45}',
  'models/ranker/LEDGER.md': LEDGER_BASE,
};

export const head: Record<string, string> = {
  '.mlgate.yml': config(0.3, true),
  'models/churn/metrics.json': '{"auc": 0.80, "latency": {"p95_ms": 61}}',
  'models/churn/model.yaml': MANIFEST,
  'models/ranker/metrics.json': '{"ndcg": 0.46}',
  'models/ranker/LEDGER.md': LEDGER_BASE,
  'models/fraud/metrics.json':
    '{"recall": 0.7, "slices": {"eu": {"recall": 0.65}, "us": {"recall": 0.45}}}',
};

export const PR_BODY = `Ship it.

- [x] Leakage risks were checked against prediction-time availability <!-- mlgate:leakage -->
- [ ] Promotion gates are automated and fail closed <!-- mlgate:fail-closed -->
`;

export const NAMES = ['churn', 'ranker', 'fraud'];
export const HEAD_SHA = '2222222222222222222222222222222222222222';
export const BASE_SHA = '1111111111111111111111111111111111111111';

/** Check the 3-model PR, all models or the ones `models` names (a matrix job). */
export function checkThree(
  opts: {
    models?: string[];
    failOn?: FailOn;
    headSha?: string;
    files?: Record<string, string>;
  } = {},
): Promise<Report> {
  return runPipeline({
    head: new MemorySource('head', { ...head, ...opts.files }),
    base: new MemorySource('base (1111111)', base),
    configPath: '.mlgate.yml',
    configSource: 'base',
    prBody: PR_BODY,
    pr: { number: 7, base: BASE_SHA, head: opts.headSha ?? HEAD_SHA },
    failOn: opts.failOn ?? 'error',
    runUrl: 'https://github.com/acme/ml/actions/runs/9',
    ...(opts.models ? { models: opts.models } : {}),
  });
}

/** The 3-model PR as a git repository: base commit, head commit checked out. */
export function threeModelRepo(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-three-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir })
      .toString()
      .trim();
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  git('init', '--quiet', '--initial-branch=main');
  write(base);
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  const b = git('rev-parse', 'HEAD');
  git('checkout', '--quiet', '-b', 'pr');
  write(head);
  git('add', '-A');
  git('commit', '--quiet', '-m', 'head');
  writeFileSync(join(dir, 'PR_BODY.md'), PR_BODY);
  return { dir, base: b, head: git('rev-parse', 'HEAD') };
}
