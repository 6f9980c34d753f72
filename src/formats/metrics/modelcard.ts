/**
 * Hugging Face model card (`README.md`): the YAML front matter's `model-index` results flatten to
 * `<task.type>.<dataset.type>[.<dataset.split>].<metric.name or metric.type>` (lower-cased, spaces
 * as `_`). A value written `"20.0 ± 1.2"` reads as 20.0 with the interval [18.8, 21.2].
 */
import type { MetricSet, MetricValue } from '../../types.js';
import { isRecord, parseData, type PathSegment } from '../data.js';
import { csvValue } from './csv.js';
import type { FlattenIssue } from './flatten.js';

/** The YAML between a leading `---` line and the next `---` line, and the line it starts on. */
export function frontMatter(text: string): { yaml: string; firstLine: number } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return null;
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 2 };
}

/** Lower-case, whitespace runs as `_`. */
export function segment(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '_');
}

/** A model-index value: a number, or `"v ± e"` / `"v +/- e"` as v with interval [v − e, v + e]. */
export function cardValue(raw: unknown): MetricValue | null {
  if (typeof raw === 'number') return { value: raw };
  if (typeof raw !== 'string') return null;
  const pm =
    /^\s*([+-]?[\d.]+(?:[eE][+-]?\d+)?)\s*(?:±|\+\/-|\+-)\s*([\d.]+(?:[eE][+-]?\d+)?)\s*$/.exec(
      raw,
    );
  if (pm) {
    const v = Number(pm[1]);
    const e = Number(pm[2]);
    if (Number.isFinite(v) && Number.isFinite(e)) return { value: v, ci: [v - e, v + e] };
  }
  return { value: csvValue(raw) };
}

/** Parse a model card's `model-index` into a MetricSet. */
export function parseModelCard(
  file: string,
  text: string,
): { set: MetricSet; issues: FlattenIssue[] } {
  const set: MetricSet = { file, values: new Map(), meta: {}, notes: [] };
  const issues: FlattenIssue[] = [];
  const fm = frontMatter(text);
  if (!fm) {
    issues.push({
      path: '',
      line: 1,
      message: 'no YAML front matter (`---` … `---`) with `model-index` found in the model card',
    });
    return { set, issues };
  }
  const parsed = parseData(fm.yaml);
  if (!parsed.ok) {
    issues.push({
      path: '',
      line: parsed.line ? parsed.line + fm.firstLine - 1 : 1,
      message: parsed.message,
    });
    return { set, issues };
  }
  const { data } = parsed.value;
  const lineOf = (p: PathSegment[]) => {
    const l = parsed.value.lineOf(p);
    return l === undefined ? undefined : l + fm.firstLine - 1;
  };
  const index = isRecord(data) ? data['model-index'] : undefined;
  if (!Array.isArray(index)) {
    issues.push({
      path: '',
      line: lineOf([]) ?? 1,
      message: 'front matter has no `model-index` list',
    });
    return { set, issues };
  }
  index.forEach((model, mi) => {
    const results = isRecord(model) ? model.results : undefined;
    if (!Array.isArray(results)) {
      issues.push({
        path: '',
        line: lineOf(['model-index', mi]),
        message: `model-index[${mi}] has no \`results\` list`,
      });
      return;
    }
    results.forEach((result, ri) => {
      const at: PathSegment[] = ['model-index', mi, 'results', ri];
      const task = isRecord(result) && isRecord(result.task) ? result.task : {};
      const dataset = isRecord(result) && isRecord(result.dataset) ? result.dataset : {};
      const metrics = isRecord(result) ? result.metrics : undefined;
      if (
        typeof task.type !== 'string' ||
        typeof dataset.type !== 'string' ||
        !Array.isArray(metrics)
      ) {
        issues.push({
          path: '',
          line: lineOf(at),
          message: `model-index[${mi}].results[${ri}]: expected \`task.type\`, \`dataset.type\` and a \`metrics\` list`,
        });
        return;
      }
      const prefix = [segment(task.type), segment(dataset.type)];
      if (typeof dataset.split === 'string' && dataset.split.trim())
        prefix.push(segment(dataset.split));
      metrics.forEach((metric, k) => {
        const where = [...at, 'metrics', k];
        const label = isRecord(metric) ? (metric.name ?? metric.type) : undefined;
        const value = isRecord(metric) ? cardValue(metric.value) : null;
        if (typeof label !== 'string' || !label.trim() || !value) {
          issues.push({
            path: '',
            line: lineOf(where),
            message: `model-index[${mi}].results[${ri}].metrics[${k}]: expected \`type\` (or \`name\`) and a \`value\``,
          });
          return;
        }
        const name = [...prefix, segment(label)].join('.');
        if (set.values.has(name)) {
          issues.push({
            path: name,
            line: lineOf(where),
            message: `metric "${name}" appears twice; the first is used`,
          });
          return;
        }
        set.values.set(name, { ...value, line: lineOf([...where, 'value']) });
      });
    });
  });
  return { set, issues };
}
