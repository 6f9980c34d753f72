/** Plain-text descriptions of a plan: the compact line `1% 1h → 10% 4h → 100%` and gate labels. */
import { formatDuration } from './duration.js';
import type { Gate, RolloutPlan, Stage } from './types.js';

function holdText(s: Stage): string {
  if (s.hold === null) return '';
  if (s.hold === 'manual') return ' manual';
  if (s.hold === 'invalid') return ` ${s.holdText ?? '?'} (invalid)`;
  return ` ${formatDuration(s.hold)}`;
}

/** `1% 1h → 10% 4h → 50% 24h → 100%`; a manual promotion ends with `→ manual promotion`. */
export function planLine(plan: RolloutPlan): string {
  const parts = plan.stages.map(
    (s) => `${s.traffic}%${s.label && s.traffic === 0 ? ` (${s.label})` : ''}${holdText(s)}`,
  );
  const last = plan.stages[plan.stages.length - 1];
  if (plan.promotion === 'manual' && last && last.traffic < 100) parts.push('manual promotion');
  return parts.join(' → ');
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

/** `p95_latency_ms ≤ 80`, `error_rate ≤ 2× control`, `success-rate (result[0] >= 0.95)`. */
export function gateLabel(g: Gate): string {
  const bits: string[] = [];
  if (g.min !== undefined) bits.push(`≥ ${num(g.min)}`);
  if (g.max !== undefined) bits.push(`≤ ${num(g.max)}`);
  if (g.maxRatio !== undefined) bits.push(`≤ ${num(g.maxRatio)}× control`);
  if (bits.length > 0) return `${g.name} ${bits.join(', ')}`;
  if (g.kind === 'manual') return `${g.name} (manual)`;
  if (g.kind === 'check') return `${g.name} (check)`;
  if (g.kind === 'analysis') return `${g.name} (template not found)`;
  return g.condition ? `${g.name} (${g.condition})` : g.name;
}

/** The rollback in a phrase: `to churn:2026-10-01 when "…"`. */
export function rollbackText(plan: RolloutPlan): string {
  const r = plan.rollback;
  const parts: string[] = [];
  parts.push(r.artifact ? `to ${r.artifact}` : 'no rollback target');
  parts.push(r.trigger ? `when ${r.trigger}` : 'no trigger');
  return parts.join(', ');
}
