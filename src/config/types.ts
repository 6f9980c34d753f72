/** The validated `.mlgate.yml` (SPEC §2). Shapes mirror `schemas/config.schema.json`. */

export interface GateSpec {
  metric: string;
  name?: string;
  min?: number;
  max?: number;
  vs?: 'production' | 'baseline' | 'history';
  /** With `vs: history`: how many past versions of the metrics file (default 10). */
  window?: number;
  /** With `vs: history`: which of them is the reference (default `best`). */
  of?: 'best' | 'median' | 'oldest';
  max_drop?: number;
  min_gain?: number;
  max_drop_pct?: number;
  min_gain_pct?: number;
  better?: 'higher' | 'lower';
  bound?: 'value' | 'lower' | 'upper';
  aggregate?: 'each' | 'min' | 'max' | 'mean' | 'ratio' | 'spread';
  level?: 'error' | 'warn' | 'off';
  required?: boolean;
}

export interface ModelConfig {
  name: string;
  /** One metrics file (or a dvc.yaml), or a list of them. */
  metrics: string | string[];
  baseline?: string;
  /** `base` (default): the metrics file at the PR's base commit; else a path. */
  production?: string;
  /** Where baseline and production files are read: `head` (default, PR edits flagged) or `base`. */
  references?: 'head' | 'base';
  manifest?: string;
  contract?: string;
  rollout?: string;
  /** Files holding the AnalysisTemplates the rollout plan names (after its own file and directory). */
  templates?: string | string[];
  ledger?: string;
  gates?: GateSpec[];
}

export interface RolloutPolicy {
  max_first_step?: number;
  min_bake?: string;
  /** Plans that advance on passing checks (Flagger): analysis time before full traffic. */
  min_analysis?: string;
  /** Plans that advance on passing checks (Flagger): successful checks before full traffic. */
  min_checks?: number;
  gate_before?: number;
  require_rollout?: boolean;
}

export interface ContractPolicy {
  require_ml?: boolean;
  breaking?: 'error' | 'warning' | 'off';
}

export interface MetricsPolicy {
  psi_epsilon?: number;
  show_all?: boolean;
}

export interface LimitsConfig {
  /** Largest file read, in MiB (default Limits.fileBytes). */
  max_file_mb?: number;
}

export interface ChecklistItemConfig {
  id: string;
  text: string;
  attest?: boolean;
  allow_na?: boolean;
}

export interface ChecklistConfig {
  enabled?: boolean;
  require?: string[];
  items?: ChecklistItemConfig[];
}

export interface LedgerPolicy {
  require_entry_when_metrics_change?: boolean;
  append_only?: boolean;
  required_fields?: string[];
}

/** Minimum repository permission, weakest first (GitHub's repository roles). */
export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** `waivers:` — who may waive with `/mlgate waive` (SPEC §11). */
export interface WaiverPolicy {
  permission?: Permission;
  users?: string[];
  teams?: string[];
  allow_self?: boolean;
  require_ledger?: boolean;
}

export interface Config {
  version: 1;
  models: ModelConfig[];
  rollout_policy?: RolloutPolicy;
  contract_policy?: ContractPolicy;
  metrics_policy?: MetricsPolicy;
  limits?: LimitsConfig;
  checklist?: ChecklistConfig;
  ledger_policy?: LedgerPolicy;
  /** How the comment is drawn; `charts: false` leaves out the Mermaid charts (their text stays). */
  comment?: { charts?: boolean };
  waivers?: WaiverPolicy;
}

/** A loaded config with where it came from and how to find lines in it. */
export interface LoadedConfig {
  config: Config;
  file: string;
  /** 1-based line of `models[m].gates[g]`, for findings about a gate. */
  gateLine(model: number, gate: number): number | undefined;
  /** 1-based line of `models[m]` or one of its keys. */
  modelLine(model: number, key?: string): number | undefined;
  /** 1-based line of any path in the config (e.g. `['checklist', 'require', 0]`). */
  lineOf?(path: (string | number)[]): number | undefined;
}
