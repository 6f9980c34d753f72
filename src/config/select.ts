/**
 * Fan-out (SPEC §11): the models in force as a matrix list, and the `--model` / `models` filter
 * that lets each matrix job check its share. Pure.
 */
import type { ModelConfig } from './types.js';

/** One entry of `mlgate models --format json`: what a matrix job needs to know about a model. */
export interface ModelEntry {
  name: string;
  /** Every repository file the model's checks read, in config order, without duplicates. */
  files: string[];
}

/** The files a model's checks read (metrics, references, manifest, contract, rollout, ledger). */
export function modelFiles(model: ModelConfig): string[] {
  const production = model.production && model.production !== 'base' ? model.production : null;
  const metrics = model.metrics as string | string[];
  const files = [
    ...(Array.isArray(metrics) ? metrics : [metrics]),
    model.baseline,
    production,
    model.manifest,
    model.contract,
    model.rollout,
    model.ledger,
  ];
  return [...new Set(files.filter((f): f is string => typeof f === 'string' && f !== ''))];
}

/** The matrix list for `models` in force. */
export function modelEntries(models: readonly ModelConfig[]): ModelEntry[] {
  return models.map((m) => ({ name: m.name, files: modelFiles(m) }));
}

/**
 * A model-name pattern as a RegExp: `*` matches any run of characters, `?` one character, the
 * rest literally (so `churn.v2` does not match `churnxv2`). Matching is case-sensitive, like names.
 */
export function patternRegExp(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

/**
 * Split the `models` action input or repeated `--model` values into patterns: one per line or
 * comma, blanks dropped, duplicates kept once.
 */
export function parsePatterns(values: readonly string[]): string[] {
  const out = values.flatMap((v) => v.split(/[\n,]/)).map((p) => p.trim());
  return [...new Set(out.filter((p) => p !== ''))];
}

/**
 * Keep the items whose name matches any pattern, in their original order. `unmatched` lists the
 * patterns that matched nothing: a matrix job whose filter selects nothing must fail, not pass
 * having checked nothing.
 */
export function selectModels<T>(
  items: readonly T[],
  name: (item: T) => string,
  patterns: readonly string[],
): { selected: T[]; unmatched: string[] } {
  const res = patterns.map((p) => ({ p, re: patternRegExp(p), hit: false }));
  const selected = items.filter((item) => {
    let keep = false;
    for (const r of res) {
      if (r.re.test(name(item))) {
        r.hit = true;
        keep = true;
      }
    }
    return keep;
  });
  return { selected, unmatched: res.filter((r) => !r.hit).map((r) => r.p) };
}
