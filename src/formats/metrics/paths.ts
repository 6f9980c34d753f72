/**
 * Metric paths: every metric keeps the file it came from. A set read from one file is keyed by
 * metric name; a set that merges several files (a `dvc.yaml`, or `metrics:` as a list) lists them
 * in `files` and keys every value `file:name`, so two files defining `dice_multi` never collide.
 *
 * A gate addresses a metric as `name` or, DVC's notation (`dvc exp show --sort-by`), `path:name`.
 * Metric names and file paths both contain dots and may contain ':', so the split is defined on
 * the declared files: the qualifier is the longest prefix `p` such that the reference starts with
 * `p + ':'` and `p` is one of the model's declared metrics files (the last such ':' wins). A
 * reference with no such prefix is an unqualified name, ':' and all.
 */
import type { MetricSet, MetricValue } from '../../types.js';
import { byCodeUnit } from '../../order.js';

/** One metric of a set with the file it was read from. */
export interface Leaf {
  /** The key in `set.values`. */
  key: string;
  file: string;
  name: string;
  value: MetricValue;
}

/** `path:name`, the key of a metric in a set that merges several files. */
export function qualify(file: string, name: string): string {
  return `${file}:${name}`;
}

/** A gate's metric reference split into its file (when qualified) and metric name. */
export interface MetricRef {
  file?: string;
  name: string;
}

/** Split `path:name` on the last ':' whose left side is one of `files` (see the module comment). */
export function splitRef(ref: string, files: readonly string[]): MetricRef {
  for (let i = ref.lastIndexOf(':'); i > 0; i = ref.lastIndexOf(':', i - 1)) {
    const file = ref.slice(0, i);
    if (files.includes(file)) return { file, name: ref.slice(i + 1) };
  }
  return { name: ref };
}

/** The file and name of a key of `set`. */
export function leafAt(set: MetricSet, key: string): Leaf | undefined {
  const value = set.values.get(key);
  if (!value) return undefined;
  if (!set.files) return { key, file: value.file ?? set.file, name: key, value };
  const file = value.file ?? set.file;
  return { key, file, name: key.slice(file.length + 1), value };
}

/** Every metric of a set with its file, in the set's order. */
export function leaves(set: MetricSet | null): Leaf[] {
  if (!set) return [];
  const out: Leaf[] = [];
  for (const key of set.values.keys()) {
    const leaf = leafAt(set, key);
    if (leaf) out.push(leaf);
  }
  return out;
}

/** The metrics files a set was read from (one for a plain file). */
export function filesOf(set: MetricSet | null): string[] {
  if (!set) return [];
  return set.files ?? [set.file];
}

/**
 * The keys of `set` a reference (a name or a `*` pattern, qualified or not) addresses, sorted by
 * name then file in code-unit order. `test` says whether a metric name matches the reference's
 * name (compiled once: it runs on every metric). `ambiguous` lists the files when an unqualified
 * reference matches the same name in several files.
 */
export function lookup(
  set: MetricSet | null,
  ref: MetricRef,
  test: (name: string) => boolean,
): { keys: string[]; ambiguous?: string[] } {
  if (!set) return { keys: [] };
  if (!set.files) {
    // A single-file set (a production or baseline file) answers for any qualifier: it holds the
    // reference values of the metric, whatever file the head reads it from. Keys are names.
    const keys: string[] = [];
    for (const key of set.values.keys()) if (test(key)) keys.push(key);
    return { keys: keys.sort(byCodeUnit) };
  }
  const file = ref.file;
  const hits = leaves(set)
    .filter((l) => (file === undefined || l.file === file) && test(l.name))
    .sort((a, b) => byCodeUnit(a.name, b.name) || byCodeUnit(a.file, b.file));
  if (file === undefined) {
    const byName = new Map<string, Set<string>>();
    for (const h of hits) byName.set(h.name, (byName.get(h.name) ?? new Set()).add(h.file));
    const clash = [...byName.values()].find((files) => files.size > 1);
    const order = set.files;
    if (clash)
      return { keys: hits.map((h) => h.key), ambiguous: order.filter((f) => clash.has(f)) };
  }
  return { keys: hits.map((h) => h.key) };
}

/** A metric name for messages: qualified when the set merges several files. */
export function displayName(set: MetricSet, key: string): string {
  const leaf = leafAt(set, key);
  return leaf ? leaf.name : key;
}
