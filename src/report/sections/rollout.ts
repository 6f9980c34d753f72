/** The rollout section of the comment. */
import type { ModelSectionRenderer } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const rolloutChecks = ['rollout'] as const;

export const renderRollout: ModelSectionRenderer = (model) => {
  if (!model.rollout) return null;
  return null;
};
