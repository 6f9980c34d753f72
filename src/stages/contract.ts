/** The contract stage: reads the model's contract file(s) at head and base and checks them. */
import type { ModelContext, StageResult } from './context.js';

/** What the comment and the report show about the model's contract. */
export interface ContractSection {
  file: string;
}

export async function contractStage(_ctx: ModelContext): Promise<StageResult<ContractSection>> {
  return { findings: [] };
}
