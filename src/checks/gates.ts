/**
 * Gate evaluation (SPEC §2): pure, `(gates, metric sets) → results`. Fails closed: a missing
 * metric, a missing reference, NaN, ±Infinity or a non-number fails a required gate.
 */
import type { GateSpec } from '../config/types.js';
import type { GateResult, GateStatus, MetricSet, MetricValue } from '../types.js';

export interface GateInputs {
  head: MetricSet | null;
  /** Production reference: base-commit metrics or the configured production file. */
  production: MetricSet | null;
  baseline: MetricSet | null;
}

const LOWER_IS_BETTER = /(loss|error|err|latency|_ms|cost|mse|rmse|mae|ece|psi|drift)$/i;

/** Direction of a metric: the gate's `better`, else by the last segment of its name. */
export function betterOf(gate: GateSpec, metric: string): 'higher' | 'lower' {
  if (gate.better) return gate.better;
  const last = metric.split('.').pop() ?? metric;
  return LOWER_IS_BETTER.test(last) ? 'lower' : 'higher';
}

/** Evaluate every gate of a model. */
export function evaluateGates(gates: GateSpec[], inputs: GateInputs): GateResult[] {
  const results: GateResult[] = [];
  gates.forEach((gate, index) => {
    if ((gate.level ?? 'error') === 'off') return;
    results.push(evaluateOne(gate, index, gate.metric, inputs));
  });
  return results;
}

function evaluateOne(
  gate: GateSpec,
  index: number,
  metric: string,
  inputs: GateInputs,
): GateResult {
  const level = gate.level ?? 'error';
  const required = gate.required ?? true;
  const base: Omit<GateResult, 'status' | 'message' | 'value' | 'reference' | 'threshold'> = {
    metric,
    ...(gate.name ? { name: gate.name } : {}),
    level,
    gate: index,
    ...(gate.vs ? { vs: gate.vs } : {}),
  };
  const result = (
    ok: boolean | 'skip',
    value: number | null,
    reference: number | null,
    threshold: number | null,
    message: string,
  ): GateResult => {
    const status: GateStatus =
      ok === 'skip' ? 'skip' : ok ? 'pass' : level === 'warn' ? 'warn' : 'fail';
    return { ...base, status, value, reference, threshold, message };
  };
  const unusable = (
    why: string,
    value: number | null = null,
    reference: number | null = null,
  ): GateResult =>
    required
      ? result(false, value, reference, null, why)
      : result('skip', value, reference, null, `skipped: ${why}`);

  const head = numeric(inputs.head, metric);
  if (!head.ok) return unusable(`${metric} ${head.why}`);
  const value = head.value;

  if (gate.vs) {
    const refSet = gate.vs === 'production' ? inputs.production : inputs.baseline;
    const ref = numeric(refSet, metric);
    if (!ref.ok) return unusable(`${gate.vs} ${metric} ${ref.why}`, value);
    const better = betterOf(gate, metric);
    const gain = better === 'higher' ? value - ref.value : ref.value - value;
    const word = better === 'higher' ? 'dropped' : 'rose';
    if (gate.min_gain !== undefined) {
      const ok = gain >= gate.min_gain - 1e-12;
      return result(
        ok,
        value,
        ref.value,
        gate.min_gain,
        `${metric} ${fmt(value)} vs ${gate.vs} ${fmt(ref.value)}: gain ${fmt(gain)} ${ok ? '≥' : '<'} required ${fmt(gate.min_gain)}`,
      );
    }
    const allowed = gate.max_drop ?? 0;
    const drop = -gain;
    const ok = drop <= allowed + 1e-12;
    const msg =
      drop > 0
        ? `${metric} ${word} ${fmt(drop)} vs ${gate.vs} (${fmt(ref.value)} → ${fmt(value)}; max ${fmt(allowed)})`
        : `${metric} ${fmt(value)} vs ${gate.vs} ${fmt(ref.value)}: no worse (max drop ${fmt(allowed)})`;
    return result(ok, value, ref.value, allowed, msg);
  }

  if (gate.min !== undefined && value < gate.min) {
    return result(false, value, null, gate.min, `${metric} ${fmt(value)} < min ${fmt(gate.min)}`);
  }
  if (gate.max !== undefined && value > gate.max) {
    return result(false, value, null, gate.max, `${metric} ${fmt(value)} > max ${fmt(gate.max)}`);
  }
  const threshold = gate.min ?? gate.max ?? null;
  const parts = [
    gate.min !== undefined ? `≥ min ${fmt(gate.min)}` : '',
    gate.max !== undefined ? `≤ max ${fmt(gate.max)}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return result(true, value, null, threshold, `${metric} ${fmt(value)} ${parts}`);
}

type Numeric = { ok: true; value: number; leaf: MetricValue } | { ok: false; why: string };

/** A finite number at `metric`, or why there is none. */
export function numeric(set: MetricSet | null, metric: string): Numeric {
  if (!set) return { ok: false, why: 'is missing (no metrics file)' };
  const leaf = set.values.get(metric);
  if (!leaf) return { ok: false, why: `is missing from ${set.file}` };
  const v = leaf.value;
  if (typeof v !== 'number') return { ok: false, why: `is not a number (${JSON.stringify(v)})` };
  if (Number.isNaN(v)) return { ok: false, why: 'is NaN' };
  if (!Number.isFinite(v)) return { ok: false, why: `is ${v > 0 ? '+' : '-'}Infinity` };
  return { ok: true, value: v, leaf };
}

/** Compact number formatting for messages and tables: at most 4 significant decimals. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined) return '-';
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Infinity' : '-Infinity';
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1000) return n.toFixed(1);
  if (abs >= 1) return String(Number(n.toFixed(3)));
  if (abs >= 0.0001) return String(Number(n.toPrecision(4)));
  return n.toExponential(2);
}
