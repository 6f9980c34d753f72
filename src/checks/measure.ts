/**
 * What a gate measures: the number at a path (or one end of its confidence interval), the paths a
 * wildcard matches, and aggregates over those matches. Every "cannot measure" carries a reason.
 */
import { filesOf, leaves } from '../formats/metrics/paths.js';
import { closest } from '../formats/schema-errors.js';
import { fmt } from '../report/numbers.js';
import type { MetricSet, MetricValue } from '../types.js';

export type Numeric = { ok: true; value: number; leaf: MetricValue } | { ok: false; why: string };

/** A measured number and a short note on where it came from, or why there is none. */
export type Measured = { ok: true; value: number; detail: string } | { ok: false; why: string };

/** Where a set's metrics come from, for messages: its file, or its files. */
export function whereOf(set: MetricSet): string {
  const files = filesOf(set);
  return files.length === 1 ? files[0] : `${files.slice(0, -1).join(', ')} and ${files.at(-1)}`;
}

/**
 * Where a revision's files were looked in, for messages: `at commit 1a2b3c4`, `in the working
 * tree` (from a FileSource's label), so that every "missing" says which revision it looked at.
 */
export function inRevision(label: string): string {
  return label.startsWith('the ') ? `in ${label}` : `at ${label}`;
}

/** ` at commit 1a2b3c4`: the revision a set was read at, or '' when unknown. */
export function revisionOf(set: MetricSet): string {
  return set.at ? ` ${inRevision(set.at)}` : '';
}

/** A finite number at key `metric` of the set, or why there is none. */
export function numeric(
  set: MetricSet | null,
  metric: string,
  leaf: MetricValue | undefined = set?.values.get(metric),
): Numeric {
  if (!set) return { ok: false, why: 'is missing (no metrics file)' };
  if (!leaf)
    return {
      ok: false,
      why: `is missing from ${whereOf(set)}${revisionOf(set)}${didYouMean(set, metric)}`,
    };
  const v = leaf.value;
  // Name the file: a reference (baseline, production) or a dvc.yaml's file is not the head's.
  const file = leaf.file ?? set.file;
  if (typeof v !== 'number')
    return { ok: false, why: `is not a number (${JSON.stringify(v)}) in ${file}` };
  if (Number.isNaN(v)) return { ok: false, why: `is NaN in ${file}` };
  if (!Number.isFinite(v)) return { ok: false, why: `is ${v > 0 ? '+' : '-'}Infinity in ${file}` };
  return { ok: true, value: v, leaf };
}

/**
 * ` (did you mean `auc`?)` for a metric name that is not in the set: a typo of an existing name
 * (`acu`), else the closest name sharing a word with it (`auc_roc` → `auc`, `p95` → `latency.p95_ms`).
 * Wildcard patterns are matched as their literal words.
 */
export function didYouMean(set: MetricSet, metric: string): string {
  let names = sortedNames.get(set);
  if (!names) {
    names = [...new Set(leaves(set).map((l) => l.name))].sort();
    sortedNames.set(set, names);
  }
  const hint = closest(metric, names) ?? sharingAWord(metric, names);
  return hint ? ` (did you mean \`${hint}\`?)` : '';
}

/** Each set's names, sorted once however many gates miss a metric in it. */
const sortedNames = new WeakMap<MetricSet, string[]>();

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[._-]+/)
    .filter((w) => w.length >= 2 && w !== '*');

function sharingAWord(metric: string, names: string[]): string | undefined {
  const wanted = new Set(words(metric));
  let best: { name: string; shared: number; extra: number } | undefined;
  for (const name of names) {
    const own = words(name);
    const shared = own.filter((w) => wanted.has(w)).length;
    if (shared === 0) continue;
    // Most shared words first, then the fewest unrelated words; names are sorted, so ties are stable.
    const extra = own.length - shared;
    if (!best || shared > best.shared || (shared === best.shared && extra < best.extra))
      best = { name, shared, extra };
  }
  return best?.name;
}

/** The value at `metric`, or the lower/upper end of its confidence interval. */
export function measure(
  set: MetricSet | null,
  metric: string,
  bound: 'value' | 'lower' | 'upper',
  known?: MetricValue,
): Measured {
  // `known`: the value, when the caller already holds it (a wildcard's match): no second lookup.
  const n = numeric(set, metric, known);
  if (!n.ok) return n;
  if (bound === 'value') return { ok: true, value: n.value, detail: '' };
  const ci = n.leaf.ci;
  if (!ci) return { ok: false, why: `has no confidence interval (needed for bound: ${bound})` };
  const value = bound === 'lower' ? ci[0] : ci[1];
  return { ok: true, value, detail: `CI [${fmt(ci[0])}, ${fmt(ci[1])}]` };
}

/** Does a concrete dotted path match a pattern where `*` is exactly one segment? */
export function matchPattern(pattern: string, path: string): boolean {
  return compilePattern(pattern)(path);
}

/**
 * A test for one pattern, made once and run on every metric name: the literal segments are
 * compared in place, with no per-name split (100,000 names per wildcard gate are normal).
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  const segs = pattern.split('.');
  return (path) => {
    let at = 0;
    for (let i = 0; i < segs.length; i++) {
      const dot = path.indexOf('.', at);
      const last = i === segs.length - 1;
      // The last segment runs to the end of the name; any other ends at the next dot.
      if (last ? dot >= 0 : dot < 0) return false;
      const end = last ? path.length : dot;
      const seg = segs[i];
      if (seg !== '*' && (end - at !== seg.length || !path.startsWith(seg, at))) return false;
      at = end + 1;
    }
    return true;
  };
}

/** Every path of `set` matching the pattern, sorted so results are deterministic. */
export function matchPaths(set: MetricSet | null, pattern: string): string[] {
  if (!set) return [];
  const test = compilePattern(pattern);
  const out: string[] = [];
  for (const k of set.values.keys()) if (test(k)) out.push(k);
  return out.sort();
}

/** min, max, mean, ratio (min/max) or spread (max − min) over the matches. */
export function aggregateOf(
  kind: 'min' | 'max' | 'mean' | 'ratio' | 'spread',
  set: MetricSet | null,
  paths: string[],
  bound: 'value' | 'lower' | 'upper',
): Measured {
  const values: { path: string; value: number }[] = [];
  for (const path of paths) {
    const m = measure(set, path, bound);
    if (!m.ok) return { ok: false, why: `${path} ${m.why}` };
    values.push({ path, value: m.value });
  }
  if (values.length === 0) return { ok: false, why: 'no metric matches' };
  // First of the sorted paths wins ties, so the named metric is stable.
  const lo = values.reduce((a, b) => (b.value < a.value ? b : a));
  const hi = values.reduce((a, b) => (b.value > a.value ? b : a));
  switch (kind) {
    case 'min':
      return { ok: true, value: lo.value, detail: lo.path };
    case 'max':
      return { ok: true, value: hi.value, detail: hi.path };
    case 'mean': {
      const mean = values.reduce((a, b) => a + b.value, 0) / values.length;
      return { ok: true, value: mean, detail: `mean of ${values.length}` };
    }
    case 'spread':
      return {
        ok: true,
        value: hi.value - lo.value,
        detail: `${fmt(hi.value)} at ${hi.path} − ${fmt(lo.value)} at ${lo.path}`,
      };
    case 'ratio':
      if (hi.value === 0) return { ok: false, why: 'ratio min/max is undefined (max is 0)' };
      return {
        ok: true,
        value: lo.value / hi.value,
        detail: `${fmt(lo.value)} at ${lo.path} / ${fmt(hi.value)} at ${hi.path}`,
      };
  }
}
