/**
 * Gate evaluation (SPEC §2): pure, `(gates, metric sets) → results`. Fails closed: a missing
 * metric, a missing reference, a missing confidence interval for `bound`, a wildcard matching
 * nothing, NaN, ±Infinity or a non-number fails a required gate (and skips an optional one).
 */
import type { GateSpec } from '../config/types.js';
import { leafAt, lookup, qualify, splitRef, type Leaf } from '../formats/metrics/paths.js';
import { fmtAll, fmtPair } from '../report/numbers.js';
import type { GateResult, GateStatus, MetricSet } from '../types.js';
import {
  DEFAULT_WINDOW,
  historyReference,
  type HistoryRef,
  type MetricHistory,
} from './history.js';
import {
  aggregateOf,
  didYouMean,
  compilePattern,
  measure,
  numeric,
  revisionOf,
  whereOf,
  type Measured,
} from './measure.js';

export { matchPattern } from './measure.js';

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
  /**
   * For a side whose set is null, where it looked: `no metrics read from prod.json in the working
   * tree`, `no base commit`; so that a missing metric says which file and revision it looked in.
   */
  unread?: Partial<Record<'head' | 'production' | 'baseline', string>>;
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
  const last = metric.slice(metric.lastIndexOf('.') + 1);
  let better = directions.get(last);
  if (!better) {
    const words = last
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    better = words.some((w) => LOWER_WORDS.has(w)) ? 'lower' : 'higher';
    directions.set(last, better);
  }
  return better;
}

/**
 * Whether a finding's message is a gate result's: a gate finding that has a value also names the
 * gate's config line, `<message> (gate at .mlgate.yml:12)`.
 */
export function isGateMessage(findingMessage: string, gateMessage: string): boolean {
  return findingMessage === gateMessage || findingMessage.startsWith(`${gateMessage} (gate at `);
}

/** Direction by last segment: a wildcard gate asks for the same few names once per match. */
const directions = new Map<string, 'higher' | 'lower'>();

