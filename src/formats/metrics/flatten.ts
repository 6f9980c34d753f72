/**
 * Flatten parsed metrics data to dotted paths, as `dvc metrics show` does (SPEC §3).
 * A leaf is a number, a display-only scalar, or an object with a value and an uncertainty:
 * `{value, ci: [lo, hi]}`, `{value, ci_low, ci_high}` or `{value, stderr}`.
 */
import { Limits } from '../../constants.js';
import { formatPath, isRecord, type PathSegment } from '../data.js';
import type { MetricSet, MetricValue } from '../../types.js';
import {
  confusionMetrics,
  DEFAULT_PSI_EPSILON,
  driftMetrics,
  isConfusionMatrix,
  isHistogram,
  type Derived,
} from './derived.js';

export interface FlattenIssue {
  path: string;
  line?: number;
  message: string;
}

const NON_FINITE: Record<string, number> = {
  nan: NaN,
  '.nan': NaN,
  infinity: Infinity,
  '+infinity': Infinity,
  '-infinity': -Infinity,
  inf: Infinity,
  '-inf': -Infinity,
  '.inf': Infinity,
  '-.inf': -Infinity,
};

/** Read a scalar as written; `NaN`/`Infinity` strings become the numbers they name, so gates say why they fail. */
function scalar(value: unknown): MetricValue['value'] {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'string') {
    const special = NON_FINITE[value.trim().toLowerCase()];
    return special === undefined ? value : special;
  }
  return String(value);
}

/** Is this object a leaf carrying a value and (optionally) its uncertainty? */
export function isValueLeaf(obj: Record<string, unknown>): boolean {
  if (!('value' in obj)) return false;
  const allowed = new Set(['value', 'ci', 'ci_low', 'ci_high', 'stderr', 'n', 'unit']);
  return Object.keys(obj).every((k) => allowed.has(k)) && !isRecord(obj.value);
}

/** Turn a value-leaf object into a MetricValue, reporting malformed intervals. */
export function leafWithInterval(obj: Record<string, unknown>): {
  leaf: MetricValue;
  problem?: string;
} {
  const value = scalar(obj.value);
  const leaf: MetricValue = { value };
  if (obj.ci !== undefined) {
    const ci = obj.ci;
    if (
      Array.isArray(ci) &&
      ci.length === 2 &&
      ci.every((x) => typeof x === 'number' && Number.isFinite(x))
    ) {
      leaf.ci = [Math.min(ci[0], ci[1]), Math.max(ci[0], ci[1])];
    } else return { leaf, problem: '`ci` must be a list of two finite numbers [low, high]' };
  } else if (obj.ci_low !== undefined || obj.ci_high !== undefined) {
    const lo = obj.ci_low;
    const hi = obj.ci_high;
    if (
      typeof lo === 'number' &&
      typeof hi === 'number' &&
      Number.isFinite(lo) &&
      Number.isFinite(hi)
    ) {
      leaf.ci = [Math.min(lo, hi), Math.max(lo, hi)];
    } else return { leaf, problem: '`ci_low` and `ci_high` must both be finite numbers' };
  } else if (obj.stderr !== undefined) {
    const se = obj.stderr;
    if (typeof se === 'number' && Number.isFinite(se) && se >= 0 && typeof value === 'number') {
      leaf.ci = [value - 1.96 * se, value + 1.96 * se];
    } else
      return { leaf, problem: '`stderr` must be a non-negative number next to a numeric `value`' };
  }
  return { leaf };
}

export interface FlattenOptions {
  /** ε for empty histogram proportions in PSI (default 1e-4). */
  psiEpsilon?: number;
}

/** A value's place in the data: its key (or index) under its parent's place. */
interface Place {
  up: Place | null;
  key: PathSegment;
}

function pathOf(place: Place | null): PathSegment[] {
  const path: PathSegment[] = [];
  for (let p = place; p; p = p.up) path.push(p.key);
  return path.reverse();
}

