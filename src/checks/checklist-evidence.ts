/**
 * Machine evidence for the default checklist items (SPEC §7), pure. It reads only the declared
 * `evidence` fields of the contract, manifest and rollout sections, the head metrics' `meta` and
 * the gates; an absent section is "no evidence". With several models, evidence must hold for each.
 */
import type { Config, GateSpec, ModelConfig } from '../config/types.js';
import type { ModelReport } from '../report/model.js';
import type { Evidence } from '../types.js';
import { fmt } from '../report/numbers.js';

const RUN_FIELDS = ['code_sha', 'config_hash', 'dataset_version', 'seed'] as const;
const DRIFT = /^(psi|js_distance|ks|empty_bins|drift)$/i;
const GUARDRAIL = /(latency|_ms$|^p\d{2}|cost)/i;

/** Most models named in one combined evidence detail. */
const MAX_DETAILS = 8;

type PerModel = (model: ModelReport, config: ModelConfig | undefined) => Evidence;

const none = (what: string): Evidence => ({ ok: false, detail: `no ${what} configured` });

const EVIDENCE: Record<string, PerModel> = {
  'prediction-contract': (m) => m.manifest?.evidence?.['prediction-contract'] ?? none('manifest'),
  'data-contract': (m) => m.contract?.evidence?.['data-contract'] ?? none('data contract'),
  leakage: (m) => m.contract?.evidence?.leakage ?? none('data contract'),
  'sensitive-data': (m) => m.contract?.evidence?.['sensitive-data'] ?? none('data contract'),
  artifact: (m) => m.manifest?.evidence?.artifact ?? none('manifest'),
  monitoring: (m) => m.manifest?.evidence?.monitoring ?? none('manifest'),
  reproducible,
  'baseline-production': baselineProduction,
  slices,
  'fail-closed': failClosed,
  serving,
};

/** One model's evidence per item id (what a matrix job records for merge to combine). */
export interface ModelEvidence {
  model: string;
  items: Record<string, Evidence>;
}

/** The evidence one model gives for every machine-checkable item. */
export function modelEvidence(config: Config, model: ModelReport): ModelEvidence {
  const mc = config.models.find((c) => c.name === model.name);
  const items: Record<string, Evidence> = {};
  for (const [id, per] of Object.entries(EVIDENCE)) items[id] = per(model, mc);
  return { model: model.name, items };
}

/** Evidence per item id, combined over every model: each must hold. Attestation-only items are absent. */
export function combineEvidence(models: readonly ModelEvidence[]): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  for (const id of Object.keys(EVIDENCE)) {
    if (models.length === 0) {
      out.set(id, { ok: false, detail: 'no model was evaluated' });
      continue;
    }
    const results = models.map((m) => ({
      name: m.model,
      ev: m.items[id] ?? { ok: false, detail: 'no evidence recorded' },
    }));
    if (results.length === 1) {
      out.set(id, results[0].ev);
      continue;
    }
    const failing = results.filter((r) => !r.ev.ok);
    const shown = failing.length > 0 ? failing : results;
    // A 200-model fan-in must not print 200 details in one checklist cell.
    const more = shown.length - MAX_DETAILS;
    const parts = shown.slice(0, MAX_DETAILS).map((r) => `${r.name}: ${r.ev.detail}`);
    if (more > 0) parts.push(`… and ${more} more models`);
    out.set(id, { ok: failing.length === 0, detail: parts.join('; ') });
  }
  return out;
}

/** Evidence per item id, combined over every model. Attestation-only items are absent. */
export function checklistEvidence(config: Config, models: ModelReport[]): Map<string, Evidence> {
  return combineEvidence(models.map((m) => modelEvidence(config, m)));
}

function present(v: unknown): boolean {
  return v !== null && v !== undefined && String(v).trim() !== '';
}

