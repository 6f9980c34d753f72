/**
 * The normalised rollout plan (SPEC §5): every format — Argo Rollouts, Flagger, KServe and the
 * native MlgateRollout — reads into stages `{traffic %, hold, gates}` plus a rollback, so that
 * one set of checks and one renderer serve them all. Plain data: it is written to the report JSON.
 */
import type { Level } from '../../types.js';

export type RolloutFormat = 'argo' | 'flagger' | 'kserve' | 'native';

/** What a gate protects, judged from its name and query. */
export type Coverage = 'latency' | 'errors';

/**
 * A check that can stop the rollout. `metric` gates measure something (a Prometheus query, a
 * guardrail); `analysis` is a template mlgate could not resolve (counted as a gate, not as a
 * guardrail); `check` is a job or webhook test; `manual` waits for a person.
 */
export interface Gate {
  name: string;
  kind: 'metric' | 'analysis' | 'check' | 'manual';
  /** Pass only when the value is at least / at most this. */
  min?: number;
  max?: number;
  /** Pass only when value / control ≤ this (native `max_ratio_vs_control`). */
  maxRatio?: number;
  /** Failed measurements tolerated before the gate fails (Argo `failureLimit`). */
  failureLimit?: number;
  /** The condition as written, for display (`result[0] >= 0.95`). */
  condition?: string;
  covers: Coverage[];
  /** How long one run of the gate takes when bounded (Argo `count` × `interval`). */
  durationMs?: number;
  /** Where the gate is defined (a template may live in another file). */
  file: string;
  line?: number;
}

/** A traffic step. `hold` is milliseconds, `manual` (waits for a person), `invalid` or null (none). */
export interface Stage {
  traffic: number;
  hold: number | 'manual' | 'invalid' | null;
  /** The hold as written, for messages. */
  holdText?: string;
  gates: Gate[];
  line?: number;
  /** `shadow`, `A/B header match`, `preview`: traffic that is not a plain weight. */
  label?: string;
  /** Added by mlgate, not written in the file (Argo's final promotion to 100 %). */
  implicit?: boolean;
  /**
   * Successful metric checks the controller requires at this stage before it moves on (Flagger:
   * one per analysis interval at each weight, `iterations` for blue/green and A/B).
   */
  checks?: number;
}

/** A problem found while reading (file and line), turned into a `rollout` finding by the stage. */
export interface ReadIssue {
  level: Level;
  rule: string;
  message: string;
  file: string;
  line?: number;
}

export interface RolloutPlan {
  format: RolloutFormat;
  /** Kubernetes kind or `MlgateRollout`. */
  kind: string;
  name?: string;
  file: string;
  line?: number;
  strategy: 'canary' | 'blue-green' | 'shadow-then-canary' | 'ab-test';
  /** The artifact being rolled out (native `candidate`, Argo/KServe image or storage URI). */
  candidate?: string;
  /** The artifact serving the rest of the traffic when the file names it (KServe v1alpha2 `default`). */
  stable?: string;
  /** Native `model`, checked against the model's name. */
  model?: string;
  stages: Stage[];
  /** `manual`: a person promotes at the end, so traffic need not reach 100 in the file. */
  promotion: 'auto' | 'manual';
  /**
   * How the controller moves between stages. `hold`: each stage waits a set time (native `hold`,
   * Argo `pause`, KServe's manual edit); `checks`: each stage advances as soon as its metric check
   * passes (Flagger: one check per `interval`), so the bake is counted in checks and total time.
   */
  pacing?: 'hold' | 'checks';
  /**
   * What the file does to an already running rollout instead of planning a new one: KServe's
   * `canaryTrafficPercent: 0` rolls traffic back to the last rolled-out revision.
   */
  action?: { kind: 'rollback'; message: string; line?: number };
  /** Every metric gate of the plan, once each (for coverage and the base → head diff). */
  guardrails: Gate[];
  rollback: { trigger?: string; artifact?: string; line?: number };
  /** Failed checks tolerated before rollback (Flagger `threshold`). */
  failureTolerance?: { value: number; line?: number };
  /** Line of `skipAnalysis: true` when set. */
  skipAnalysis?: { line?: number };
  /** Fields read but not acted on, said aloud (`experiment step noted`). */
  notes: string[];
}

/** An AnalysisTemplate, ClusterAnalysisTemplate or Flagger MetricTemplate found in the repository. */
export interface TemplateInfo {
  kind: 'AnalysisTemplate' | 'ClusterAnalysisTemplate' | 'MetricTemplate';
  name: string;
  file: string;
  line?: number;
  /** Metric gates (Analysis templates); for MetricTemplate, one pseudo-gate carrying the query. */
  gates: Gate[];
  /** Text used to classify what a Flagger metric covers (MetricTemplate query). */
  text?: string;
  /**
   * Argo templates: the gates with `{{args.NAME}}` resolved from the values a Rollout passes
   * (over the template's own defaults). `gates` holds them resolved from the defaults alone.
   */
  withArgs?: (args: Record<string, string>) => Gate[];
}

/** Templates by key: `AnalysisTemplate/name`, `ClusterAnalysisTemplate/name`, `MetricTemplate/name`. */
export type TemplateIndex = Map<string, TemplateInfo>;

export function templateKey(kind: TemplateInfo['kind'], name: string): string {
  return `${kind}/${name}`;
}
