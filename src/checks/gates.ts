/**
 * Gate evaluation (SPEC §2): pure, `(gates, metric sets) → results`. Fails closed: a missing
 * metric, a missing reference, a missing confidence interval for `bound`, a wildcard matching
 * nothing, NaN, ±Infinity or a non-number fails a required gate (and skips an optional one).
 */
import type { GateSpec } from '../config/types.js';
import type { GateResult, GateStatus, MetricSet } from '../types.js';
import { DEFAULT_WINDOW, historyReference, type MetricHistory } from './history.js';
import {
  aggregateOf,
  didYouMean,
  fmt,
  matchPaths,
  measure,
  numeric,
  type Measured,
} from './measure.js';

export { fmt, matchPattern, matchPaths, numeric } from './measure.js';

export interface GateInputs {
  head: MetricSet | null;
  /** Production reference: base-commit metrics or the configured production file. */
  production: MetricSet | null;
  baseline: MetricSet | null;
  /**
   * The model is new in this PR (production is read from the base commit, which has no metrics
   * file): `vs: production` gates are skipped with a note unless they say `required: true`.
   */
  newModel?: boolean;
  /** Past versions of the metrics file on the base branch, for `vs: history` gates. */
  history?: MetricHistory | null;
}

/** Lower-is-better words (SPEC §2), matched as words of the last path segment. */
const LOWER_WORDS = new Set([
  ...['loss', 'error', 'err', 'latency', 'ms', 'cost', 'mse', 'rmse', 'mae', 'ece', 'psi', 'drift'],
  ...['losses', 'errors', 'costs', 'latencies'],
]);

/**
 * Direction of a metric: the gate's `better`, else `lower` when a word of the last segment (split
 * on `_`, `-` and camelCase) is a lower-is-better word: `calibration_error`, `error_rate`,
 * `p95_ms`, `valLoss`, `psi` are lower; `auc`, `recall`, `errorless` are higher.
 */
export function betterOf(gate: Pick<GateSpec, 'better'>, metric: string): 'higher' | 'lower' {
  if (gate.better) return gate.better;
  const last = metric.split('.').pop() ?? metric;
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((w) => LOWER_WORDS.has(w)) ? 'lower' : 'higher';
}

/** Evaluate every gate of a model; results in gate order, wildcard matches sorted by path. */
export function evaluateGates(gates: GateSpec[], inputs: GateInputs): GateResult[] {
  return gates.flatMap((gate, index) => evaluateGate(gate, index, inputs));
}

type Aggregate = Parameters<typeof aggregateOf>[0];

type Outcome = {
  ok: boolean | 'skip';
  value: number | null;
  reference: number | null;
  threshold: number | null;
  message: string;
  kind?: GateResult['thresholdKind'];
  /** `vs: history`: the values the reference was taken from, oldest first. */
  trend?: number[];
};

/** A gate's reference value and how messages name it, or why there is none. */
type Reference =
  { ok: true; value: number; name: string; trend?: number[] } | { ok: false; why: string };

