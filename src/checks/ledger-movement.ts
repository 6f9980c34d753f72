/**
 * Metric movement in words, both ways: format the measured diff as a ledger line
 * (`auc +0.012 (0.831 → 0.843)`), and read a stated line back to catch a ledger entry that
 * contradicts the measurement. Pure.
 */
import { fmt, fmtPair } from '../report/numbers.js';
import type { GateResult, MetricRow } from '../types.js';

const SLICE = /^(slices?|cohorts?|segments?|groups?)\./i;

/** Whether a metric path is a slice metric (`slices.<name>.<metric>`). */
export function isSliceMetric(metric: string): boolean {
  return SLICE.test(metric);
}

function decimals(n: number): number {
  // Six significant digits, as `show` prints it: 0.7000000000000001 has one decimal, not 16.
  const s = String(Number(n.toPrecision(6)));
  if (s.includes('e')) return 6;
  return Math.min(6, (s.split('.')[1] ?? '').length);
}

/** `+0.012`, `-3`, `±0`: the change with the precision of its inputs. */
export function signed(change: number, base: number, head: number): string {
  const d = Math.max(decimals(base), decimals(head));
  const text = Math.abs(change).toFixed(d);
  if (Number(text) === 0) return '±0';
  return `${change > 0 ? '+' : '-'}${text}`;
}

/** A value as a ledger line shows it: the report's precision policy (report/numbers.ts). */
const show = fmt;

/** `auc +0.012 (0.831 → 0.843)`, or `auc 0.843 (new)` when the base lacks it. */
export function movementOf(row: MetricRow): string | null {
  const { base, head } = row;
  if (typeof head === 'number' && typeof base === 'number' && row.change !== null) {
    if (row.change === 0) return null;
    const [from, to] = fmtPair(base, head);
    return `${row.metric} ${signed(row.change, base, head)} (${from} → ${to})`;
  }
  if (typeof head === 'number' && (base === null || base === undefined))
    return `${row.metric} ${show(head)} (new)`;
  if (typeof base === 'number' && (head === null || head === undefined))
    return `${row.metric} removed (was ${show(base)})`;
  return null;
}

