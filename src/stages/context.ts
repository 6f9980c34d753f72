/**
 * What every stage gets: the model's config, the two file trees, and what earlier stages found.
 * Stages are the I/O edge: they read through a FileSource, then call pure parsers and checks.
 */
import type { Config, LoadedConfig, ModelConfig } from '../config/types.js';
import type { FileSource, ReadResult } from '../sources/types.js';
import type { CheckKind, Finding, GateResult, MetricRow, MetricSet } from '../types.js';

export interface ModelMetrics {
  head: MetricSet | null;
  /** Metrics at the base commit (same path), null for a new model. */
  base: MetricSet | null;
  /** Production reference: `base` unless the config names a production file. */
  production: MetricSet | null;
  baseline: MetricSet | null;
}

export interface ModelContext {
  model: ModelConfig;
  /** Index of the model in `config.models`. */
  index: number;
  config: Config;
  loaded: LoadedConfig;
  head: FileSource;
  /** The PR's base commit; null when there is none (first commit, no git). */
  base: FileSource | null;
  metrics: ModelMetrics;
  diff: MetricRow[];
  gates: GateResult[];
}

export interface StageResult<S> {
  section?: S;
  findings: Finding[];
}

/**
 * Read a file named by the config, turning a failure into a finding of `check` (missing files
 * referenced by the config fail closed as errors unless `missingLevel` says otherwise).
 */
export async function readOrFinding(
  source: FileSource,
  path: string,
  check: CheckKind,
  model: string | undefined,
  missingLevel: Finding['level'] = 'error',
): Promise<
  | { ok: true; path: string; text: string }
  | { ok: false; finding: Finding; result: Extract<ReadResult, { ok: false }> }
> {
  const result = await source.read(path);
  if (result.ok) return result;
  const level = result.reason === 'missing' ? missingLevel : 'error';
  return {
    ok: false,
    result,
    finding: {
      level,
      check,
      ...(model ? { model } : {}),
      file: result.path,
      message:
        result.reason === 'missing'
          ? `${result.path}: not found in ${source.label}`
          : result.message,
    },
  };
}

/** A reader's issue (level, rule, message, file, line) as a finding of `check` for `model`. */
export function issueFinding(
  i: { level: Finding['level']; rule: string; message: string; file: string; line?: number },
  check: CheckKind,
  model: string,
): Finding {
  return {
    level: i.level,
    check,
    model,
    file: i.file,
    ...(i.line ? { line: i.line } : {}),
    message: i.message,
    rule: i.rule,
  };
}
