/**
 * Breaking changes between the contract at the PR's base and at its head (SPEC §4), matched by
 * table and column NAME, never by position. Pure: two contracts in, a sorted change list out.
 *
 * Levels, before policy: removals, type changes, tightened constraints, removed enum values,
 * loosened classification, a changed primary key and any ML property change are errors; a new
 * required column and loosened quality or SLA are warnings; documentation, additions and
 * loosened constraints are notices.
 */
import { boundValue } from '../formats/contract/common.js';
import type {
  Bound,
  Column,
  Constraints,
  Contract,
  CustomProp,
  QualityRule,
  Scalar,
  SlaItem,
  Table,
} from '../formats/contract/model.js';
import type { PathSegment } from '../formats/data.js';
import type { Level } from '../types.js';
import { ML_KEYS } from './contract-ml.js';

/** One difference between base and head. */
export interface ContractChange {
  /** Stable rule id, e.g. `breaking.column-removed`. */
  rule: string;
  /** Short label for the change table, e.g. `column removed`. */
  change: string;
  /** Dotted location: `table.column.key`. */
  path: string;
  level: Level;
  detail: string;
  /** Where to point in the head file (the nearest surviving element for removals). */
  at: PathSegment[];
  /** The table and column in words: `table orders, column id`, or `contract`. */
  where: string;
}

type Emit = (
  rule: string,
  change: string,
  path: string,
  level: Level,
  detail: string,
  at: PathSegment[],
  where?: string,
) => void;

const show = (v: unknown): string =>
  v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v);

/** Compare two contracts; the result is sorted by path, then rule. */
export function diffContracts(base: Contract, head: Contract): ContractChange[] {
  const out: ContractChange[] = [];
  const emit: Emit = (rule, change, path, level, detail, at, where = 'contract') =>
    out.push({ rule: `breaking.${rule}`, change, path, level, detail, at, where });

  if ((base.description ?? '') !== (head.description ?? ''))
    emit(
      'docs-changed',
      'description changed',
      'description',
      'notice',
      'contract description changed',
      ['description'],
    );
  statusDiff(base, head, emit);
  tagsDiff(base.tags, head.tags, 'tags', ['tags'], emit);
  customDiff(base.custom, head.custom, 'customProperties', [], emit);
  slaDiff(base.sla, head.sla, emit);
  qualityDiff(base.quality, head.quality, 'quality', ['quality'], emit);

  const headTables = new Map(head.tables.map((t) => [t.name, t]));
  const baseTables = new Map(base.tables.map((t) => [t.name, t]));
  for (const b of base.tables) {
    const h = headTables.get(b.name);
    if (!h)
      emit(
        'table-removed',
        'table removed',
        b.name,
        'error',
        `table \`${b.name}\` was removed`,
        ['schema'],
        `table ${b.name}`,
      );
    else tableDiff(b, h, emit);
  }
  for (const h of head.tables)
    if (!baseTables.has(h.name))
      emit(
        'table-added',
        'table added',
        h.name,
        'notice',
        `table \`${h.name}\` was added`,
        h.at,
        `table ${h.name}`,
      );
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule));
}

/** Lifecycle: a contract being deprecated or re-identified is news for every consumer. */
function statusDiff(base: Contract, head: Contract, emit: Emit): void {
  const statusAt = head.format === 'dcs' ? ['info', 'status'] : ['status'];
  if ((base.status ?? '') !== (head.status ?? '')) {
    const to = (head.status ?? '').toLowerCase();
    const why =
      to === 'deprecated' || to === 'retired'
        ? `: the producer is winding this contract down; plan the model's move to its successor`
        : '';
    emit(
      'status-changed',
      'status changed',
      'status',
      'notice',
      `contract status ${show(base.status)} → ${show(head.status)}${why}`,
      statusAt,
    );
  }
  if (base.id && head.id && base.id !== head.id)
    emit(
      'id-changed',
      'id changed',
      'id',
      'notice',
      `contract id ${base.id} → ${head.id}: references to the old id (catalogs, lineage, ledgers) need updating`,
      ['id'],
    );
}