function evaluateGate(gate: GateSpec, index: number, inputs: GateInputs): GateResult[] {
  const level = gate.level ?? 'error';
  const required = gate.required ?? true;
  const wildcard = gate.metric.split('.').includes('*');
  const aggregate = wildcard ? (gate.aggregate ?? 'each') : undefined;
  const make = (metric: string, o: Outcome): GateResult => {
    const status: GateStatus =
      o.ok === 'skip' ? 'skip' : o.ok ? 'pass' : level === 'warn' ? 'warn' : 'fail';
    return {
      metric,
      ...(gate.name ? { name: gate.name } : {}),
      status,
      level,
      value: o.value,
      reference: o.reference,
      threshold: o.threshold,
      message: o.message,
      gate: index,
      ...(gate.vs ? { vs: gate.vs } : {}),
      ...(gate.bound ? { bound: gate.bound } : {}),
      ...(aggregate ? { aggregate } : {}),
      ...(o.kind && o.threshold !== null ? { thresholdKind: o.kind } : {}),
      ...(gate.vs === 'history'
        ? { window: gate.window ?? DEFAULT_WINDOW, of: gate.of ?? 'best' }
        : {}),
      ...(o.trend ? { trend: o.trend } : {}),
    };
  };
  const unusable = (
    why: string,
    value: number | null = null,
    reference: number | null = null,
  ): Outcome =>
    required
      ? { ok: false, value, reference, threshold: null, message: why }
      : { ok: 'skip', value, reference, threshold: null, message: `skipped: ${why}` };

  if (level === 'off') {
    return [
      make(gate.metric, {
        ok: 'skip',
        value: null,
        reference: null,
        threshold: null,
        message: `${gate.metric}: gate is off (level: off)`,
      }),
    ];
  }
  if (gate.vs === 'production' && inputs.newModel && !inputs.production) {
    const why = `${gate.metric}: new model, no production metrics at the base commit`;
    // A new model has nothing to regress from; only an explicit `required: true` insists.
    return [
      make(
        gate.metric,
        gate.required === true
          ? {
              ok: false,
              value: null,
              reference: null,
              threshold: null,
              message: `${why} (gate is required)`,
            }
          : {
              ok: 'skip',
              value: null,
              reference: null,
              threshold: null,
              message: `skipped: ${why}`,
            },
      ),
    ];
  }
  const refSet =
    gate.vs === 'production' ? inputs.production : gate.vs === 'baseline' ? inputs.baseline : null;
  const bound = gate.bound ?? 'value';
  /** The reference for a path (or, with `agg`, a pattern's aggregate); `better` for history's best. */
  const referenceOf = (metric: string, better: 'higher' | 'lower', agg?: Aggregate): Reference => {
    if (gate.vs === 'history') {
      const h = historyReference(gate, metric, better, inputs.history, agg);
      if (!h.ok) return h;
      return {
        ok: true,
        value: h.value,
        name: `history, ${gate.of ?? 'best'} of ${h.trend.length}`,
        trend: h.trend,
      };
    }
    const vs = gate.vs ?? '';
    if (agg) {
      const refMatches = matchPaths(refSet, metric);
      if (refMatches.length === 0)
        return { ok: false, why: `${vs} has no metric matching ${metric}` };
      const ref = aggregateOf(agg, refSet, refMatches, 'value');
      return ref.ok ? { ok: true, value: ref.value, name: vs } : { ok: false, why: ref.why };
    }
    const ref = numeric(refSet, metric);
    return ref.ok
      ? { ok: true, value: ref.value, name: vs }
      : { ok: false, why: `${vs} ${metric} ${ref.why}` };
  };

  if (!aggregate) {
    return [
      make(
        gate.metric,
        single(gate, gate.metric, gate.metric, inputs.head, referenceOf, bound, unusable),
      ),
    ];
  }
  const matches = matchPaths(inputs.head, gate.metric);
  if (matches.length === 0) {
    const where = inputs.head
      ? `in ${inputs.head.file}${didYouMean(inputs.head, gate.metric)}`
      : '(no metrics file)';
    return [make(gate.metric, unusable(`no metric matches ${gate.metric} ${where}`))];
  }
  if (aggregate === 'each') {
    const lastLiteral = !gate.metric.endsWith('*');
    return matches.map((m) => {
      const segs = m.split('.');
      const subject =
        lastLiteral && segs.length > 1 ? `${segs.at(-1)} on ${segs.slice(0, -1).join('.')}` : m;
      return make(m, single(gate, m, subject, inputs.head, referenceOf, bound, unusable));
    });
  }
  const head = aggregateOf(aggregate, inputs.head, matches, bound);
  const subject = `${aggregate} of ${gate.metric}${bound !== 'value' ? ` (${bound} CI bounds)` : ''}`;
  if (!head.ok) return [make(gate.metric, unusable(`${subject}: ${head.why}`))];
  // Equality measures have a fixed direction: a bigger ratio or a smaller spread is fairer.
  const better =
    gate.better ??
    (aggregate === 'ratio'
      ? 'higher'
      : aggregate === 'spread'
        ? 'lower'
        : betterOf(gate, gate.metric));
  let reference: Reference | null = null;
  if (gate.vs) {
    reference = referenceOf(gate.metric, better, aggregate);
    if (!reference.ok) {
      const why =
        gate.vs === 'baseline' || gate.vs === 'production' ? `${gate.vs} ${subject}: ` : '';
      const msg = reference.why.startsWith(`${gate.vs} has no`)
        ? reference.why
        : `${why}${reference.why}`;
      return [make(gate.metric, unusable(msg, head.value))];
    }
  }
  return [make(gate.metric, judge(gate, better, subject, head, reference, unusable))];
}

function single(
  gate: GateSpec,
  metric: string,
  subject: string,
  headSet: MetricSet | null,
  referenceOf: (metric: string, better: 'higher' | 'lower') => Reference,
  bound: 'value' | 'lower' | 'upper',
  unusable: (why: string, value?: number | null, reference?: number | null) => Outcome,
): Outcome {
  const head = measure(headSet, metric, bound);
  if (!head.ok) return unusable(`${metric} ${head.why}`);
  const better = betterOf(gate, metric);
  let reference: Reference | null = null;
  if (gate.vs) {
    reference = referenceOf(metric, better);
    if (!reference.ok) return unusable(reference.why, head.value);
  }
  const label = bound === 'value' ? subject : `${subject} ${bound} CI bound`;
  return judge(gate, better, label, head, reference, unusable);
}

