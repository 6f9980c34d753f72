/** Helpers shared by the ODCS and DCS readers: defensive getters, quality rules, enums. */
import { isRecord, list, num, type PathSegment } from '../data.js';
import {
  QUALITY_OPERATORS,
  type Bound,
  type Constraints,
  type QualityRule,
  type Scalar,
} from './model.js';

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}

export function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** JSON with sorted keys, so that two equal values always compare equal as text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const INTEGERS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'multipleOf'] as const;

/** A bound as a number: numbers as they are, ISO dates/timestamps as epoch milliseconds. */
export function boundValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/**
 * One bound from its inclusive and exclusive keywords. ODCS 3.0.x writes the exclusive keyword as
 * a boolean qualifying the inclusive one (`maximum: 100, exclusiveMaximum: true` is `< 100`); JSON
 * Schema, ODCS 3.1+ and DCS write it as a number of its own (`exclusiveMaximum: 100`).
 */
function readBound(inclusive: unknown, exclusive: unknown, lower: boolean): Bound | undefined {
  const value = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : undefined);
  const inc = value(inclusive);
  if (typeof exclusive === 'boolean')
    return inc === undefined ? undefined : { value: inc, exclusive };
  const exc = value(exclusive);
  if (exc === undefined) return inc === undefined ? undefined : { value: inc, exclusive: false };
  if (inc === undefined) return { value: exc, exclusive: true };
  // Both given: the tighter one binds (at equal values the exclusive one).
  const [i, e] = [boundValue(inc), boundValue(exc)];
  if (i === undefined || e === undefined) return { value: exc, exclusive: true };
  const excTighter = lower ? e >= i : e <= i;
  return excTighter ? { value: exc, exclusive: true } : { value: inc, exclusive: false };
}

/** Constraints from an object holding JSON-Schema-like keywords. */
export function readConstraints(src: Record<string, unknown>): Constraints {
  const out: Constraints = {};
  const lower = readBound(src.minimum, src.exclusiveMinimum, true);
  const upper = readBound(src.maximum, src.exclusiveMaximum, false);
  if (lower) out.lower = lower;
  if (upper) out.upper = upper;
  for (const key of INTEGERS) {
    const v = num(src[key]);
    if (v !== undefined) out[key] = v;
  }
  if (typeof src.pattern === 'string') out.pattern = src.pattern;
  if (typeof src.format === 'string') out.format = src.format;
  if (typeof src.uniqueItems === 'boolean') out.uniqueItems = src.uniqueItems;
  return out;
}

const QUALITY_META = new Set([
  'id',
  'name',
  'description',
  'dimension',
  'severity',
  'businessImpact',
  'schedule',
  'scheduler',
  'tags',
  'customProperties',
  'authoritativeDefinitions',
  'method',
  ...QUALITY_OPERATORS,
  'mustBeGreaterThanOrEqualTo',
  'mustBeLessThanOrEqualTo',
]);

/**
 * ODCS 3.0 library `rule` names and the 3.1 `metric` that replaced them (ODCS 3.1 deprecated
 * `rule`; the standard's full example migrated `nullCheck` → `nullValues`, `countCheck` →
 * `rowCount`; the 3.0 schema's examples name `duplicateCount` and `validValues`).
 */
const RULE_TO_METRIC: Record<string, string> = {
  nullCheck: 'nullValues',
  countCheck: 'rowCount',
  duplicateCount: 'duplicateValues',
  validValues: 'invalidValues',
};

/** The 3.1 metric a quality rule checks, whether written `metric:` or 3.0's `rule:`. */
function metricOf(raw: Record<string, unknown>): string | undefined {
  const metric = str(raw.metric);
  if (metric) return metric;
  const rule = str(raw.rule);
  return rule && Object.hasOwn(RULE_TO_METRIC, rule) ? RULE_TO_METRIC[rule] : rule;
}

/** Quality rules of one element. `validValues` lists are left to the enum (see {@link enumFromQuality}). */
export function readQuality(value: unknown, at: PathSegment[]): QualityRule[] {
  const seen = new Map<string, number>();
  const out: QualityRule[] = [];
  list(value).forEach((raw, i) => {
    if (!isRecord(raw)) return;
    const metric = metricOf(raw);
    const named = str(raw.name) ?? str(raw.id);
    const base = named ?? metric ?? str(raw.type) ?? 'rule';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const thresholds: QualityRule['thresholds'] = {};
    for (const op of QUALITY_OPERATORS) {
      const v = raw[op];
      if (isScalar(v)) thresholds[op] = v;
      else if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number'))
        thresholds[op] = [v[0], v[1]];
    }
    // Aliases some tools write.
    if (
      thresholds.mustBeGreaterOrEqualTo === undefined &&
      num(raw.mustBeGreaterThanOrEqualTo) !== undefined
    )
      thresholds.mustBeGreaterOrEqualTo = num(raw.mustBeGreaterThanOrEqualTo);
    if (
      thresholds.mustBeLessOrEqualTo === undefined &&
      num(raw.mustBeLessThanOrEqualTo) !== undefined
    )
      thresholds.mustBeLessOrEqualTo = num(raw.mustBeLessThanOrEqualTo);
    // What the rule checks, in 3.1 terms: `rule` reads as its `metric`, and `type: library` is
    // the default type, so a 3.0 → 3.1 rewrite of the same rule compares equal.
    const body: Record<string, unknown> = metric ? { metric } : {};
    for (const [k, v] of Object.entries(raw)) {
      if (QUALITY_META.has(k) || k === 'validValues' || k === 'rule' || k === 'metric') continue;
      if (k === 'type' && v === 'library') continue;
      if (k === 'arguments' && isRecord(v)) {
        const rest = Object.fromEntries(Object.entries(v).filter(([a]) => a !== 'validValues'));
        if (Object.keys(rest).length > 0) body[k] = rest;
        continue;
      }
      body[k] = v;
    }
    out.push({
      key: n === 1 ? base : `${base}#${n}`,
      at: [...at, i],
      ...(metric ? { metric } : {}),
      thresholds,
      body: stableJson(body),
    });
  });
  return out;
}

/** Allowed values written as a quality rule: ODCS 3.1 `invalidValues` + `arguments.validValues`, or 3.0 `validValues`. */
export function enumFromQuality(value: unknown): Scalar[] | undefined {
  for (const raw of list(value)) {
    if (!isRecord(raw)) continue;
    const args = isRecord(raw.arguments) ? raw.arguments : {};
    const values = Array.isArray(args.validValues)
      ? args.validValues
      : Array.isArray(raw.validValues)
        ? raw.validValues
        : undefined;
    if (values) return values.filter(isScalar);
  }
  return undefined;
}

/** ODCS 3.2 `enum` entries are `{value, label, …}`; plain scalars are accepted too. */
export function enumValues(value: unknown): Scalar[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((v) => (isRecord(v) ? v.value : v)).filter(isScalar);
}

export { list, num };
