/** The contract stage: reads the model's contract file(s) at head and base and checks them. */
import type { Evidence } from '../types.js';
import type { ModelContext, StageResult } from './context.js';

/** What the comment and the report show about the model's contract. */
export interface ContractSection {
  file: string;
  /** Evidence for checklist items `data-contract` (ML completeness), `leakage` and `sensitive-data` (privacy). */
  evidence: { 'data-contract': Evidence; leakage: Evidence; 'sensitive-data': Evidence };
}

export async function contractStage(_ctx: ModelContext): Promise<StageResult<ContractSection>> {
  return { findings: [] };
}
