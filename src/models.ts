/**
 * Fan-out (SPEC §11): the models in force, resolved exactly as `check` resolves them (the base
 * config by default, plus models only the PR adds), as the list a dynamic matrix reads.
 */
import { modelsInForce, resolveConfig, type ConfigSides } from './config/resolve.js';
import { modelEntries, type ModelEntry } from './config/select.js';
import type { Finding } from './types.js';

export interface ModelList {
  /** Empty when no config is in force; `findings` then says why. */
  models: ModelEntry[];
  /** Config errors (levels as `check` reports them). */
  findings: Finding[];
}

/** List the models in force. Never throws for a bad config: its problems are findings. */
export async function listModels(sides: ConfigSides): Promise<ModelList> {
  const resolved = await resolveConfig(sides);
  const models = modelEntries(modelsInForce(resolved).map((e) => e.model));
  return { models, findings: resolved.findings };
}
