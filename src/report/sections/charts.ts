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
import { code, escapeHtml, escapeText, fenced } from '../escape.js';
import type { ModelReport } from '../model.js';
import { trendLine } from './gates.js';
import { isSlice } from './diff.js';
import { textKey } from '../keys.js';
import type { SectionContext } from './types.js';

/** Most bars in a slice chart; the worst slices are kept. */
const MAX_SLICES = 12;
/** Most slice charts (one per gated pattern) and trend charts per model. */
const MAX_CHARTS = 3;

/** A label safe inside a quoted Mermaid string: letters, digits and a few separators. */
export function chartLabel(text: string, max = 28): string {
  const safe = String(text)
    .replace(/[^A-Za-z0-9_.,:+\- ]/g, '_')
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

/**
 * Series colours. Mermaid's default palette starts with a near-white lavender, which draws a lone
 * line as almost nothing; the PR's values are GitHub's blue (lighter for bars, so that a base line
 * drawn over them shows), the base's a grey.
 */
const HEAD = '#0969da';
const HEAD_BAR = '#54aeff';
const BASE = '#57606a';

/** A series of an xychart and its colour: `['line [1, 2]', HEAD]`. */
type Series = [string, string];

function xychart(
  title: string,
  x: string[],
  yTitle: string,
  series: Series[],
  range?: [number, number],
): string {
  // A fixed directive, no user text: only the colours, which GitHub's Mermaid lets a chart set.
  const palette = series.map(([, colour]) => colour).join(', ');
  const lines = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${chartLabel(title, 60)}"`,
    `  x-axis [${x.map((l) => `"${chartLabel(l)}"`).join(', ')}]`,
    `  y-axis "${chartLabel(yTitle)}"${range ? ` ${num(range[0])} --> ${num(range[1])}` : ''}`,
    ...series.map(([s]) => `  ${s}`),
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

type Timeline = { start: number; traffic: number }[];

/**
 * The traffic of `line` just before and at each of `times` (ascending), in one walk: asking each
 * time separately costs stages × times (a forged plan has a thousand of each).
 */
function trafficAt(line: Timeline, times: number[]): { before: number[]; at: number[] } {
  const before: number[] = [];
  const at: number[] = [];
  let i = 0;
  let v = 0;
  for (const t of times) {
    while (i < line.length && line[i].start < t) v = line[i++].traffic;
    before.push(v);
    let j = i;
    let w = v;
    while (j < line.length && line[j].start <= t) w = line[j++].traffic;
    at.push(w);
  }
  return { before, at };
}

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
  const lines = [head, ...(base ? [base] : [])].map((l) => trafficAt(l, times));
  times.forEach((t, i) => {
    if (i > 0) {
      x.push(at(t));
      lines.forEach((l, s) => series[s].push(l.before[i]));
    }
    x.push(at(t));
    lines.forEach((l, s) => series[s].push(l.at[i]));
  });
  const text = `Traffic: ${code(section.summary ?? '')}${section.baseSummary ? ` (base: ${code(section.baseSummary)})` : ''}`;
  return {
    title: base
      ? 'Rollout traffic over time (head in blue, base in grey)'
      : 'Rollout traffic over time',
    mermaid: xychart(
      `traffic percent by time since start${base ? ': head blue, base grey' : ''}`,
      x,
      'traffic percent',
      // Base first: the later series is drawn on top, so the PR's plan is never hidden.
      [...series]
        .reverse()
        .map((s, i): Series => [`line [${s.map(num).join(', ')}]`, base && i === 0 ? BASE : HEAD]),
      [0, 100],
    ),
    text,
  };
}

/**
 * The y-axis of a bar chart. Mermaid starts the axis at the smallest value, which draws the worst
 * slice (the one a reviewer looks for) as no bar at all; the axis starts half the values' spread
 * lower (not below 0 for non-negative values) so every bar shows.
 */
export function barRange(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const spread = hi - lo || Math.abs(hi) / 10 || 1;
  const bottom = lo - spread / 2;
  return [lo >= 0 && bottom < 0 ? 0 : bottom, hi + spread / 10];
}

/** The group's paths as a pattern (`slices.*.recall`): segments that differ become `*`. */
function patternOf(metrics: string[]): string {
  // One split at a time: a wildcard over every slice has 100,000 metrics.
  const first = metrics[0].split('.');
  const shared = first.map(() => true);
  for (const m of metrics) {
    const segs = m.split('.');
    if (segs.length !== first.length) return metrics[0];
    for (let i = 0; i < segs.length; i++) if (segs[i] !== first[i]) shared[i] = false;
  }
  return first.map((seg, i) => (shared[i] ? seg : '*')).join('.');
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
    const group = groups.get(g.gate);
    if (group) group.push(g);
    else groups.set(g.gate, [g]);
  }
  const charts: Chart[] = [];
  let rows: Map<string, MetricRow> | null = null;
  for (const results of [...groups.values()].filter((r) => r.length >= 2).slice(0, MAX_CHARTS)) {
    const pattern = patternOf(results.map((g) => g.metric));
    const better = betterOf({}, results[0].metric);
    rows ??= new Map(model.metrics.map((r) => [textKey(r.metric), r]));
    // Worst first, then only the slices shown are named and paired with their base.
    const head = (g: GateResult) => g.value as number;
    const slices = [...results]
      .sort((a, b) => (better === 'higher' ? head(a) - head(b) : head(b) - head(a)))
      .slice(0, MAX_SLICES)
      .map((g) => {
        const row = rows!.get(textKey(g.metric));
        const base =
          model.state === 'new' && !model.diffBase
            ? null
            : row
              ? typeof row.base === 'number'
                ? row.base
                : null
              : g.value;
        return { name: sliceName(g.metric, pattern), head: head(g), base };
      });
    const last = pattern.split('.').at(-1) ?? pattern;
    const withBase = slices.every((s) => s.base !== null);
    const series: Series[] = [[`bar [${slices.map((s) => num(s.head)).join(', ')}]`, HEAD_BAR]];
    if (withBase)
      series.push([`line [${slices.map((s) => num(s.base as number)).join(', ')}]`, BASE]);
    const shown = slices.flatMap((s) => (s.base === null ? [s.head] : [s.head, s.base]));
    charts.push({
      title: `${pattern} by slice, worst first`,
      mermaid: xychart(
        `${last} by slice${withBase ? `: head bars, ${model.diffBase ? 'production' : 'base'} line` : ''}`,
        slices.map((s) => s.name),
        last,
        series,
        barRange(shown),
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
    .slice(0, MAX_CHARTS)
    .map((g) => {
      const trend = g.trend as number[];
      const values = g.value === null ? trend : [...trend, g.value];
      const x = values.map((_, i) => (i === trend.length ? 'this PR' : `-${trend.length - i}`));
      return {
        title: `${g.metric} over the last ${trend.length} versions on the base branch`,
        mermaid: xychart(`${g.metric} trend`, x, g.metric, [
          [`line [${values.map(num).join(', ')}]`, HEAD],
        ]),
        text: `${code(g.metric)}: ${trendLine(trend, g.value)} (reference: ${escapeText(g.of ?? 'best')} ${g.reference === null ? '-' : fmt(g.reference)})`,
      };
    });
}

/** The model's charts (with their text) in one fold, or null when it has none. */
export function renderCharts(model: ModelReport, ctx: SectionContext): string | null {
  if (ctx.level >= 2) return null;
  const charts = [rolloutChart(model), ...sliceCharts(model), ...trendCharts(model)].filter(
    (c): c is Chart => c !== null,
  );
  if (charts.length === 0) return null;
  const on = ctx.report.config.charts !== false;
  const body = charts
    .map((c) =>
      [`**${escapeText(c.title)}**`, ...(on ? [c.mermaid] : []), `<sub>${c.text}</sub>`].join(
        '\n\n',
      ),
    )
    .join('\n\n');
  return `<details><summary>📈 ${on ? 'Charts' : 'Trends'}: ${charts.map((c) => escapeHtml(c.title.split(' ')[0])).join(', ')}</summary>\n\n${body}\n\n</details>`;
}
