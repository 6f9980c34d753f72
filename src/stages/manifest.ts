/** The manifest stage: reads the model's manifest file(s) at head and base and checks them. */
import type { ModelContext, StageResult } from './context.js';

/** What the comment and the report show about the model's manifest. */
export interface ManifestSection {
  file: string;
}

export async function manifestStage(_ctx: ModelContext): Promise<StageResult<ManifestSection>> {
  return { findings: [] };
}