/**
 * Flatten `data` into a MetricSet. `lineOf` maps a data path to its line; it is called for
 * problems found here and later through `set.lineOf`, never for every metric. A top-level `meta`
 * object is kept as run metadata, not as metrics. Confusion matrices and drift histograms gain
 * derived children (see derived.ts).
 */
export function flattenMetrics(
  file: string,
  data: unknown,
  lineOf: (path: readonly PathSegment[]) => number | undefined = () => undefined,
  opts: FlattenOptions = {},
): { set: MetricSet; issues: FlattenIssue[] } {
  const set: MetricSet = { file, values: new Map(), meta: {}, notes: [] };
  // Where each metric sits in the data, for its line on demand (see MetricSet.lineOf): a link to
  // its parent's place, turned into a path only when a finding asks for the line.
  const places = new Map<string, Place | null>();
  set.lineOf = (name) => {
    const place = places.get(name);
    return place === undefined ? undefined : lineOf(pathOf(place));
  };
  const issues: FlattenIssue[] = [];
  const epsilon = opts.psiEpsilon ?? DEFAULT_PSI_EPSILON;
  let histograms = 0;
  if (!isRecord(data)) {
    issues.push({ path: '', line: 1, message: 'expected a mapping of metric names to values' });
    return { set, issues };
  }
  const addDerived = (place: Place | null, name: string, derived: Derived): void => {
    for (const [key, value] of Object.entries(derived.values)) {
      const child = name ? `${name}.${key}` : key;
      // A value written in the file wins over the derived one.
      if (!set.values.has(child)) {
        set.values.set(child, { value });
        places.set(child, place);
      }
    }
    set.notes.push(...derived.notes);
    if (derived.problem)
      issues.push({
        path: name,
        line: lineOf(place ? pathOf(place) : []),
        message: derived.problem,
      });
  };
  // The first path not read because the cap was reached (a file of exactly the cap is whole).
  let skipped: PathSegment[] | null = null;
  const walk = (node: unknown, place: Place, name: string): void => {
    if (set.values.size >= Limits.metrics) {
      skipped ??= pathOf(place);
      return;
    }
    if (isRecord(node)) {
      if (isValueLeaf(node)) {
        const { leaf, problem } = leafWithInterval(node);
        set.values.set(name, leaf);
        places.set(name, place);
        if (problem) issues.push({ path: name, line: lineOf(pathOf(place)), message: problem });
        return;
      }
      if (isHistogram(node)) {
        // The bins themselves are inputs, not metrics: only the derived distances are kept.
        histograms++;
        addDerived(place, name, driftMetrics(node, epsilon));
        return;
      }
      for (const key of Object.keys(node)) walk(node[key], { up: place, key }, `${name}.${key}`);
      if (isConfusionMatrix(node)) addDerived(place, name, confusionMetrics(name, node));
      return;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) walk(node[i], { up: place, key: i }, `${name}.${i}`);
      return;
    }
    set.values.set(name, { value: scalar(node) });
    places.set(name, place);
  };
  for (const key of Object.keys(data)) {
    if (key === 'meta' && isRecord(data.meta)) {
      flattenMeta(data.meta, '', set.meta);
      continue;
    }
    walk(data[key], { up: null, key }, key);
  }
  if (isConfusionMatrix(data)) addDerived(null, '', confusionMetrics('(top level)', data));
  if (histograms > 0) {
    set.notes.push(
      `PSI replaces empty bin proportions with ε = ${epsilon} (metrics_policy.psi_epsilon); ${histograms} drift histogram${histograms === 1 ? '' : 's'} read.`,
    );
  }
  if (skipped) {
    issues.push({
      path: '',
      line: lineOf(skipped),
      message: `more than ${Limits.metrics} metrics; the rest (from ${formatPath(skipped)}) were not read`,
    });
  }
  return { set, issues };
}

function flattenMeta(node: Record<string, unknown>, prefix: string, out: MetricSet['meta']): void {
  for (const [key, value] of Object.entries(node)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value)) flattenMeta(value, name, out);
    else if (Array.isArray(value)) out[name] = value.map(String).join(', ');
    else
      out[name] =
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean' ||
        value === null
          ? value
          : String(value);
  }
}