function tableDiff(b: Table, h: Table, outer: Emit): void {
  const p = b.name;
  const emit: Emit = (r, c, path, l, d, a, w) => outer(r, c, path, l, d, a, w ?? `table ${b.name}`);
  const inColumn =
    (name: string): Emit =>
    (r, c, path, l, d, a, w) =>
      outer(r, c, path, l, d, a, w ?? `table ${b.name}, column ${name}`);
  if ((b.physicalName ?? '') !== (h.physicalName ?? '') && b.physicalName)
    emit(
      'physical-name-changed',
      'physical name changed',
      `${p}.physicalName`,
      'error',
      `physical name ${show(b.physicalName)} → ${show(h.physicalName)}: readers of the old name break`,
      h.at,
    );
  if (norm(b.physicalType) !== norm(h.physicalType) && b.physicalType && h.physicalType)
    emit(
      'type-changed',
      'type changed',
      `${p}.physicalType`,
      'error',
      `physical type ${show(b.physicalType)} → ${show(h.physicalType)}`,
      h.at,
    );
  if ((b.description ?? '') !== (h.description ?? ''))
    emit(
      'docs-changed',
      'description changed',
      `${p}.description`,
      'notice',
      'table description changed',
      h.at,
    );
  tagsDiff(b.tags, h.tags, `${p}.tags`, h.at, emit);
  customDiff(b.custom, h.custom, `${p}.customProperties`, h.at, emit);
  if (b.quality.length > 0 || h.quality.length > 0)
    qualityDiff(b.quality, h.quality, `${p}.quality`, [...h.at, 'quality'], emit);

  const pk = (t: Table) =>
    t.columns
      .filter((c) => c.primaryKey)
      .sort(
        (x, y) =>
          (x.primaryKeyPosition ?? 1e9) - (y.primaryKeyPosition ?? 1e9) ||
          x.name.localeCompare(y.name),
      )
      .map((c) => c.name);
  const [bk, hk] = [pk(b), pk(h)];
  if (bk.join(',') !== hk.join(','))
    emit(
      'primary-key-changed',
      'primary key changed',
      `${p}.primaryKey`,
      'error',
      `primary key (${bk.join(', ') || 'none'}) → (${hk.join(', ') || 'none'}): the row grain changed`,
      h.at,
    );

  const headCols = new Map<string, Column>();
  for (const c of h.columns) headCols.set(c.name, c);
  const baseCols = new Set<string>();
  for (const c of b.columns) baseCols.add(c.name);
  for (const bc of b.columns) {
    const hc = headCols.get(bc.name);
    if (!hc)
      emit(
        'column-removed',
        'column removed',
        `${p}.${bc.name}`,
        'error',
        `column \`${bc.name}\` was removed`,
        h.at,
        `table ${b.name}, column ${bc.name}`,
      );
    else columnDiff(bc, hc, `${p}.${bc.name}`, inColumn(bc.name));
  }
  for (const hc of h.columns) {
    if (baseCols.has(hc.name)) continue;
    if (hc.required)
      emit(
        'required-column-added',
        'required column added',
        `${p}.${hc.name}`,
        'warning',
        `new required column \`${hc.name}\`: producers must now supply it`,
        hc.at,
        `table ${b.name}, column ${hc.name}`,
      );
    else
      emit(
        'column-added',
        'column added',
        `${p}.${hc.name}`,
        'notice',
        `new optional column \`${hc.name}\``,
        hc.at,
        `table ${b.name}, column ${hc.name}`,
      );
  }
}

/** Physical types compare case- and space-insensitively (`VARCHAR(2)` = `varchar( 2 )`). */
function norm(type: string | undefined): string {
  return (type ?? '').toLowerCase().replace(/\s+/g, '');
}

const SINGLE_TYPE = ['physicalType'] as const;
const BOTH_TYPES = ['logicalType', 'physicalType'] as const;

/**
 * Compare two columns. Runs once per column of a contract that may have tens of thousands, most
 * of them unchanged: each comparison first checks for plain equality and allocates nothing then.
 */
