/**
 * Mermaid charts (SPEC §11), which GitHub draws in comments without any image hosting: the rollout
 * plan's traffic over time (base and head overlaid when the plan changed), the gated slices base vs
 * head (worst first), and each `vs: history` gate's trend. Every chart has a plain-text line under
 * it, which is all that is left with `comment: { charts: false }` or where Mermaid is not drawn.
 * Labels from user files are reduced to a safe alphabet: a chart cannot carry markup or directives.
 */
import { betterOf } from '../../checks/gates.js';
import { fmt } from '../numbers.js';
import { formatDuration } from '../../formats/rollout/duration.js';
import type { Stage } from '../../formats/rollout/types.js';
import type { GateResult, MetricRow } from '../../types.js';
import { code, escapeText, fenced } from '../escape.js';
import type { ModelReport } from '../model.js';
import { trendLine } from './gates.js';
import { isSlice } from './diff.js';
import type { SectionContext } from './types.js';

/** Most bars in a slice chart; the worst slices are kept. */
const MAX_SLICES = 12;
/** Most slice charts (one per gated pattern) and trend charts per model. */
const MAX_CHARTS = 3;

/** A label safe inside a quoted Mermaid string: letters, digits and a few separators. */
export function chartLabel(text: string, max = 28): string {
  const safe = String(text)
    .replace(/[^A-Za-z0-9_.:+\- ]/g, '_')
    .slice(0, max);
  return safe === '' ? '_' : safe;
}

