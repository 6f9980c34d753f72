/**
 * Gate policy changes between the base config (in force) and the head config (proposed, effective
 * after merge). Gates are matched per model by metric + vs + bound + aggregate (in order, when a
 * model has several gates with the same key). Any loosening is flagged so a reviewer sees it.
 */
import type { Config, GateSpec, ModelConfig } from '../config/types.js';
import { DEFAULT_WINDOW } from './history.js';
import { fmt } from '../report/numbers.js';
import { byCodeUnit } from '../order.js';

export interface PolicyChange {
  model: string;
  /** The gate's metric (pattern), or `(model)` for a model added or removed. */
  metric: string;
  kind: 'added' | 'removed' | 'loosened' | 'tightened' | 'changed';
  /** True when the change weakens the policy (loosened, a removed gate or model): a warning. */
  flagged: boolean;
  before?: string;
  after?: string;
  /** Where the change is in the head config: model index and gate index (when the gate exists there). */
  at?: { model: number; gate?: number };
}

const LEVEL_RANK = { off: 0, warn: 1, error: 2 } as const;

function gateKey(g: GateSpec): string {
  return [g.metric, g.vs ?? '', g.bound ?? 'value', g.aggregate ?? 'each'].join('\u0000');
}

/** A gate as one line: `min 0.82, level warn`. */
export function describeGate(g: GateSpec): string {
  const parts: string[] = [];
  if (g.vs) parts.push(`vs ${g.vs}`);
  if (g.vs === 'history')
    parts.push(`window ${g.window ?? DEFAULT_WINDOW}`, `of ${g.of ?? 'best'}`);
  for (const k of ['min', 'max', 'max_drop', 'max_drop_pct', 'min_gain', 'min_gain_pct'] as const) {
    if (g[k] !== undefined) parts.push(`${k} ${fmt(g[k])}`);
  }
  if (g.bound && g.bound !== 'value') parts.push(`bound ${g.bound}`);
  if (g.aggregate && g.aggregate !== 'each') parts.push(`aggregate ${g.aggregate}`);
  if (g.better) parts.push(`better ${g.better}`);
  if (g.level && g.level !== 'error') parts.push(`level ${g.level}`);
  if (g.required === false) parts.push('required false');
  return parts.join(', ') || 'no threshold';
}

type Dir = 'looser' | 'tighter' | 'changed';

/** The relative rule of a `vs` gate; a `vs` gate with none allows no drop at all. */
function relative(g: GateSpec): { kind: string; amount: number } | null {
  if (!g.vs) return null;
  for (const kind of ['max_drop', 'max_drop_pct', 'min_gain', 'min_gain_pct'] as const) {
    if (g[kind] !== undefined) return { kind, amount: g[kind] };
  }
  return { kind: 'max_drop', amount: 0 };
}

/** Each setting that differs between two matched gates, and which way it moves the policy. */
function compareGates(a: GateSpec, b: GateSpec): { field: string; dir: Dir }[] {
  const out: { field: string; dir: Dir }[] = [];
  const bound = (field: 'min' | 'max', looserWhenBigger: boolean) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return;
    if (y === undefined) out.push({ field, dir: 'looser' });
    else if (x === undefined) out.push({ field, dir: 'tighter' });
    else out.push({ field, dir: y > x === looserWhenBigger ? 'looser' : 'tighter' });
  };
  bound('min', false);
  bound('max', true);
  const ra = relative(a);
  const rb = relative(b);
  if (ra && rb && (ra.kind !== rb.kind || ra.amount !== rb.amount)) {
    if (ra.kind !== rb.kind) out.push({ field: rb.kind, dir: 'changed' });
    else {
      const bigger = rb.amount > ra.amount;
      const looser = ra.kind.startsWith('max_drop') ? bigger : !bigger;
      out.push({ field: ra.kind, dir: looser ? 'looser' : 'tighter' });
    }
  }
  if (a.vs === 'history' && b.vs === 'history') out.push(...compareHistory(a, b));
  const la = LEVEL_RANK[a.level ?? 'error'];
  const lb = LEVEL_RANK[b.level ?? 'error'];
  if (la !== lb) out.push({ field: 'level', dir: lb < la ? 'looser' : 'tighter' });
  const qa = a.required ?? true;
  const qb = b.required ?? true;
  if (qa !== qb) out.push({ field: 'required', dir: qb ? 'tighter' : 'looser' });
  if ((a.better ?? null) !== (b.better ?? null)) out.push({ field: 'better', dir: 'changed' });
  return out;
}

/**
 * Strictness of the history reference under a slow decay, the drift the gate exists to catch: the
 * best of the window is the strictest, then the oldest, then the median; a shorter window reaches
 * less far back, so it is looser.
 */