function columnDiff(b: Column, h: Column, p: string, emit: Emit): void {
  const at = h.at;
  // A DCS field has one `type` (mlgate derives the logical type from it): one change, not two.
  const keys = b.singleType && h.singleType ? SINGLE_TYPE : BOTH_TYPES;
  for (let k = 0; k < keys.length; k++) {
    // Plain reads, not `[bv, hv] = [...]`: destructuring runs the iterator protocol until the
    // function is optimised, and this runs once per column.
    const key = keys[k];
    const bv = b[key];
    const hv = h[key];
    if (bv === hv || norm(bv) === norm(hv)) continue;
    const name = b.singleType && h.singleType ? 'type' : key;
    if (bv && hv)
      emit('type-changed', 'type changed', `${p}.${name}`, 'error', `${name} ${bv} → ${hv}`, at);
    else if (bv)
      emit(
        'type-removed',
        'type no longer declared',
        `${p}.${key}`,
        'warning',
        `${key} ${bv} is no longer declared`,
        at,
      );
    else
      emit('type-declared', 'type declared', `${p}.${key}`, 'notice', `${key} ${hv} declared`, at);
  }
  if (b.required !== h.required && h.required)
    emit(
      'required-tightened',
      'required false → true',
      `${p}.required`,
      'error',
      'the column became required: existing rows with nulls violate the contract',
      at,
    );
  else if (b.required !== h.required)
    emit(
      'required-loosened',
      'required true → false',
      `${p}.required`,
      'notice',
      'the column may now be null',
      at,
    );
  if (b.unique !== h.unique && h.unique)
    emit(
      'unique-tightened',
      'unique became true',
      `${p}.unique`,
      'error',
      'the column became unique: existing duplicates violate the contract',
      at,
    );
  else if (b.unique !== h.unique)
    emit(
      'unique-loosened',
      'unique dropped',
      `${p}.unique`,
      'notice',
      'the column may now repeat values',
      at,
    );
  constraintDiff(b.constraints, h.constraints, p, at, emit);
  enumDiff(b.enumValues, h.enumValues, p, at, emit);
  if (b.pii !== h.pii || b.classification !== h.classification)
    classificationDiff(b, h, p, at, emit);
  if ((b.description ?? '') !== (h.description ?? ''))
    emit(
      'docs-changed',
      'description changed',
      `${p}.description`,
      'notice',
      'column description changed',
      at,
    );
  tagsDiff(b.tags, h.tags, `${p}.tags`, at, emit);
  customDiff(b.custom, h.custom, `${p}.customProperties`, at, emit);
  if (b.quality.length > 0 || h.quality.length > 0)
    qualityDiff(b.quality, h.quality, `${p}.quality`, [...at, 'quality'], emit);
}

const LOWER = ['minLength', 'minItems'] as const;
const BOUNDS = [
  ['minimum', true],
  ['maximum', false],
] as const;
const UPPER = ['maxLength', 'maxItems'] as const;

const boundText = (b: Bound | undefined, lower: boolean): string =>
  b ? `${lower ? (b.exclusive ? '>' : '≥') : b.exclusive ? '<' : '≤'} ${show(b.value)}` : '(none)';

/**
 * -1 when the head bound admits less than the base bound (tighter), 1 when more, 0 when the same,
 * null when the two cannot be compared. A bound compares by value, then exclusive over inclusive.
 */
function compareBound(b: Bound, h: Bound, lower: boolean): -1 | 0 | 1 | null {
  const [bn, hn] = [boundValue(b.value), boundValue(h.value)];
  if (bn === undefined || hn === undefined)
    return b.value === h.value && b.exclusive === h.exclusive ? 0 : null;
  if (bn !== hn) return (lower ? hn > bn : hn < bn) ? -1 : 1;
  if (b.exclusive === h.exclusive) return 0;
  return h.exclusive ? -1 : 1;
}

/** True when the constraints declare nothing. */
function noConstraints(c: Constraints): boolean {
  for (const _ in c) return false;
  return true;
}

