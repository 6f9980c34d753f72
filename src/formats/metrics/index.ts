/**
 * Metrics files: `(file, text) → MetricSet + findings`, dispatched on the file's name.
 * Formats: JSON, YAML.
 */
import type { Finding, MetricSet } from '../../types.js';
import { parseData } from '../data.js';
import { flattenMetrics } from './flatten.js';

export interface MetricsParse {
  /** null when the file could not be read as metrics at all. */
  set: MetricSet | null;
  findings: Finding[];
}

export interface MetricsOptions {
  model?: string;
  /** ε substituted for empty histogram bins when computing PSI (default 1e-4). */
  psiEpsilon?: number;
}

/** Parse one metrics file. Never throws; problems become `metrics` findings. */
export function parseMetrics(file: string, text: string, opts: MetricsOptions = {}): MetricsParse {
  const finding = (message: string, line?: number): Finding => ({
    level: 'error',
    check: 'metrics',
    ...(opts.model ? { model: opts.model } : {}),
    file,
    ...(line ? { line } : {}),
    message,
  });
  const parsed = parseData(text);
  if (!parsed.ok) return { set: null, findings: [finding(parsed.message, parsed.line)] };
  const { set, issues } = flattenMetrics(file, parsed.value.data, parsed.value.lineOf);
  return {
    set,
    findings: issues.map((i) => finding(i.path ? `${i.path}: ${i.message}` : i.message, i.line)),
  };
}
