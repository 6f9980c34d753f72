/** The review checklist (SPEC §7): evidence from the other stages plus attestation in the PR body. */
import type { Config } from '../config/types.js';
import type { ModelReport } from '../report/model.js';
import type { Finding } from '../types.js';
import type { StageResult } from './context.js';

export interface ChecklistContext {
  config: Config;
  configFile: string;
  models: ModelReport[];
  /** Findings so far (contract leakage, privacy, …), which feed evidence. */
  findings: Finding[];
  /** The PR body, or null when there is no PR (push, CLI without --pr-body). */
  prBody: string | null;
}

export interface ChecklistSection {
  items: unknown[];
}

export async function checklistStage(
  _ctx: ChecklistContext,
): Promise<StageResult<ChecklistSection>> {
  return { findings: [] };
}