const OF_RANK = { median: 0, oldest: 1, best: 2 } as const;

function compareHistory(a: GateSpec, b: GateSpec): { field: string; dir: Dir }[] {
  const out: { field: string; dir: Dir }[] = [];
  const oa = OF_RANK[a.of ?? 'best'];
  const ob = OF_RANK[b.of ?? 'best'];
  if (oa !== ob) out.push({ field: 'of', dir: ob < oa ? 'looser' : 'tighter' });
  const wa = a.window ?? DEFAULT_WINDOW;
  const wb = b.window ?? DEFAULT_WINDOW;
  if (wa !== wb) out.push({ field: 'window', dir: wb < wa ? 'looser' : 'tighter' });
  return out;
}

function diffModel(base: ModelConfig, head: ModelConfig, modelIndex: number): PolicyChange[] {
  const out: PolicyChange[] = [];
  const model = head.name;
  for (const key of ['metrics', 'baseline', 'production'] as const) {
    const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : v);
    const x = text(base[key]) ?? (key === 'production' ? 'base' : undefined);
    const y = text(head[key]) ?? (key === 'production' ? 'base' : undefined);
    if (x !== y) {
      out.push({
        model,
        metric: `(${key} file)`,
        kind: 'changed',
        flagged: key !== 'metrics',
        before: x ?? '-',
        after: y ?? '-',
        at: { model: modelIndex },
      });
    }
  }
  const headGates = (head.gates ?? []).map((g, i) => ({ g, i }));
  const unmatched = new Map<string, { g: GateSpec; i: number }[]>();
  for (const entry of headGates) {
    const k = gateKey(entry.g);
    unmatched.set(k, [...(unmatched.get(k) ?? []), entry]);
  }
  for (const a of base.gates ?? []) {
    const queue = unmatched.get(gateKey(a));
    const match = queue?.shift();
    if (!match) {
      out.push({
        model,
        metric: a.metric,
        kind: 'removed',
        flagged: true,
        before: describeGate(a),
        at: { model: modelIndex },
      });
      continue;
    }
    const diffs = compareGates(a, match.g);
    if (diffs.length === 0) continue;
    const kind = diffs.some((d) => d.dir === 'looser')
      ? 'loosened'
      : diffs.every((d) => d.dir === 'tighter')
        ? 'tightened'
        : 'changed';
    out.push({
      model,
      metric: a.metric,
      kind,
      flagged: kind === 'loosened',
      before: describeGate(a),
      after: describeGate(match.g),
      at: { model: modelIndex, gate: match.i },
    });
  }
  for (const rest of unmatched.values()) {
    for (const { g, i } of rest) {
      out.push({
        model,
        metric: g.metric,
        kind: 'added',
        flagged: false,
        after: describeGate(g),
        at: { model: modelIndex, gate: i },
      });
    }
  }
  return out;
}

/** Compare the policy in force (base) with the PR's proposed policy (head); sorted for display. */
export function diffPolicy(base: Config, head: Config): PolicyChange[] {
  const out: PolicyChange[] = [];
  const headByName = new Map(head.models.map((m, i) => [m.name, { m, i }]));
  const baseNames = new Set(base.models.map((m) => m.name));
  for (const b of base.models) {
    const h = headByName.get(b.name);
    if (!h) {
      out.push({
        model: b.name,
        metric: '(model)',
        kind: 'removed',
        flagged: true,
        before: `model with ${(b.gates ?? []).length} gates`,
      });
    } else out.push(...diffModel(b, h.m, h.i));
  }
  head.models.forEach((m, i) => {
    if (!baseNames.has(m.name)) {
      out.push({
        model: m.name,
        metric: '(model)',
        kind: 'added',
        flagged: false,
        after: `model with ${(m.gates ?? []).length} gates`,
        at: { model: i },
      });
    }
  });
  const eb = base.metrics_policy?.psi_epsilon;
  const eh = head.metrics_policy?.psi_epsilon;
  if (eb !== eh) {
    out.push({
      model: '*',
      metric: '(metrics_policy.psi_epsilon)',
      kind: 'changed',
      flagged: false,
      before: eb === undefined ? 'default 0.0001' : String(eb),
      after: eh === undefined ? 'default 0.0001' : String(eh),
    });
  }
  const order = { loosened: 0, removed: 1, changed: 2, tightened: 3, added: 4 } as const;
  return out.sort(
    (x, y) =>
      byCodeUnit(x.model, y.model) ||
      order[x.kind] - order[y.kind] ||
      byCodeUnit(x.metric, y.metric) ||
      byCodeUnit(x.before ?? '', y.before ?? ''),
  );
}
