/**
 * `vs: history` references (SPEC §11): the metric's values in the last N versions of the metrics
 * file on the base branch, and the one a gate compares with — the best, the median or the oldest.
 * Pure: the versions are read and parsed by the history stage. Too little history fails closed.
 */
import type { GateSpec } from '../config/types.js';
import type { MetricSet } from '../types.js';
import { fmt } from '../report/numbers.js';
import { aggregateOf, matchPaths, numeric } from './measure.js';

/** The metrics file's past versions on the base branch, oldest first. */
export interface MetricHistory {
  versions: { sha: string; set: MetricSet }[];
  /** The clone is shallow: older versions may exist but were not fetched. */
  shallow: boolean;
  /** Why no history could be read at all (no git repository, a GitHub API source, …). */
  unavailable?: string;
}

export const DEFAULT_WINDOW = 10;

/** The windows of a model's `vs: history` gates that are not off: none means no history is read. */
export function historyWindows(gates: readonly GateSpec[] | undefined): number[] {
  return (gates ?? [])
    .filter((g) => g.vs === 'history' && g.level !== 'off')
    .map((g) => g.window ?? DEFAULT_WINDOW);
}

export type HistoryRef =
  { ok: true; value: number; trend: number[]; label: string } | { ok: false; why: string };

/** Median of a non-empty list: the mean of the two middle values for an even count. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The reference for `metric` (a path, or a wildcard pattern with its aggregate): the metric's value
 * in each version that has it, the last `window` of them, reduced by `of`.
 */
export function historyReference(
  gate: Pick<GateSpec, 'window' | 'of'>,
  metric: string,
  better: 'higher' | 'lower',
  history: MetricHistory | null | undefined,
  aggregate?: Parameters<typeof aggregateOf>[0],
): HistoryRef {
  const window = gate.window ?? DEFAULT_WINDOW;
  const of = gate.of ?? 'best';
  if (!history) return { ok: false, why: 'history: no base branch to read history from' };
  if (history.unavailable) return { ok: false, why: `history: ${history.unavailable}` };
  const values: number[] = [];
  for (const { set } of history.versions) {
    if (aggregate) {
      const r = aggregateOf(aggregate, set, matchPaths(set, metric), 'value');
      if (r.ok) values.push(r.value);
    } else {
      const r = numeric(set, metric);
      if (r.ok) values.push(r.value);
    }
  }
  const trend = values.slice(-window);
  if (trend.length < window) {
    const why = history.shallow
      ? 'the clone is shallow: set `fetch-depth: 0` on actions/checkout'
      : 'the base branch has no more versions of the metrics file with it';
    return {
      ok: false,
      why: `history has ${trend.length} of the ${window} past values of ${metric} the gate needs (${why})`,
    };
  }
  const value =
    of === 'oldest'
      ? trend[0]
      : of === 'median'
        ? median(trend)
        : better === 'higher'
          ? Math.max(...trend)
          : Math.min(...trend);
  return { ok: true, value, trend, label: `history (${of} of ${window}: ${fmt(value)})` };
}