const EPS = 1e-9;

/** Compare a measured value with the gate's bounds and, for `vs`, its reference. */
function judge(
  gate: GateSpec,
  better: 'higher' | 'lower',
  subject: string,
  head: Extract<Measured, { ok: true }>,
  ref: Extract<Reference, { ok: true }> | null,
  unusable: (why: string, value?: number | null, reference?: number | null) => Outcome,
): Outcome {
  const o = judgeValues(gate, better, subject, head, ref, unusable);
  return ref?.trend && o.ok !== 'skip' ? { ...o, trend: ref.trend } : o;
}

function judgeValues(
  gate: GateSpec,
  better: 'higher' | 'lower',
  subject: string,
  head: Extract<Measured, { ok: true }>,
  ref: Extract<Reference, { ok: true }> | null,
  unusable: (why: string, value?: number | null, reference?: number | null) => Outcome,
): Outcome {
  const v = head.value;
  const shown = `${fmt(v)}${head.detail ? ` (${head.detail})` : ''}`;
  const r = ref?.value ?? null;
  const tol = (x: number) => EPS * Math.max(1, Math.abs(x));
  if (gate.min !== undefined && v < gate.min - tol(gate.min)) {
    return {
      ok: false,
      value: v,
      reference: r,
      threshold: gate.min,
      kind: 'min',
      message: `${subject} ${shown} < min ${fmt(gate.min)}`,
    };
  }
  if (gate.max !== undefined && v > gate.max + tol(gate.max)) {
    return {
      ok: false,
      value: v,
      reference: r,
      threshold: gate.max,
      kind: 'max',
      message: `${subject} ${shown} > max ${fmt(gate.max)}`,
    };
  }
  if (!gate.vs || !ref || r === null) {
    const parts = [
      gate.min !== undefined ? `≥ min ${fmt(gate.min)}` : '',
      gate.max !== undefined ? `≤ max ${fmt(gate.max)}` : '',
    ].filter(Boolean);
    return {
      ok: true,
      value: v,
      reference: null,
      threshold: gate.min ?? gate.max ?? null,
      kind: gate.min !== undefined ? 'min' : 'max',
      message: `${subject} ${shown} ${parts.join(' and ')}`,
    };
  }
  const gain = better === 'higher' ? v - r : r - v;
  const pct = gate.max_drop_pct !== undefined || gate.min_gain_pct !== undefined;
  if (pct && r === 0) {
    return unusable(
      `${subject}: cannot compute a relative change against a ${ref.name} value of 0 (use max_drop/min_gain instead of a _pct form)`,
      v,
      r,
    );
  }
  const amount = pct ? (gain / Math.abs(r)) * 100 : gain;
  const unit = pct ? '%' : '';
  const move = `(${fmt(r)} → ${fmt(v)}`;
  const worse = better === 'higher' ? 'dropped' : 'rose';
  const improved = `improved ${fmt(Math.abs(amount))}${unit}`;
  if (gate.min_gain !== undefined || gate.min_gain_pct !== undefined) {
    const need = (gate.min_gain ?? gate.min_gain_pct) as number;
    const ok = amount >= need - tol(need);
    const what =
      amount > 0
        ? `${ok ? 'gained' : 'gained only'} ${fmt(amount)}${unit}`
        : amount < 0
          ? `${worse} ${fmt(-amount)}${unit}`
          : 'did not change';
    return {
      ok,
      value: v,
      reference: r,
      threshold: need,
      kind: gate.min_gain !== undefined ? 'min_gain' : 'min_gain_pct',
      message: `${subject} ${what} vs ${ref.name} ${move}; min gain ${fmt(need)}${unit})`,
    };
  }
  const allowed = gate.max_drop ?? gate.max_drop_pct ?? 0;
  const drop = -amount;
  const ok = drop <= allowed + tol(allowed);
  const what = drop > 0 ? `${worse} ${fmt(drop)}${unit}` : drop < 0 ? improved : 'did not change';
  return {
    ok,
    value: v,
    reference: r,
    threshold: allowed,
    kind: gate.max_drop_pct !== undefined ? 'max_drop_pct' : 'max_drop',
    message: `${subject} ${what} vs ${ref.name} ${move}; max ${fmt(allowed)}${unit})`,
  };
}