/** Evaluate every gate of a model; results in gate order, wildcard matches sorted by path. */
export function evaluateGates(gates: GateSpec[], inputs: GateInputs): GateResult[] {
  // Gates on one pattern (a floor and a regression check on `slices.*.recall`) share its matches.
  const found = new Map<string, ReturnType<typeof lookup>>();
  return gates.flatMap((gate, index) => evaluateGate(gate, index, inputs, found));
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

function evaluateGate(
  gate: GateSpec,
  index: number,
  inputs: GateInputs,
  lookups: Map<string, ReturnType<typeof lookup>>,
): GateResult[] {
  const level = gate.level ?? 'error';
  const required = gate.required ?? true;
  const declared = [
    ...new Set([inputs.head, inputs.production, inputs.baseline].flatMap((s) => s?.files ?? [])),
  ];
  const ref = splitRef(gate.metric, declared);
  const wildcard = ref.name.split('.').includes('*');
  const aggregate = wildcard ? (gate.aggregate ?? 'each') : undefined;
  const make = (metric: string, o: Outcome, path?: string): GateResult => {
    const status: GateStatus =
      o.ok === 'skip' ? 'skip' : o.ok ? 'pass' : level === 'warn' ? 'warn' : 'fail';
    // Assigned in the report's key order, without spreads: an `each` gate makes one per match.
    const result = { metric } as GateResult;
    const file = path || ref.file;
    if (file) result.path = file;
    if (gate.name) result.name = gate.name;
    result.status = status;
    result.level = level;
    result.value = o.value;
    result.reference = o.reference;
    result.threshold = o.threshold;
    result.message = o.message;
    result.gate = index;
    if (gate.vs) result.vs = gate.vs;
    if (gate.bound) result.bound = gate.bound;
    if (aggregate) result.aggregate = aggregate;
    if (o.kind && o.threshold !== null) result.thresholdKind = o.kind;
    if (gate.vs === 'history') {
      result.window = gate.window ?? DEFAULT_WINDOW;
      result.of = gate.of ?? 'best';
    }
    if (o.trend) result.trend = o.trend;
    return result;
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
  const test = wildcard ? compilePattern(ref.name) : (name: string) => name === ref.name;
  const lookupKey = `${ref.file ?? ''}\u0000${ref.name}`;
  let found = lookups.get(lookupKey);
  if (!found) {
    found = lookup(inputs.head, ref, test);
    lookups.set(lookupKey, found);
  }
  if (found.ambiguous) {
    // Whatever its level, a gate that cannot say which file it reads is a config error.
    const spellings = found.ambiguous.map((f) => `\`${qualify(f, ref.name)}\``).join(' or ');
    return [
      {
        ...make(gate.metric, {
          ok: false,
          value: null,
          reference: null,
          threshold: null,
          message: `${ref.name} is defined by several metrics files (${found.ambiguous.join(', ')}); name one in the gate: ${spellings}`,
        }),
        status: 'fail',
        ambiguous: found.ambiguous,
      },
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
  /** The reference for one head metric: the same metric in the reference set, or its history. */
  const referenceOf = (leaf: Leaf, better: 'higher' | 'lower'): Reference => {
    if (gate.vs === 'history')
      return fromHistory(gate, historyReference(gate, leaf.name, better, inputs.history));
    const vs = gate.vs ?? '';
    // The reference is the same file's metric when the reference set has several files too.
    const key = refSet?.files ? qualify(leaf.file, leaf.name) : leaf.name;
    const r = numeric(refSet, key);
    if (r.ok) return { ok: true, value: r.value, name: vs };
    const why = !refSet
      ? `is missing ${noMetrics(vs as 'production' | 'baseline')}`
      : !refSet.values.has(key)
        ? missingRef(refSet, leaf)
        : r.why;
    return { ok: false, why: `${vs} ${leaf.name} ${why}` };
  };
  /** The reference for a pattern's aggregate. */
  const aggregateReference = (agg: Aggregate, better: 'higher' | 'lower'): Reference => {
    if (gate.vs === 'history')
      return fromHistory(gate, historyReference(gate, ref.name, better, inputs.history, agg));
    const vs = gate.vs ?? '';
    const refMatches = lookup(refSet, ref, compilePattern(ref.name)).keys;
    if (refMatches.length === 0)
      return {
        ok: false,
        why: refSet
          ? `${vs} has no metric matching ${gate.metric} in ${whereOf(refSet)}${revisionOf(refSet)}`
          : `${vs} has no metric matching ${gate.metric} ${noMetrics(vs as 'production' | 'baseline')}`,
      };
    const r = aggregateOf(agg, refSet, refMatches, 'value');
    return r.ok ? { ok: true, value: r.value, name: vs } : { ok: false, why: r.why };
  };
  /** `is missing (no metrics read from prod.json at commit 1a2b3c4)`: a side without a set. */
  function noMetrics(side: 'head' | 'production' | 'baseline'): string {
    return `(${inputs.unread?.[side] ?? 'no metrics file'})`;
  }
  const missing = (): string => {
    const head = inputs.head;
    if (!head) return `${gate.metric} is missing ${noMetrics('head')}`;
    const where = ref.file ?? whereOf(head);
    const notDeclared =
      !ref.file && head.files && ref.name.includes(':')
        ? `; \`${ref.name.slice(0, ref.name.lastIndexOf(':'))}\` is not one of the model's metrics files (${head.files.join(', ')})`
        : '';
    const what = wildcard ? `no metric matches ${ref.name} in` : `${ref.name} is missing from`;
    return `${what} ${where}${revisionOf(head)}${didYouMean(head, ref.name)}${notDeclared}`;
  };

  if (!aggregate) {
    const key = found.keys[0];
    if (key === undefined) return [make(gate.metric, unusable(missing()))];
    const leaf = leafAt(inputs.head as MetricSet, key) as Leaf;
    return [
      make(
        gate.metric,
        single(gate, leaf, gate.metric, inputs.head, referenceOf, bound, unusable),
        leaf.file,
      ),
    ];
  }
  const matches = found.keys;
  if (matches.length === 0) return [make(gate.metric, unusable(missing()))];
  if (aggregate === 'each') {
    const lastLiteral = !ref.name.endsWith('*');
    return matches.map((key) => {
      const leaf = leafAt(inputs.head as MetricSet, key) as Leaf;
      const m = ref.file ? qualify(leaf.file, leaf.name) : leaf.name;
      const dot = leaf.name.lastIndexOf('.');
      const subject =
        lastLiteral && dot >= 0 ? `${leaf.name.slice(dot + 1)} on ${leaf.name.slice(0, dot)}` : m;
      return make(
        m,
        single(gate, leaf, subject, inputs.head, referenceOf, bound, unusable),
        leaf.file,
      );
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
        : betterOf(gate, ref.name));
  let reference: Reference | null = null;
  if (gate.vs) {
    reference = aggregateReference(aggregate, better);
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
  leaf: Leaf,
  subject: string,
  headSet: MetricSet | null,
  referenceOf: (leaf: Leaf, better: 'higher' | 'lower') => Reference,
  bound: 'value' | 'lower' | 'upper',
  unusable: (why: string, value?: number | null, reference?: number | null) => Outcome,
): Outcome {
  const head = measure(headSet, leaf.key, bound, leaf.value);
  if (!head.ok) return unusable(`${leaf.name} ${head.why}`);
  const better = betterOf(gate, leaf.name);
  let reference: Reference | null = null;
  if (gate.vs) {
    reference = referenceOf(leaf, better);
    if (!reference.ok) return unusable(reference.why, head.value);
  }
  const label = bound === 'value' ? subject : `${subject} ${bound} CI bound`;
  return judge(gate, better, label, head, reference, unusable);
}

/** A history reference as a gate's reference, named for messages. */
function fromHistory(gate: GateSpec, h: HistoryRef): Reference {
  if (!h.ok) return h;
  const name = `history, ${gate.of ?? 'best'} of ${h.trend.length}`;
  return { ok: true, value: h.value, name, trend: h.trend };
}

/** Why a reference set lacks a metric, naming the file it would come from. */
function missingRef(set: MetricSet, leaf: Leaf): string {
  const file = set.files ? leaf.file : set.file;
  return `is missing from ${file}${revisionOf(set)}${didYouMean(set, leaf.name)}`;
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
  const r = ref?.value ?? null;
  // Value, bounds and reference are read together: print them so that different numbers differ.
  const [vText, minText, maxText] = fmtAll([v, gate.min, gate.max]);
  const shown = `${vText}${head.detail ? ` (${head.detail})` : ''}`;
  const tol = (x: number) => EPS * Math.max(1, Math.abs(x));
  if (gate.min !== undefined && v < gate.min - tol(gate.min)) {
    return {
      ok: false,
      value: v,
      reference: r,
      threshold: gate.min,
      kind: 'min',
      message: `${subject} ${shown} < min ${minText}`,
    };
  }
  if (gate.max !== undefined && v > gate.max + tol(gate.max)) {
    return {
      ok: false,
      value: v,
      reference: r,
      threshold: gate.max,
      kind: 'max',
      message: `${subject} ${shown} > max ${maxText}`,
    };
  }
  if (!gate.vs || !ref || r === null) {
    const atLeast = gate.min !== undefined ? `≥ min ${minText}` : '';
    const atMost = gate.max !== undefined ? `≤ max ${maxText}` : '';
    return {
      ok: true,
      value: v,
      reference: null,
      threshold: gate.min ?? gate.max ?? null,
      kind: gate.min !== undefined ? 'min' : 'max',
      message: `${subject} ${shown} ${atLeast && atMost ? `${atLeast} and ${atMost}` : atLeast || atMost}`,
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
  // The value is read against the reference and against the limit the gate allows (reference
  // minus the allowed drop, plus the required gain): print all three so that they differ visibly.
  const signedGain =
    gate.min_gain ?? gate.min_gain_pct ?? -(gate.max_drop ?? gate.max_drop_pct ?? 0);
  const step = pct ? (signedGain * Math.abs(r)) / 100 : signedGain;
  const limit = better === 'higher' ? r + step : r - step;
  const [rText, vMove] = fmtAll([r, v, limit]);
  const move = `(${rText} → ${vMove}`;
  const worse = better === 'higher' ? 'dropped' : 'rose';
  if (gate.min_gain !== undefined || gate.min_gain_pct !== undefined) {
    const need = (gate.min_gain ?? gate.min_gain_pct) as number;
    const ok = amount >= need - tol(need);
    const [amountText, needText] = fmtPair(Math.abs(amount), need);
    const what =
      amount > 0
        ? `${ok ? 'gained' : 'gained only'} ${amountText}${unit}`
        : amount < 0
          ? `${worse} ${amountText}${unit}`
          : 'did not change';
    return {
      ok,
      value: v,
      reference: r,
      threshold: need,
      kind: gate.min_gain !== undefined ? 'min_gain' : 'min_gain_pct',
      message: `${subject} ${what} vs ${ref.name} ${move}; min gain ${needText}${unit})`,
    };
  }
  const allowed = gate.max_drop ?? gate.max_drop_pct ?? 0;
  const drop = -amount;
  const ok = drop <= allowed + tol(allowed);
  const [dropText, allowedText] = fmtPair(Math.abs(drop), allowed);
  const what =
    drop > 0
      ? `${worse} ${dropText}${unit}`
      : drop < 0
        ? `improved ${dropText}${unit}`
        : 'did not change';
  return {
    ok,
    value: v,
    reference: r,
    threshold: allowed,
    kind: gate.max_drop_pct !== undefined ? 'max_drop_pct' : 'max_drop',
    message: `${subject} ${what} vs ${ref.name} ${move}; max ${allowedText}${unit})`,
  };
}
