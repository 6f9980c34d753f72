/** The review checklist (SPEC §7): evidence from the other stages plus attestation in the PR body. */
import { evaluateChecklist, type ChecklistSection } from '../checks/checklist.js';
import type { Config } from '../config/types.js';
import type { PathSegment } from '../formats/data.js';
import { parseTaskItems } from '../formats/pr-body.js';
import type { ModelReport } from '../report/model.js';
import type { Finding } from '../types.js';
import type { StageResult } from './context.js';

export type { ChecklistItemReport, ChecklistSection } from '../checks/checklist.js';

export interface ChecklistContext {
  config: Config;
  configFile: string;
  /** Line of a path in the config file, for findings about `checklist.require`; optional. */
  configLine?: (path: PathSegment[]) => number | undefined;
  models: ModelReport[];
  /** Findings so far (contract leakage, privacy, …), which feed evidence. */
  findings: Finding[];
  /** The PR body, or null when there is no PR (push, CLI without --pr-body). */
  prBody: string | null;
}

/** Evaluate the checklist. Pure apart from being async like the other stages; never throws. */
export async function checklistStage(
  ctx: ChecklistContext,
): Promise<StageResult<ChecklistSection>> {
  const tasks = ctx.prBody === null ? null : parseTaskItems(ctx.prBody);
  const { section, findings } = evaluateChecklist({
    config: ctx.config,
    configFile: ctx.configFile,
    ...(ctx.configLine ? { configLine: ctx.configLine } : {}),
    models: ctx.models,
    tasks,
  });
  return { section, findings };
}
