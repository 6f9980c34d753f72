/**
 * What the renderer looks up per model, computed once per report: each model's findings, its
 * status, and the finding that gives a failing gate its file:line. Rendering then walks the
 * findings a fixed number of times whatever the number of models (issue 9: a forged report of
 * 500 models × 20,000 findings took ~25 s when every model filtered the whole findings list).
 */
import type { Finding, GateResult } from '../types.js';
import { textKey } from './keys.js';
import type { ModelReport, Report } from './model.js';

/** ❌ a failed gate or an error finding, ⚠️ a warned gate or a warning, else ✅. */
export type ModelStatus = 'fail' | 'warn' | 'pass';

export interface ReportLookup {
  /** The model's findings, in report order. */
  findingsOf(model: ModelReport): Finding[];
  /** A short key for the model's name (see keys.ts); `modelKey(f)` of its findings is the same. */
  nameKey(model: ModelReport): string;
  modelKey(f: Finding): string | undefined;
  status(model: ModelReport): ModelStatus;
  /** The `gate` finding of a failing or warning gate (its file:line), if the report has one. */
  gateFinding(model: ModelReport, gate: GateResult): Finding | undefined;
}

/** A model's status from its own findings. */
export function statusOf(model: ModelReport, own: readonly Finding[]): ModelStatus {
  if (model.gates.some((g) => g.status === 'fail') || own.some((f) => f.level === 'error'))
    return 'fail';
  if (model.gates.some((g) => g.status === 'warn') || own.some((f) => f.level === 'warning'))
    return 'warn';
  return 'pass';
}

const GATE_AT = ' (gate at ';

/**
 * The gate message a gate finding carries: the pipeline writes `<gate message> (gate at
 * .mlgate.yml:12)` when it knows the metric's line, else the gate message alone.
 */
function gateMessageOf(message: string): string | null {
  const at = message.lastIndexOf(GATE_AT);
  return at >= 0 && message.endsWith(')') ? message.slice(0, at) : null;
}

/** Build the lookups for `report`: one pass over the findings; gate pairing per model on demand. */
export function reportLookup(report: Report): ReportLookup {
  const byModel = new Map<string, Finding[]>();
  const keyOf = new Map<Finding, string>();
  for (const f of report.findings) {
    if (f.model === undefined) continue;
    const key = textKey(f.model);
    keyOf.set(f, key);
    const list = byModel.get(key);
    if (list) list.push(f);
    else byModel.set(key, [f]);
  }
  // By the model object: a Map keyed by the names themselves is what keys.ts avoids.
  const nameKeys = new Map<ModelReport, string>();
  const keyOfName = (model: ModelReport) => {
    let key = nameKeys.get(model);
    if (key === undefined) nameKeys.set(model, (key = textKey(model.name)));
    return key;
  };
  const findingsOf = (model: ModelReport) => byModel.get(keyOfName(model)) ?? [];

  const statuses = new Map<ModelReport, ModelStatus>();
  const pairing = new Map<
    ModelReport,
    { byMessage: Map<string, Finding[]>; rank: Map<GateResult, number> }
  >();
  const pairs = (model: ModelReport) => {
    let p = pairing.get(model);
    if (p) return p;
    // Gates failing with the same words pair with their findings in order of the findings' lines.
    const gateFindings = findingsOf(model)
      .filter((f) => f.check === 'gate')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const byMessage = new Map<string, Finding[]>();
    const add = (message: string, f: Finding) => {
      const key = textKey(message);
      const list = byMessage.get(key);
      if (list) list.push(f);
      else byMessage.set(key, [f]);
    };
    for (const f of gateFindings) {
      add(f.message, f);
      const gateMessage = gateMessageOf(f.message);
      if (gateMessage !== null) add(gateMessage, f);
    }
    const rank = new Map<GateResult, number>();
    const seen = new Map<string, number>();
    for (const g of model.gates) {
      const key = `${g.status}${textKey(g.message)}`;
      const n = seen.get(key) ?? 0;
      rank.set(g, n);
      seen.set(key, n + 1);
    }
    pairing.set(model, (p = { byMessage, rank }));
    return p;
  };

  return {
    findingsOf,
    nameKey: keyOfName,
    modelKey: (f) => keyOf.get(f),
    status(model) {
      let s = statuses.get(model);
      if (s === undefined) statuses.set(model, (s = statusOf(model, findingsOf(model))));
      return s;
    },
    gateFinding(model, gate) {
      const p = pairs(model);
      return p.byMessage.get(textKey(gate.message))?.[p.rank.get(gate) ?? 0];
    },
  };
}
