/** The ledger section of the comment. */
import type { ModelSectionRenderer } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const ledgerChecks = ['ledger'] as const;

export const renderLedger: ModelSectionRenderer = (model) => {
  if (!model.ledger) return null;
  return null;
};
