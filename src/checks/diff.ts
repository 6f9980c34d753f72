/**
 * The metric diff, with `dvc metrics diff` semantics: one row per metric whose value differs
 * between base and head (every row with `all`), `null` where a side lacks it, change = head − base
 * when both are numbers.
 */
import type { MetricRow, MetricSet, MetricValue } from '../types.js';

export interface DiffOptions {
  all?: boolean;
}

function same(a: MetricValue | undefined, b: MetricValue | undefined): boolean {
  if (!a || !b) return a === b;
  if (
    typeof a.value === 'number' &&
    typeof b.value === 'number' &&
    Number.isNaN(a.value) &&
    Number.isNaN(b.value)
  ) {
    return true;
  }
  return a.value === b.value && a.ci?.[0] === b.ci?.[0] && a.ci?.[1] === b.ci?.[1];
}

/**
 * Drop binary floating-point noise from a difference (0.81 − 0.83 is -0.020000000000000018):
 * 12 significant digits is far beyond any metric's precision, and the report then says -0.02.
 */
export function roundNoise(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(12));
}

/** Diff base → head; rows sorted by metric name so output is stable. */
export function diffMetrics(
  base: MetricSet | null,
  head: MetricSet | null,
  baseline: MetricSet | null = null,
  opts: DiffOptions = {},
): MetricRow[] {
  const names = new Set<string>([...(base?.values.keys() ?? []), ...(head?.values.keys() ?? [])]);
  const rows: MetricRow[] = [];
  for (const metric of [...names].sort()) {
    const b = base?.values.get(metric);
    const h = head?.values.get(metric);
    if (!opts.all && same(b, h)) continue;
    const bv = b?.value ?? null;
    const hv = h?.value ?? null;
    const change =
      typeof bv === 'number' && typeof hv === 'number' && Number.isFinite(bv) && Number.isFinite(hv)
        ? roundNoise(hv - bv)
        : null;
    const row: MetricRow = { metric, base: bv, head: hv, change };
    if (b?.ci) row.baseCi = b.ci;
    if (h?.ci) row.headCi = h.ci;
    const bl = baseline?.values.get(metric);
    if (baseline) row.baseline = bl?.value ?? null;
    rows.push(row);
  }
  return rows;
}
