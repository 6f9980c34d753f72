/** The ledger stage: reads the model's ledger file(s) at head and base and checks them. */
import type { ModelContext, StageResult } from './context.js';

/** What the comment and the report show about the model's ledger. */
export interface LedgerSection {
  file: string;
}

export async function ledgerStage(_ctx: ModelContext): Promise<StageResult<LedgerSection>> {
  return { findings: [] };
}