function constraintDiff(
  b: Constraints,
  h: Constraints,
  p: string,
  at: PathSegment[],
  emit: Emit,
): void {
  if (noConstraints(b) && noConstraints(h)) return;
  const tight = (path: string, desc: string) =>
    emit(
      'constraint-tightened',
      'constraint tightened',
      path,
      'error',
      `${desc}: existing data may violate it`,
      at,
    );
  const loose = (path: string, desc: string) =>
    emit('constraint-loosened', 'constraint loosened', path, 'notice', desc, at);
  // Bounds compare as ranges, so that `maximum: 100, exclusiveMaximum: true` (ODCS 3.0) and
  // `exclusiveMaximum: 100` (3.1) are the same bound and a real move of either is seen.
  for (const [key, lower] of BOUNDS) {
    const [bb, hb] = lower ? [b.lower, h.lower] : [b.upper, h.upper];
    if (!bb && !hb) continue;
    const path = `${p}.${key}`;
    const desc = `${key} ${boundText(bb, lower)} → ${boundText(hb, lower)}`;
    if (!hb) loose(path, desc);
    else if (!bb) tight(path, desc);
    else {
      const cmp = compareBound(bb, hb, lower);
      if (cmp === -1) tight(path, desc);
      else if (cmp === 1) loose(path, desc);
      else if (cmp === null)
        emit(
          'constraint-changed',
          'constraint changed',
          path,
          'warning',
          `${desc}: cannot tell whether it is tighter`,
          at,
        );
    }
  }
  const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])]
    .filter((k) => k !== 'lower' && k !== 'upper')
    .sort() as Exclude<keyof Constraints, 'lower' | 'upper'>[];
  for (const key of keys) {
    const [bv, hv] = [b[key], h[key]];
    if (bv === hv) continue;
    const path = `${p}.${key}`;
    const desc = `${key} ${show(bv)} → ${show(hv)}`;
    if (hv === undefined) {
      loose(path, desc);
      continue;
    }
    if (bv === undefined) {
      if (key === 'uniqueItems' && hv === false) loose(path, desc);
      else tight(path, desc);
      continue;
    }
    if ((LOWER as readonly string[]).includes(key) || (UPPER as readonly string[]).includes(key)) {
      const tighter = (LOWER as readonly string[]).includes(key) ? hv > bv : hv < bv;
      if (tighter) tight(path, desc);
      else loose(path, desc);
    } else if (key === 'multipleOf' && typeof bv === 'number' && typeof hv === 'number') {
      if (bv % hv === 0) loose(path, desc);
      else tight(path, desc);
    } else if (key === 'uniqueItems') {
      if (hv === true) tight(path, desc);
      else loose(path, desc);
    } else tight(path, desc); // pattern, format: a different rule may reject existing values
  }
}

function enumDiff(
  b: Scalar[] | undefined,
  h: Scalar[] | undefined,
  p: string,
  at: PathSegment[],
  emit: Emit,
): void {
  if (!b && !h) return;
  const path = `${p}.enum`;
  if (!b) {
    emit(
      'enum-added',
      'enum added',
      path,
      'error',
      `values now restricted to ${show(h)}: existing values may fall outside`,
      at,
    );
    return;
  }
  if (!h) {
    emit(
      'enum-dropped',
      'enum dropped',
      path,
      'notice',
      'the column no longer restricts its values',
      at,
    );
    return;
  }
  const key = (v: Scalar) => JSON.stringify(v);
  const hs = new Set(h.map(key));
  const bs = new Set(b.map(key));
  const removed = b.filter((v) => !hs.has(key(v)));
  const added = h.filter((v) => !bs.has(key(v)));
  if (removed.length > 0)
    emit(
      'enum-values-removed',
      'enum values removed',
      path,
      'error',
      `allowed values removed: ${removed.map((v) => show(v)).join(', ')}`,
      at,
    );
  if (added.length > 0)
    emit(
      'enum-values-added',
      'enum values added',
      path,
      'notice',
      `allowed values added: ${added.map((v) => show(v)).join(', ')}`,
      at,
    );
}

/** Rank of a classification; null when mlgate cannot place it. */
export function classificationRank(value: string | undefined): number | null {
  if (value === undefined) return 0;
  const v = value.toLowerCase();
  if (/secret|restricted|highly|pii|sensitive|personal/.test(v)) return 3;
  if (/confidential/.test(v)) return 2;
  if (/internal|private/.test(v)) return 1;
  if (/public|open|unclassified|none/.test(v)) return 0;
  return null;
}

function classificationDiff(b: Column, h: Column, p: string, at: PathSegment[], emit: Emit): void {
  if (b.pii === true && h.pii !== true)
    emit(
      'classification-loosened',
      'classification loosened',
      `${p}.pii`,
      'error',
      'the column is no longer marked `pii: true`',
      at,
    );
  else if (b.pii !== true && h.pii === true)
    emit(
      'classification-tightened',
      'classification tightened',
      `${p}.pii`,
      'notice',
      'the column is now marked `pii: true`',
      at,
    );
  if ((b.classification ?? '').toLowerCase() === (h.classification ?? '').toLowerCase()) return;
  const path = `${p}.classification`;
  const desc = `classification ${show(b.classification)} → ${show(h.classification)}`;
  const [br, hr] = [classificationRank(b.classification), classificationRank(h.classification)];
  if (b.classification === undefined)
    emit('classification-tightened', 'classification added', path, 'notice', desc, at);
  else if (h.classification === undefined || (br !== null && hr !== null && hr < br))
    emit(
      'classification-loosened',
      'classification loosened',
      path,
      'error',
      `${desc}: data is now handled under weaker rules`,
      at,
    );
  else if (br !== null && hr !== null)
    emit('classification-tightened', 'classification tightened', path, 'notice', desc, at);
  else
    emit(
      'classification-changed',
      'classification changed',
      path,
      'warning',
      `${desc}: mlgate cannot rank these values; confirm it is not a loosening`,
      at,
    );
}

