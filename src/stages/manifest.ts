/** The manifest stage: reads the model's manifest file(s) at head and base and checks them. */
import type { Evidence } from '../types.js';
import type { ModelContext, StageResult } from './context.js';

/** What the comment and the report show about the model's manifest. */
export interface ManifestSection {
  file: string;
  /** Evidence for checklist items `prediction-contract`, `artifact`, `serving` (manifest side), `monitoring`, `reproducible` (manifest `run`). */
  evidence: {
    'prediction-contract': Evidence;
    artifact: Evidence;
    serving: Evidence;
    monitoring: Evidence;
    reproducible: Evidence;
  };
}

export async function manifestStage(_ctx: ModelContext): Promise<StageResult<ManifestSection>> {
  return { findings: [] };
}