function list(parts: string[], max: number, none: string): string {
  if (parts.length === 0) return none;
  const shown = parts.slice(0, max);
  const more = parts.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; … and ${more} more` : '');
}

/** The measured metric movement of the non-slice metrics, sorted by name. */
export function metricMovement(rows: MetricRow[], max = 6): string {
  const parts = rows
    .filter((r) => !isSliceMetric(r.metric))
    .map(movementOf)
    .filter((s): s is string => s !== null);
  return list(parts, max, 'no metric changed');
}

/** |change| rounded, so float noise (0.72 − 0.71 vs 0.23 − 0.22) does not decide the order. */
const size = (r: MetricRow) => Math.round(Math.abs(r.change ?? 0) * 1e9);

/** The measured slice movement (largest moves first), then slice gates that failed or warned. */
export function sliceMovement(rows: MetricRow[], gates: GateResult[], max = 6): string {
  const moved = rows
    .filter((r) => isSliceMetric(r.metric) && r.change !== null && r.change !== 0)
    .sort((a, b) => size(b) - size(a) || a.metric.localeCompare(b.metric))
    .map(movementOf)
    .filter((s): s is string => s !== null);
  const flagged = gates
    .filter((g) => (g.status === 'fail' || g.status === 'warn') && isSliceMetric(g.metric))
    .sort((a, b) => a.metric.localeCompare(b.metric))
    .map((g) => `${g.status === 'fail' ? 'failing' : 'warning'}: ${g.message}`);
  const parts = [list(moved, max, 'no slice metric changed'), ...flagged];
  return parts.join('; ');
}

/** A number as written, with how many decimals it had (for rounding tolerance). */
interface Written {
  value: number;
  decimals: number;
}

/** What a ledger line says about one metric. */
export interface StatedMovement {
  metric: string;
  delta?: Written & { percent: boolean };
  from?: Written;
  to?: Written;
}

const NUM = String.raw`\d+(?:\.\d+)?|\.\d+`;
const DELTA = new RegExp(String.raw`(?:^|[\s(:=])([+\-−])\s?(${NUM})\s*(%|pp\b|points?\b)?`);
const ARROW = new RegExp(String.raw`(-?(?:${NUM}))\s*(?:→|->|=>|⟶|to)\s*(-?(?:${NUM}))`);

function written(text: string): Written {
  const t = text.replace('−', '-');
  return { value: Number(t), decimals: (t.split('.')[1] ?? '').length };
}

const MAX_TEXT = 20_000;
const MAX_CLAUSES = 200;
const WORD = /[\w.]/;

/** End of the first mention of `name` in `clause` not inside a longer dotted name, or -1. */
function mentionEnd(clause: string, name: string): number {
  if (name === '') return -1;
  for (let i = clause.indexOf(name); i >= 0; i = clause.indexOf(name, i + 1)) {
    const before = i === 0 ? '' : clause[i - 1];
    const after = clause[i + name.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) return i + name.length;
  }
  return -1;
}

/** Read `auc +0.012 (0.831 → 0.843); latency.p95_ms +5` for the metrics it names. */
export function parseMovement(text: string, metricNames: string[]): StatedMovement[] {
  const names = [...metricNames].sort((a, b) => b.length - a.length);
  const out: StatedMovement[] = [];
  // Bounded: a hostile ledger line must not cost clauses × metric names regex compilations.
  for (const clause of text
    .slice(0, MAX_TEXT)
    .split(/;|,\s|\n/)
    .slice(0, MAX_CLAUSES)) {
    let metric: string | undefined;
    let at = -1;
    const lower = clause.toLowerCase();
    for (const n of names) {
      const end = mentionEnd(lower, n.toLowerCase());
      if (end >= 0) {
        metric = n;
        at = end;
        break;
      }
    }
    if (!metric || out.some((s) => s.metric === metric)) continue;
    const rest = clause.slice(at);
    const stated: StatedMovement = { metric };
    const arrow = ARROW.exec(rest);
    const beforeArrow = arrow ? rest.slice(0, arrow.index) : rest;
    const delta = DELTA.exec(beforeArrow);
    if (delta) {
      const w = written(delta[2]);
      stated.delta = {
        value: delta[1] === '+' ? w.value : -w.value,
        decimals: w.decimals,
        percent: delta[3] !== undefined,
      };
    }
    if (arrow) {
      stated.from = written(arrow[1]);
      stated.to = written(arrow[2]);
    }
    if (stated.delta || stated.from) out.push(stated);
  }
  return out;
}

const tolerance = (w: Written, measured: number): number =>
  Math.max(0.5 * 10 ** -w.decimals, 0.1 * Math.abs(measured), 1e-12);

/**
 * Where a stated movement contradicts the measured one: the sign, the size of the change beyond
 * rounding (half a unit in the last written digit, or 10 %), or the endpoints.
 */
export function contradiction(
  stated: StatedMovement,
  base: number | undefined,
  head: number | undefined,
): string | null {
  if (base === undefined || head === undefined) return null;
  const measured = head - base;
  const actual =
    measured === 0
      ? `${stated.metric} did not change (${String(head)})`
      : `the measured change is ${signed(measured, base, head)} (${String(base)} → ${String(head)})`;
  if (stated.delta) {
    const s = stated.delta.value;
    if (Math.sign(s) !== Math.sign(measured) && !(s === 0 && measured === 0))
      return `states ${stated.metric} ${s > 0 ? '+' : '-'}${Math.abs(s)}${stated.delta.percent ? '%' : ''} but ${actual}`;
    if (!stated.delta.percent && Math.abs(s - measured) > tolerance(stated.delta, measured))
      return `states ${stated.metric} ${s > 0 ? '+' : '-'}${Math.abs(s)} but ${actual}`;
  }
  if (stated.from && stated.to) {
    const off = (w: Written, v: number) => Math.abs(w.value - v) > 0.5 * 10 ** -w.decimals + 1e-12;
    if (off(stated.from, base) || off(stated.to, head))
      return `states ${stated.metric} ${stated.from.value} → ${stated.to.value} but ${actual}`;
  }
  return null;
}