function tagsDiff(b: string[], h: string[], path: string, at: PathSegment[], emit: Emit): void {
  if (b.length === h.length && b.every((t, i) => t === h[i])) return;
  const [bs, hs] = [[...b].sort().join(','), [...h].sort().join(',')];
  if (bs !== hs) emit('docs-changed', 'tags changed', path, 'notice', `tags [${bs}] → [${hs}]`, at);
}

function customDiff(
  b: Map<string, CustomProp>,
  h: Map<string, CustomProp>,
  path: string,
  fallback: PathSegment[],
  emit: Emit,
): void {
  if (b.size === 0 && h.size === 0) return;
  const keys = [...new Set([...b.keys(), ...h.keys()])].sort();
  for (const key of keys) {
    const [bv, hv] = [b.get(key), h.get(key)];
    if (JSON.stringify(bv?.value) === JSON.stringify(hv?.value)) continue;
    const at = hv?.at ?? fallback;
    const desc = `${key} ${show(bv?.value)} → ${show(hv?.value)}`;
    if (ML_KEYS.includes(key))
      emit(
        'ml-property-changed',
        'ML property changed',
        `${path}.${key}`,
        'error',
        `${desc}: models trained on the old semantics are no longer comparable`,
        at,
      );
    else emit('metadata-changed', 'custom property changed', `${path}.${key}`, 'notice', desc, at);
  }
}

const OPS_UP = ['mustBeLessThan', 'mustBeLessOrEqualTo'] as const;
const OPS_DOWN = ['mustBeGreaterThan', 'mustBeGreaterOrEqualTo'] as const;

function qualityDiff(
  b: QualityRule[],
  h: QualityRule[],
  path: string,
  fallback: PathSegment[],
  emit: Emit,
): void {
  const hm = new Map(h.map((r) => [r.key, r]));
  const bm = new Map(b.map((r) => [r.key, r]));
  const loosened = (p: string, d: string, at: PathSegment[]) =>
    emit('quality-loosened', 'quality loosened', p, 'warning', d, at);
  const tightened = (p: string, d: string, at: PathSegment[]) =>
    emit('quality-tightened', 'quality tightened', p, 'notice', d, at);
  for (const br of b) {
    const hr = hm.get(br.key);
    const p = `${path}.${br.key}`;
    if (!hr) {
      loosened(p, `quality rule \`${br.key}\` was removed`, fallback);
      continue;
    }
    if (br.body !== hr.body)
      emit(
        'quality-changed',
        'quality rule changed',
        p,
        'warning',
        `what quality rule \`${br.key}\` checks changed; confirm it is not weaker`,
        hr.at,
      );
    const ops = [
      ...new Set([...Object.keys(br.thresholds), ...Object.keys(hr.thresholds)]),
    ].sort() as (keyof QualityRule['thresholds'])[];
    for (const op of ops) {
      const [bv, hv] = [br.thresholds[op], hr.thresholds[op]];
      if (JSON.stringify(bv) === JSON.stringify(hv)) continue;
      const d = `${br.key} ${op} ${show(bv)} → ${show(hv)}`;
      if (hv === undefined) loosened(`${p}.${op}`, d, hr.at);
      else if (bv === undefined) tightened(`${p}.${op}`, d, hr.at);
      else if (
        typeof bv === 'number' &&
        typeof hv === 'number' &&
        (OPS_UP as readonly string[]).includes(op)
      )
        (hv > bv ? loosened : tightened)(`${p}.${op}`, d, hr.at);
      else if (
        typeof bv === 'number' &&
        typeof hv === 'number' &&
        (OPS_DOWN as readonly string[]).includes(op)
      )
        (hv < bv ? loosened : tightened)(`${p}.${op}`, d, hr.at);
      else if (op === 'mustBeBetween' && Array.isArray(bv) && Array.isArray(hv)) {
        if (hv[0] <= bv[0] && hv[1] >= bv[1]) loosened(`${p}.${op}`, d, hr.at);
        else if (hv[0] >= bv[0] && hv[1] <= bv[1]) tightened(`${p}.${op}`, d, hr.at);
        else
          emit(
            'quality-changed',
            'quality rule changed',
            `${p}.${op}`,
            'warning',
            `${d}: neither wider nor narrower`,
            hr.at,
          );
      } else
        emit(
          'quality-changed',
          'quality rule changed',
          `${p}.${op}`,
          'warning',
          `${d}: cannot tell whether it is weaker`,
          hr.at,
        );
    }
  }
  for (const hr of h)
    if (!bm.has(hr.key))
      tightened(`${path}.${hr.key}`, `quality rule \`${hr.key}\` was added`, hr.at);
}

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800,
  mo: 2592000,
  month: 2592000,
  months: 2592000,
  y: 31536000,
  yr: 31536000,
  year: 31536000,
  years: 31536000,
};

