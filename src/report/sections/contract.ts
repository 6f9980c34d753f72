/** The contract section of the comment. */
import type { ModelSectionRenderer } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const contractChecks = ['contract', 'contract-change'] as const;

export const renderContract: ModelSectionRenderer = (model) => {
  if (!model.contract) return null;
  return null;
};
