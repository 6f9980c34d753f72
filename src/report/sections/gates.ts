/**
 * The gates table: one row per gate result, each fact once (value, reference, threshold); what a
 * row cannot say in its cells (an aggregate's members, why a gate was skipped or could not be
 * evaluated) is a numbered note below the table.
 */
import { markdownTable } from 'markdown-table';
import type { GateResult } from '../../types.js';
import { clip, codeCell, escapeCell, escapeText } from '../escape.js';
import type { ModelReport } from '../model.js';
import { fmt, fmtAll } from '../numbers.js';
import type { SectionContext } from './types.js';
import { byCodeUnit } from '../../order.js';

export const STATUS_ICON: Record<GateResult['status'], string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  skip: '⏭️',
  waived: '🟡',
};

const THRESHOLD_LABEL: Record<NonNullable<GateResult['thresholdKind']>, [string, string]> = {
  min: ['≥ ', ''],
  max: ['≤ ', ''],
  max_drop: ['max drop ', ''],
  max_drop_pct: ['max drop ', '%'],
  min_gain: ['min gain ', ''],
  min_gain_pct: ['min gain ', '%'],
};

/**
 * The value, reference and threshold cells of a gate row, printed so that numbers read against
 * each other differ visibly (value vs min/max, value vs reference).
 */
function gateNumbers(g: GateResult): { value: string; reference: string; threshold: string } {
  const absolute = g.thresholdKind === 'min' || g.thresholdKind === 'max';
  const [value, reference, threshold] = fmtAll([
    g.value,
    g.reference,
    absolute ? g.threshold : null,
  ]);
  return { value, reference, threshold: absolute ? threshold : fmt(g.threshold) };
}

/*
 * Enums (status, vs, of, bound, aggregate, thresholdKind) are escaped like any text: the schema
 * admits only known values, but the renderer does not rely on a report having been validated.
 */

function thresholdCell(g: GateResult, text: string): string {
  if (g.threshold === null) return '-';
  const [pre, post] = (g.thresholdKind && THRESHOLD_LABEL[g.thresholdKind]) || ['', ''];
  return `${pre}${text}${post}`;
}

function valueCell(g: GateResult, text: string): string {
  if (g.value === null) return '-';
  const what = g.aggregate && g.aggregate !== 'each' ? `${escapeCell(g.aggregate)} ` : '';
  const bound = g.bound && g.bound !== 'value' ? ` (${escapeCell(g.bound)})` : '';
  return `${what}${text}${bound}`;
}

function referenceCell(g: GateResult, text: string): string {
  if (g.reference === null) return g.vs ? `- (${escapeCell(g.vs)})` : '-';
  if (g.vs === 'history' && Array.isArray(g.trend)) {
    return `${text} (${escapeCell(g.of ?? 'best')} of ${g.trend.length})<br><sub>${trendLine(g.trend, g.value)}</sub>`;
  }
  return `${text} (${escapeCell(g.vs ?? 'ref')})`;
}

/** Most past values a trend line shows: the oldest, an ellipsis, and the most recent ones. */
const TREND_SHOWN = 6;

/** `0.861 → 0.858 → 0.855 → 0.851 → **0.847**`: the base branch's past values, then this PR's. */
export function trendLine(trend: number[], head: number | null): string {
  const shown =
    trend.length > TREND_SHOWN
      ? [fmt(trend[0]), '…', ...trend.slice(-(TREND_SHOWN - 2)).map(fmt)]
      : trend.map(fmt);
  return [...shown, ...(head === null ? [] : [`**${fmt(head)}**`])].join(' → ');
}

/** A row whose cells do not tell the whole story: its message goes below the table. */
function needsNote(g: GateResult): boolean {
  return (
    g.status === 'skip' ||
    g.status === 'waived' ||
    g.value === null ||
    g.threshold === null ||
    (g.aggregate !== undefined && g.aggregate !== 'each')
  );
}

export function renderGates(model: ModelReport, ctx: SectionContext): string {
  if (model.gates.length === 0) return '_No gates configured for this model._';
  const order = { fail: 0, warn: 1, waived: 2, skip: 3, pass: 4 } as const;
  const sorted = [...model.gates].sort(
    (a, b) =>
      order[a.status] - order[b.status] || a.gate - b.gate || byCodeUnit(a.metric, b.metric),
  );
  const collapsePassing = ctx.level >= 1;
  const visible = (collapsePassing ? sorted.filter((g) => g.status !== 'pass') : sorted).slice(
    0,
    ctx.maxRows,
  );
  const notes: string[] = [];
  // Two gates that fail for the same reason (`f1 is missing from m.json`) share one note.
  const numbered = new Map<string, number>();
  const rows = visible.map((g) => {
    const n = gateNumbers(g);
    let mark = '';
    if (needsNote(g)) {
      const note =
        escapeText(clip(g.message)) +
        (g.waiver ? ` — ${escapeText(`waived by @${g.waiver.by}: ${clip(g.waiver.reason)}`)}` : '');
      let number = numbered.get(note);
      if (number === undefined) {
        notes.push(note);
        number = notes.length;
        numbered.set(note, number);
      }
      mark = ` <sup>${number}</sup>`;
    }
    return [
      STATUS_ICON[g.status] ?? escapeCell(g.status),
      `${g.name ? `${escapeCell(clip(g.name))} ` : ''}${codeCell(clip(g.metric))}${mark}`,
      valueCell(g, n.value),
      referenceCell(g, n.reference),
      thresholdCell(g, n.threshold),
    ];
  });
  // Rows that would read alike (two gates on one metric failing for the same reason) name
  // their gate's line, so that no two rows are the same.
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.join('|'), (seen.get(r.join('|')) ?? 0) + 1);
  rows.forEach((r, i) => {
    const line = visible[i].configLine;
    if (line && (seen.get(r.join('|')) ?? 0) > 1)
      r[1] += `<br><sub>${codeCell(`${ctx.report.config.file}:${line}`)}</sub>`;
  });
  const hidden = sorted.length - rows.length;
  const parts = ['#### Gates'];
  if (rows.length > 0)
    parts.push(
      markdownTable([['', 'Gate', 'Value', 'Reference', 'Threshold'], ...rows], {
        align: ['c', 'l', 'r', 'r', 'r'],
      }),
    );
  if (notes.length > 0) parts.push(notes.map((n, i) => `${i + 1}. ${n}`).join('\n'));
  if (hidden > 0)
    parts.push(
      `<sub>${hidden} more gate${hidden === 1 ? '' : 's'} passed; see the job summary.</sub>`,
    );
  return parts.join('\n\n');
}