/** An SLA value as one comparable number: seconds for durations, the number for percentages. */
export function slaNumber(value: unknown, unit?: string): number | undefined {
  const factor = unit ? UNIT_SECONDS[unit.toLowerCase()] : 1;
  if (typeof value === 'number') return factor === undefined ? value : value * factor;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(v);
  if (pct) return Number(pct[1]);
  const simple = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(v);
  if (simple && UNIT_SECONDS[simple[2].toLowerCase()] !== undefined)
    return Number(simple[1]) * UNIT_SECONDS[simple[2].toLowerCase()];
  const iso =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
      v,
    );
  if (iso && v !== 'P') {
    const [, y, mo, w, d, h, mi, s] = iso.map((x) => Number(x ?? 0));
    return y * 31536000 + mo * 2592000 + w * 604800 + d * 86400 + h * 3600 + mi * 60 + s;
  }
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * (factor ?? 1);
  return undefined;
}

/** SLA properties where a larger value is a weaker promise, and where a smaller one is. */
const LARGER_IS_LOOSER =
  /latency|freshness|frequency|interval|timeto|responsetime|recoverytime|recoverypoint|threshold|delay/i;
const SMALLER_IS_LOOSER = /retention|availability|uptime|percentage/i;

function slaDiff(b: SlaItem[], h: SlaItem[], emit: Emit): void {
  const hm = new Map(h.map((s) => [s.key, s]));
  const bm = new Map(b.map((s) => [s.key, s]));
  for (const bs of b) {
    const hs = hm.get(bs.key);
    const path = `sla.${bs.key}`;
    if (!hs) {
      emit('sla-loosened', 'SLA loosened', path, 'warning', `SLA \`${bs.key}\` was removed`, [
        'slaProperties',
      ]);
      continue;
    }
    if (JSON.stringify([bs.value, bs.unit]) === JSON.stringify([hs.value, hs.unit])) continue;
    const desc = `${bs.key} ${show(bs.value)}${bs.unit ? ` ${bs.unit}` : ''} → ${show(hs.value)}${hs.unit ? ` ${hs.unit}` : ''}`;
    const [bn, hn] = [slaNumber(bs.value, bs.unit), slaNumber(hs.value, hs.unit)];
    const name = bs.key.split('@')[0];
    const direction = LARGER_IS_LOOSER.test(name) ? 1 : SMALLER_IS_LOOSER.test(name) ? -1 : 0;
    if (bn !== undefined && hn !== undefined && direction !== 0 && bn !== hn) {
      const looser = direction > 0 ? hn > bn : hn < bn;
      if (looser)
        emit(
          'sla-loosened',
          'SLA loosened',
          path,
          'warning',
          `${desc}: a weaker promise to consumers`,
          hs.at,
        );
      else emit('sla-tightened', 'SLA tightened', path, 'notice', desc, hs.at);
    } else if (bn !== undefined && bn === hn) {
      emit('sla-restated', 'SLA restated', path, 'notice', `${desc} (same value)`, hs.at);
    } else
      emit(
        'sla-changed',
        'SLA changed',
        path,
        'warning',
        `${desc}: cannot tell whether it is weaker`,
        hs.at,
      );
  }
  for (const hs of h)
    if (!bm.has(hs.key))
      emit(
        'sla-tightened',
        'SLA added',
        `sla.${hs.key}`,
        'notice',
        `SLA \`${hs.key}\` was added`,
        hs.at,
      );
}

/** Semantic-version major of a contract version (`2.1.0`, `v2`), or null. */
export function majorOf(version: string | undefined): number | null {
  const m = /^v?(\d+)(?:\.|$)/.exec(version ?? '');
  return m ? Number(m[1]) : null;
}
