/** The rollout stage: reads the model's rollout file(s) at head and base and checks them. */
import type { Evidence } from '../types.js';
import type { ModelContext, StageResult } from './context.js';

/** What the comment and the report show about the model's rollout. */
export interface RolloutSection {
  file: string;
  /** Evidence for checklist items: a rollback trigger/target, and guardrails covering latency and errors. */
  evidence: { rollback: Evidence; guardrails: Evidence };
}

export async function rolloutStage(_ctx: ModelContext): Promise<StageResult<RolloutSection>> {
  return { findings: [] };
}
