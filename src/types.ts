/**
 * The data model shared by every stage of the pipeline: read → parse → compare → evaluate →
 * render → publish. Everything here is plain data so that it can be written as the report JSON.
 */

/** Severity of a finding, as written to the report and as a GitHub annotation. */
export type Level = 'error' | 'warning' | 'notice';

/** Which check produced a finding (SPEC §9). */
export type CheckKind =
  | 'config'
  | 'metrics'
  | 'gate'
  | 'policy'
  | 'contract'
  | 'contract-change'
  | 'rollout'
  | 'manifest'
  | 'checklist'
  | 'ledger'
  | 'comment'
  /** Fan-in: a report missing, duplicated, malformed or for another commit (SPEC §11). */
  | 'merge';

/** One problem or observation, tied to a file and line where there is one. */
export interface Finding {
  level: Level;
  check: CheckKind;
  model?: string;
  file?: string;
  line?: number;
  message: string;
  /** Stable rule id, e.g. `leakage.label-as-feature`; optional. */
  rule?: string;
  /**
   * What `/mlgate waive` names to cover this finding when the rule id alone is too coarse: a gate
   * as the comment shows it (`churn auc vs production`), a checklist item (`checklist.leakage`).
   */
  target?: string;
  /** `waived`: an authorised waiver covers this finding; it is shown and does not block. */
  status?: 'waived';
  waiver?: WaiverMark;
}

/** Who waived a finding or gate, when, why, until when, and where (the waiving comment). */
export interface WaiverMark {
  by: string;
  at: string;
  reason: string;
  /** `YYYY-MM-DD`, inclusive (UTC). */
  expires?: string;
  url: string;
}

/** A metric leaf after flattening: a number (possibly with an interval) or a display-only value. */
export interface MetricValue {
  /** Numbers are gated; strings, booleans and null are kept for display only. */
  value: number | string | boolean | null;
  /** Confidence interval [low, high] where the file gives one. */
  ci?: [number, number];
  /** 1-based line of the leaf in its file, where known. */
  line?: number;
  /** The file the leaf was read from, when it is not the set's (a file a dvc.yaml names). */
  file?: string;
}

/** Flattened metrics: dotted path → value, plus the run metadata of a `meta` block. */
export interface MetricSet {
  /** The file the config names (a metrics file, a dvc.yaml, or the first of a list). */
  file: string;
  /**
   * The metrics files merged into this set (from a dvc.yaml or a `metrics:` list), in declaration
   * order. When present, every key of `values` is `path:name` (formats/metrics/paths.ts).
   */
  files?: string[];
  values: Map<string, MetricValue>;
  meta: Record<string, string | number | boolean | null>;
  /** Notes about derived metrics, e.g. the ε used for PSI. */
  notes: string[];
  /** The revision the files were read at (a FileSource's label: `commit 1a2b3c4`), for messages. */
  at?: string;
  /**
   * 1-based line of a metric whose value carries no `line`, found on demand: looking up the lines
   * of 100,000 metrics up front costs more than parsing them, and only findings need a line.
   */
  lineOf?: (name: string) => number | undefined;
}

/** `waived`: a failing or warning gate that an authorised waiver covers (it does not block). */
export type GateStatus = 'pass' | 'fail' | 'warn' | 'skip' | 'waived';

/** The result of one gate, or of one wildcard match of a gate evaluated `each`. */
export interface GateResult {
  metric: string;
  /** The metrics file the value came from, where one was read. */
  path?: string;
  /**
   * The gate names a metric several files define without saying which: a config error; the
   * files, in declaration order.
   */
  ambiguous?: string[];
  name?: string;
  status: GateStatus;
  level: 'error' | 'warn' | 'off';
  value: number | null;
  reference: number | null;
  threshold: number | null;
  message: string;
  /** Index of the gate in the model's `gates` list (for the config line). */
  gate: number;
  /** Line of the gate in the config file (the report's `config.file`), where known. */
  configLine?: number;
  /** Line of the value in `path`, for a failing or warning gate that read one. */
  line?: number;
  vs?: 'production' | 'baseline' | 'history';
  /** `vs: history`: how many past values the reference is taken from, and which of them. */
  window?: number;
  of?: 'best' | 'median' | 'oldest';
  /** `vs: history`: the past values on the base branch, oldest first (the reference's window). */
  trend?: number[];
  bound?: 'value' | 'lower' | 'upper';
  aggregate?: string;
  /** Which setting `threshold` is: `min`, `max`, `max_drop`, `max_drop_pct`, `min_gain`, `min_gain_pct`. */
  thresholdKind?: 'min' | 'max' | 'max_drop' | 'max_drop_pct' | 'min_gain' | 'min_gain_pct';
  /** For `waived`: the waiver, and the status the gate had without it. */
  waiver?: WaiverMark & { was: 'fail' | 'warn' };
}

/** A row of the metric diff (`dvc metrics diff` semantics). */
export interface MetricRow {
  metric: string;
  /** The metrics file the row's values come from (diffMetrics always sets it). */
  path?: string;
  base: number | string | boolean | null;
  head: number | string | boolean | null;
  change: number | null;
  baseline?: number | string | boolean | null;
  baseCi?: [number, number];
  headCi?: [number, number];
}

/** Pull-request identity as shown in the report. */
export interface PrInfo {
  number: number | null;
  base: string | null;
  /** The head commit; null when the head is a working tree with uncommitted changes. */
  head: string | null;
  /** What the head is when it is not a commit: `working tree`. */
  headLabel?: string;
}

/**
 * Machine evidence for a review-checklist item (SPEC §7): whether the files show it, and one line
 * a reviewer can check ("entity grain, event time, label timing, split policy and snapshot declared").
 */
export interface Evidence {
  ok: boolean;
  detail: string;
}
