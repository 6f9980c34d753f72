/** The report (SPEC §9): what the pipeline produces and every surface renders. */
import type { Finding, GateResult, Level, MetricRow, PrInfo } from '../types.js';
import type { ContractSection } from '../stages/contract.js';
import type { RolloutSection } from '../stages/rollout.js';
import type { ManifestSection } from '../stages/manifest.js';
import type { LedgerSection } from '../stages/ledger.js';
import type { ChecklistSection } from '../stages/checklist.js';
import type { PolicyChange } from '../checks/policy.js';
import type { WaiverEntry, WaiverState } from '../checks/waivers.js';
import type { WaiverPolicy } from '../config/types.js';
import { byCodeUnit } from '../order.js';

export type FailOn = 'error' | 'warning' | 'never';

/** One model's part of the report. */
export interface ModelReport {
  name: string;
  /** `new`: no metrics at the base commit (a model added by this PR). */
  state: 'new' | 'existing';
  /** What `metrics:` names (a list joined with ', '). */
  metricsFile: string;
  /** The metrics files read, when `metrics:` is a dvc.yaml or a list (head's, then base-only ones). */
  metricsFiles?: string[];
  gates: GateResult[];
  /**
   * The metric diff. Its base side is the base commit's metrics, or, when `diffBase` says so, the
   * production file's (the values `vs: production` gates compare with).
   */
  metrics: MetricRow[];
  /**
   * Present when the diff's base side is not the base commit: `production:` names a file, and the
   * diff then compares that file with head, as the gates do (`base` of each row is its value).
   */
  diffBase?: { kind: 'production'; file: string };
  /** Optional files the model does not name yet: each renderer says in one line how to turn it on. */
  notConfigured?: NotConfigured[];
  /** Run metadata from the head metrics' `meta` block. */
  meta: Record<string, string | number | boolean | null>;
  notes: string[];
  /** Where this model's gates come from, when it differs from `config.source` (a model added by the PR). */
  gatesFrom?: 'base' | 'head';
  contract?: ContractSection;
  rollout?: RolloutSection;
  manifest?: ManifestSection;
  ledger?: LedgerSection;
}

/** A model file `mlgate init` writes a template for, which the model's config may not name yet. */
export type NotConfigured = 'manifest' | 'ledger';

/** How to turn each on, in one line (text and comment). */
export const TURN_ON: Record<NotConfigured, string> = {
  manifest:
    'add `manifest: <path of model.yaml>` to the model to check what the artifact is, how it is served and watched (`mlgate init` writes a template)',
  ledger:
    'add `ledger: <path of LEDGER.md>` to the model to keep one entry per iteration, with the measured metric movement suggested (`mlgate init` writes a template)',
};

/** The models in force and the filter of a matrix job (`check --model`, the `models` input). */
export interface ReportScope {
  /** Every model in force, in config order. */
  models: string[];
  /** The patterns that chose this report's models; absent when every model was checked. */
  filter?: string[];
}

export interface Report {
  version: 1;
  passed: boolean;
  /** Waived findings are counted in `waived` only: they do not block. */
  counts: { errors: number; warnings: number; notices: number; waived: number };
  failOn: FailOn;
  pr: PrInfo;
  /** `waivers`: the base branch's waiver policy, when it has one (waivers are on). `charts: false`
   * when the config turns the comment's Mermaid charts off. */
  config: {
    file: string;
    source: 'base' | 'head';
    note?: string;
    waivers?: WaiverPolicy;
    charts?: false;
  };
  policyChanges: PolicyChange[];
  /**
   * Which models this report covers: every model in force, and the filter that chose `models`
   * among them (a matrix job). Merge checks the jobs' reports against it.
   */
  scope?: ReportScope;
  models: ModelReport[];
  checklist?: ChecklistSection;
  findings: Finding[];
  /** Fan-in: the matrix jobs' report files this report merges, and the models each covered. */
  merged?: { reports: { file: string; models: string[] }[] };
  tool: { name: 'mlgate'; version: string };
  run?: { url?: string };
  /** Waiver commands found on the PR and what became of each (GitHub runs with `waivers:` only). */
  waivers?: {
    entries: WaiverEntry[];
    /** Pinned fingerprints per waiving comment, carried to the next run in the sticky comment. */
    state: WaiverState;
  };
}

const RANK: Record<Level, number> = { error: 2, warning: 1, notice: 0 };

/** Counts and the verdict: `passed` is false exactly when a finding at or above `failOn` exists. */
export function verdict(findings: Finding[], failOn: FailOn): Pick<Report, 'passed' | 'counts'> {
  const counts = { errors: 0, warnings: 0, notices: 0, waived: 0 };
  for (const f of findings) {
    if (f.status === 'waived') counts.waived++;
    else if (f.level === 'error') counts.errors++;
    else if (f.level === 'warning') counts.warnings++;
    else counts.notices++;
  }
  const floor = failOn === 'never' ? Infinity : RANK[failOn === 'warning' ? 'warning' : 'error'];
  const passed = !findings.some((f) => f.status !== 'waived' && RANK[f.level] >= floor);
  return { passed, counts };
}

/**
 * A finding's message for a line that already shows its file: many messages start with the file
 * (`data/x.yaml: not found at commit 1a2b3c4`) so they read well alone, in annotations and the JSON.
 */
export function messageAfterFile(f: Finding): string {
  return f.file && f.message.startsWith(`${f.file}: `)
    ? f.message.slice(f.file.length + 2)
    : f.message;
}

const byRank = (a: Finding, b: Finding): number =>
  RANK[b.level] - RANK[a.level] ||
  byCodeUnit(a.file ?? '', b.file ?? '') ||
  (a.line ?? 0) - (b.line ?? 0) ||
  byCodeUnit(a.message, b.message);

/** Stable order for findings: errors first, then by file, line and message. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(byRank);
}

/**
 * `findings` (already in order) with `extra` sorted in: one merge, not a new sort of the whole
 * list (a forged report can hold hundreds of thousands of findings; sorting them again for each
 * finding added after the pipeline took seconds).
 */
export function addFindings(findings: readonly Finding[], extra: readonly Finding[]): Finding[] {
  const add = [...extra].sort(byRank);
  const out: Finding[] = [];
  let j = 0;
  for (const f of findings) {
    while (j < add.length && byRank(add[j], f) < 0) out.push(add[j++]);
    out.push(f);
  }
  while (j < add.length) out.push(add[j++]);
  return out;
}
