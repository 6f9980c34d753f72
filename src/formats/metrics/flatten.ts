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
  return Object.keys(obj).every((k) => LEAF_KEYS.has(k)) && !isRecord(obj.value);
}

const LEAF_KEYS = new Set(['value', 'ci', 'ci_low', 'ci_high', 'stderr', 'n', 'unit']);

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

/** Probes of the data a name's path may take (keys that hold dots make the split ambiguous). */
const PATH_PROBES = 10_000;

/**
 * The data path a flattened name was read from, or its deepest existing ancestor (a derived metric
 * sits under its source object). Keys may hold dots, so each split of the name is tried in turn,
 * backtracking, within a budget of probes: a line is for the reader, not for the verdict.
 */
export function pathOfName(data: unknown, name: string): PathSegment[] {
  const path: PathSegment[] = [];
  let best: PathSegment[] = [];
  let probes = 0;
  const find = (node: unknown, from: number): boolean => {
    for (let end = name.indexOf('.', from); ; end = name.indexOf('.', end + 1)) {
      const stop = end < 0 ? name.length : end;
      if (++probes > PATH_PROBES) return false;
      const key = name.slice(from, stop);
      let child: unknown;
      let seg: PathSegment | undefined;
      if (Array.isArray(node)) {
        if (/^(0|[1-9]\d*)$/.test(key) && Number(key) < node.length) {
          seg = Number(key);
          child = node[seg];
        }
      } else if (isRecord(node) && Object.hasOwn(node, key)) {
        seg = key;
        child = node[key];
      }
      if (seg !== undefined) {
        path.push(seg);
        if (stop === name.length || find(child, stop + 1)) return true;
        if (path.length > best.length) best = [...path];
        path.pop();
      }
      if (end < 0) return false;
    }
  };
  return find(data, 0) ? path : best;
}

/**
 * Flatten `data` into a MetricSet. `lineOf` maps a data path to its line; it is called for
 * problems found here and later through `set.lineOf`, never for every metric: a name is traced
 * back to its path in `data` only when a finding asks for its line. A top-level `meta` object is
 * kept as run metadata, not as metrics. Confusion matrices and drift histograms gain derived
 * children (see derived.ts).
 */
export function flattenMetrics(
  file: string,
  data: unknown,
  lineOf: (path: readonly PathSegment[]) => number | undefined = () => undefined,
  opts: FlattenOptions = {},
): { set: MetricSet; issues: FlattenIssue[] } {
  const set: MetricSet = { file, values: new Map(), meta: {}, notes: [] };
  // Names are split back into paths on demand. Only where a key holds a dot or the walk went into
  // a list is the split ambiguous and the data kept to trace it (20 MB for 100,000 metrics).
  let plain = true;
  let traced: unknown = data;
  set.lineOf = (name) => {
    if (!set.values.has(name)) return undefined;
    return lineOf(traced === null ? name.split('.') : pathOfName(traced, name));
  };
  const issues: FlattenIssue[] = [];
  const epsilon = opts.psiEpsilon ?? DEFAULT_PSI_EPSILON;
  let histograms = 0;
  if (!isRecord(data)) {
    issues.push({ path: '', line: 1, message: 'expected a mapping of metric names to values' });
    return { set, issues };
  }
  // The walk's path, copied only for a problem's line.
  const path: PathSegment[] = [];
  const addDerived = (name: string, derived: Derived): void => {
    for (const [key, value] of Object.entries(derived.values)) {
      const child = name ? `${name}.${key}` : key;
      // A value written in the file wins over the derived one.
      if (!set.values.has(child)) set.values.set(child, { value });
    }
    set.notes.push(...derived.notes);
    if (derived.problem) issues.push({ path: name, line: lineOf(path), message: derived.problem });
  };
  // The first path not read because the cap was reached (a file of exactly the cap is whole).
  let skipped: PathSegment[] | null = null;
  const walk = (node: unknown, name: string): void => {
    if (set.values.size >= Limits.metrics) {
      skipped ??= [...path];
      return;
    }
    if (isRecord(node)) {
      if (isValueLeaf(node)) {
        const { leaf, problem } = leafWithInterval(node);
        set.values.set(name, leaf);
        if (problem) issues.push({ path: name, line: lineOf(path), message: problem });
        return;
      }
      if (isHistogram(node)) {
        // The bins themselves are inputs, not metrics: only the derived distances are kept.
        histograms++;
        addDerived(name, driftMetrics(node, epsilon));
        return;
      }
      for (const key of Object.keys(node)) {
        if (plain && key.includes('.')) plain = false;
        const child = node[key];
        // A number is a leaf: no call, no path step (most of 100,000 slice metrics).
        if (typeof child === 'number' && set.values.size < Limits.metrics) {
          set.values.set(`${name}.${key}`, { value: child });
          continue;
        }
        path.push(key);
        walk(child, `${name}.${key}`);
        path.pop();
      }
      if (isConfusionMatrix(node)) addDerived(name, confusionMetrics(name, node));
      return;
    }
    if (Array.isArray(node)) {
      plain = false;
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i], `${name}.${i}`);
        path.pop();
      }
      return;
    }
    set.values.set(name, { value: scalar(node) });
  };
  for (const key of Object.keys(data)) {
    if (plain && key.includes('.')) plain = false;
    if (key === 'meta' && isRecord(data.meta)) {
      flattenMeta(data.meta, '', set.meta);
      continue;
    }
    path.push(key);
    walk(data[key], key);
    path.pop();
  }
  if (isConfusionMatrix(data)) addDerived('', confusionMetrics('(top level)', data));
  if (plain) traced = null;
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