/** A number Mermaid reads: finite, plain decimal notation. */
const num = (n: number): string => (Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0');

interface Chart {
  title: string;
  mermaid: string;
  /** The same facts as text: shown under the chart, and alone when charts are off. */
  text: string;
}

function xychart(
  title: string,
  x: string[],
  yTitle: string,
  series: string[],
  range?: [number, number],
): string {
  const lines = [
    'xychart-beta',
    `  title "${chartLabel(title, 60)}"`,
    `  x-axis [${x.map((l) => `"${chartLabel(l)}"`).join(', ')}]`,
    `  y-axis "${chartLabel(yTitle)}"${range ? ` ${num(range[0])} --> ${num(range[1])}` : ''}`,
    ...series.map((s) => `  ${s}`),
  ];
  return fenced(lines.join('\n'), 'mermaid');
}

/** Time at which each stage starts, and the end of the last: holds that are not durations count 0. */
function timeline(stages: Stage[]): { start: number; traffic: number }[] {
  let t = 0;
  const out: { start: number; traffic: number }[] = [];
  for (const s of stages) {
    out.push({ start: t, traffic: s.traffic });
    if (typeof s.hold === 'number') t += s.hold;
  }
  out.push({ start: t, traffic: stages.at(-1)?.traffic ?? 0 });
  return out;
}

const trafficAt = (line: { start: number; traffic: number }[], t: number, before: boolean) => {
  let v = 0;
  for (const p of line) if (before ? p.start < t : p.start <= t) v = p.traffic;
  return v;
};

const at = (ms: number) => (ms === 0 ? '0' : formatDuration(ms));

/** Traffic share over time as a staircase: each boundary twice, before and after the step. */
function rolloutChart(model: ModelReport): Chart | null {
  const section = model.rollout;
  const stages = section?.plan?.stages.filter((s) => !s.label) ?? [];
  if (!section?.plan || stages.length < 2) return null;
  const head = timeline(stages);
  const base = section.baseStages ? timeline(section.baseStages.filter((s) => !s.label)) : null;
  const times = [...new Set([...head, ...(base ?? [])].map((p) => p.start))].sort((a, b) => a - b);
  const x: string[] = [];
  const series: number[][] = base ? [[], []] : [[]];
  times.forEach((t, i) => {
    if (i > 0) {
      x.push(at(t));
      series[0].push(trafficAt(head, t, true));
      if (base) series[1].push(trafficAt(base, t, true));
    }
    x.push(at(t));
    series[0].push(trafficAt(head, t, false));
    if (base) series[1].push(trafficAt(base, t, false));
  });
  const text = `Traffic: ${code(section.summary ?? '')}${section.baseSummary ? ` (base: ${code(section.baseSummary)})` : ''}`;
  return {
    title: base ? 'Rollout traffic over time (head, then base)' : 'Rollout traffic over time',
    mermaid: xychart(
      `traffic percent by time since start${base ? ': head, base' : ''}`,
      x,
      'traffic percent',
      series.map((s) => `line [${s.map(num).join(', ')}]`),
      [0, 100],
    ),
    text,
  };
}

/** The group's paths as a pattern (`slices.*.recall`): segments that differ become `*`. */
function patternOf(metrics: string[]): string {
  const split = metrics.map((m) => m.split('.'));
  const n = split[0].length;
  if (split.some((s) => s.length !== n)) return metrics[0];
  return split[0].map((seg, i) => (split.every((s) => s[i] === seg) ? seg : '*')).join('.');
}

/** The part of a path that the pattern's `*` stands for (`slices.<this>.recall`). */
function sliceName(metric: string, pattern: string): string {
  const segs = metric.split('.');
  const pat = pattern.split('.');
  const parts = segs.filter((_, i) => pat[i] === '*');
  return parts.length > 0 && segs.length === pat.length ? parts.join('.') : metric;
}

/** One chart per gated slice pattern: head as bars, base as a line, worst slice first. */
function sliceCharts(model: ModelReport): Chart[] {
  const groups = new Map<number, GateResult[]>();
  for (const g of model.gates) {
    if (g.value === null || !isSlice(g) || (g.aggregate && g.aggregate !== 'each')) continue;
    groups.set(g.gate, [...(groups.get(g.gate) ?? []), g]);
  }
  const charts: Chart[] = [];
  for (const results of groups.values()) {
    if (results.length < 2) continue;
    const pattern = patternOf(results.map((g) => g.metric));
    const better = betterOf({}, results[0].metric);
    const rows = new Map<string, MetricRow>(model.metrics.map((r) => [r.metric, r]));
    const slices = results
      .map((g) => {
        const row = rows.get(g.metric);
        const base =
          model.state === 'new' && !model.diffBase
            ? null
            : row
              ? typeof row.base === 'number'
                ? row.base
                : null
              : g.value;
        return { name: sliceName(g.metric, pattern), head: g.value as number, base };
      })
      .sort((a, b) => (better === 'higher' ? a.head - b.head : b.head - a.head))
      .slice(0, MAX_SLICES);
    const last = pattern.split('.').at(-1) ?? pattern;
    const withBase = slices.every((s) => s.base !== null);
    const series = [`bar [${slices.map((s) => num(s.head)).join(', ')}]`];
    if (withBase) series.push(`line [${slices.map((s) => num(s.base as number)).join(', ')}]`);
    charts.push({
      title: `${pattern} by slice, worst first`,
      mermaid: xychart(
        `${last} by slice${withBase ? `: head bars, ${model.diffBase ? 'production' : 'base'} line` : ''}`,
        slices.map((s) => s.name),
        last,
        series,
      ),
      text: slices
        .map(
          (s) =>
            `${escapeText(s.name)} ${s.base !== null && s.base !== s.head ? `${fmt(s.base)} → ` : ''}${fmt(s.head)}`,
        )
        .join(' · '),
    });
  }
  return charts;
}

/** A `vs: history` gate's past values and this PR's as a line. */
function trendCharts(model: ModelReport): Chart[] {
  return model.gates
    .filter((g) => g.vs === 'history' && g.trend && g.trend.length > 0)
    .map((g) => {
      const trend = g.trend as number[];
      const values = g.value === null ? trend : [...trend, g.value];
      const x = values.map((_, i) => (i === trend.length ? 'this PR' : `-${trend.length - i}`));
      return {
        title: `${g.metric} over the last ${trend.length} versions on the base branch`,
        mermaid: xychart(`${g.metric} trend`, x, g.metric, [
          `line [${values.map(num).join(', ')}]`,
        ]),
        text: `${code(g.metric)}: ${trendLine(trend, g.value)} (reference: ${g.of ?? 'best'} ${g.reference === null ? '-' : fmt(g.reference)})`,
      };
    });
}

/** The model's charts (with their text) in one fold, or null when it has none. */
export function renderCharts(model: ModelReport, ctx: SectionContext): string | null {
  if (ctx.level >= 2) return null;
  const charts = [
    rolloutChart(model),
    ...sliceCharts(model).slice(0, MAX_CHARTS),
    ...trendCharts(model).slice(0, MAX_CHARTS),
  ].filter((c): c is Chart => c !== null);
  if (charts.length === 0) return null;
  const on = ctx.report.config.charts !== false;
  const body = charts
    .map((c) =>
      [`**${escapeText(c.title)}**`, ...(on ? [c.mermaid] : []), `<sub>${c.text}</sub>`].join(
        '\n\n',
      ),
    )
    .join('\n\n');
  return `<details><summary>📈 ${on ? 'Charts' : 'Trends'}: ${charts.map((c) => escapeText(c.title.split(' ')[0])).join(', ')}</summary>\n\n${body}\n\n</details>`;
}
