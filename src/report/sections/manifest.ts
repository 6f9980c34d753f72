/** The manifest section of the comment. */
import type { ModelSectionRenderer } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const manifestChecks = ['manifest'] as const;

export const renderManifest: ModelSectionRenderer = (model) => {
  if (!model.manifest) return null;
  return null;
};