function reproducible(m: ModelReport): Evidence {
  const missing = RUN_FIELDS.filter((f) => !present(m.meta[f]));
  if (missing.length === 0)
    return {
      ok: true,
      detail: `metrics meta: ${RUN_FIELDS.map((f) => `${f} ${String(m.meta[f])}`).join(', ')}`,
    };
  const run = m.manifest?.evidence?.reproducible;
  if (run?.ok) return run;
  const metaPart = `metrics meta lacks ${missing.join(', ')}`;
  return { ok: false, detail: run ? `${metaPart}; manifest: ${run.detail}` : metaPart };
}

function activeGates(config: ModelConfig | undefined): GateSpec[] {
  return (config?.gates ?? []).filter((g) => (g.level ?? 'error') !== 'off');
}

function baselineProduction(m: ModelReport, config: ModelConfig | undefined): Evidence {
  const gates = activeGates(config);
  const parts: string[] = [];
  const lacking: string[] = [];
  for (const vs of ['baseline', 'production'] as const) {
    const g = gates.find((x) => x.vs === vs);
    if (!g) {
      lacking.push(`no gate compares with ${vs}`);
      continue;
    }
    const evaluated = m.gates.filter((r) => r.vs === vs && r.status !== 'skip');
    if (evaluated.length === 0) {
      lacking.push(`the ${vs} comparison was skipped (no ${vs} metrics)`);
      continue;
    }
    parts.push(`${g.metric} vs ${vs}${threshold(g)}`);
  }
  if (lacking.length > 0) return { ok: false, detail: lacking.join('; ') };
  return { ok: true, detail: `gated: ${parts.join(', ')}` };
}

function threshold(g: GateSpec): string {
  for (const k of ['max_drop', 'min_gain', 'max_drop_pct', 'min_gain_pct', 'min', 'max'] as const)
    if (g[k] !== undefined) return ` (${k} ${fmt(g[k])})`;
  return '';
}

function isSliceGate(g: GateSpec): boolean {
  const parts = g.metric.split('.');
  return parts.includes('*') && !parts.some((p) => DRIFT.test(p));
}

function isGuardrailGate(g: GateSpec): boolean {
  return !g.vs && g.max !== undefined && g.metric.split('.').some((p) => GUARDRAIL.test(p));
}

/** A wildcard slice gate, and a latency/cost guardrail: a gate, or the rollout plan's guardrails. */
function slices(m: ModelReport, config: ModelConfig | undefined): Evidence {
  const gates = activeGates(config);
  const slice = gates.find(isSliceGate);
  const guard = gates.find(isGuardrailGate);
  const rollout = m.rollout?.evidence?.guardrails;
  const guardText = guard
    ? `guardrail ${guard.metric} max ${fmt(guard.max)}`
    : rollout?.ok
      ? `rollout guardrails: ${rollout.detail}`
      : null;
  if (slice && guardText) return { ok: true, detail: `slice gate ${slice.metric}; ${guardText}` };
  const lacking = [
    ...(slice ? [] : ['no wildcard slice gate (e.g. slices.*.recall)']),
    ...(guardText ? [] : ['no latency or cost guardrail gate (e.g. latency.p95_ms max)']),
  ];
  return { ok: false, detail: lacking.join('; ') };
}

function failClosed(_m: ModelReport, config: ModelConfig | undefined): Evidence {
  const errorGates = (config?.gates ?? []).filter((g) => (g.level ?? 'error') === 'error');
  if (errorGates.length === 0) return { ok: false, detail: 'no error-level gate is configured' };
  const optional = errorGates.filter((g) => g.required === false);
  if (optional.length > 0)
    return {
      ok: false,
      detail: `error-level gates with \`required: false\` pass when the metric is missing: ${optional.map((g) => g.metric).join(', ')}`,
    };
  return {
    ok: true,
    detail: `all ${errorGates.length} error-level gate${errorGates.length === 1 ? ' is' : 's are'} required`,
  };
}

function serving(m: ModelReport): Evidence {
  const manifest = m.manifest?.evidence?.serving ?? none('manifest');
  const rollback = m.rollout?.evidence?.rollback ?? none('rollout plan');
  return {
    ok: manifest.ok && rollback.ok,
    detail: `manifest: ${manifest.detail}; rollout: ${rollback.detail}`,
  };
}
