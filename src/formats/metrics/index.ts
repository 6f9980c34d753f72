/**
 * Metrics files: `(file, text) → MetricSet + findings`, dispatched on the file's name.
 * Formats: JSON, YAML, TOML, CSV (`metric,value`), a Hugging Face model card (`*.md` front matter
 * `model-index`). A `dvc.yaml` names other files, so the metrics stage resolves it (see dvc.ts).
 */
import type { Finding, MetricSet } from '../../types.js';
import { parseData } from '../data.js';
import { parseCsvMetrics } from './csv.js';
import { flattenMetrics, type FlattenIssue } from './flatten.js';
import { parseModelCard } from './modelcard.js';
import { parseToml } from './toml.js';

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

export type MetricsFormat = 'json' | 'yaml' | 'toml' | 'csv' | 'model-card';

/** The format of a metrics file by its name, or null when mlgate cannot read it. */
export function metricsFormat(file: string): MetricsFormat | null {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.toml')) return 'toml';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.md')) return 'model-card';
  return null;
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
  const toFindings = (issues: FlattenIssue[]) =>
    issues.map((i) => finding(i.path ? `${i.path}: ${i.message}` : i.message, i.line));
  const format = metricsFormat(file);
  // Every format reads an empty file as "no metrics": say so once, the same way for all.
  if (format && text.trim() === '')
    return { set: null, findings: [finding(`${file} is empty; expected metrics`)] };
  switch (format) {
    case 'json':
    case 'yaml':
    case 'toml': {
      const parsed = format === 'toml' ? parseToml(text) : parseData(text);
      if (!parsed.ok) return { set: null, findings: [finding(parsed.message, parsed.line)] };
      const { set, issues } = flattenMetrics(file, parsed.value.data, parsed.value.lineOf, {
        psiEpsilon: opts.psiEpsilon,
      });
      return { set, findings: toFindings(issues) };
    }
    case 'csv': {
      const { set, issues } = parseCsvMetrics(file, text);
      return { set, findings: toFindings(issues) };
    }
    case 'model-card': {
      const { set, issues } = parseModelCard(file, text);
      return { set: set.values.size > 0 ? set : null, findings: toFindings(issues) };
    }
    default:
      return {
        set: null,
        findings: [
          finding(
            `${file}: unknown metrics format; expected .json, .yaml/.yml, .toml, .csv, a model card README.md, or a dvc.yaml`,
          ),
        ],
      };
  }
}
