/** What a section renderer gets: the model, its findings, and how much room there is. */
import type { ReportLookup } from '../lookup.js';
import type { ModelReport, Report } from '../model.js';
import type { Budget } from '../budget.js';
import type { Finding } from '../../types.js';

export interface SectionContext {
  report: Report;
  /** 0 = full detail; 1 = passing detail collapsed; 2 = tables capped hard, long detail dropped. */
  level: number;
  /** Most rows any table may show at this level. */
  maxRows: number;
  /** The report's per-model lookups, built once per rendering (built on demand when absent). */
  lookup?: ReportLookup;
  /** The time left for rendering (publish and merge mode): checked between models. */
  budget?: Budget;
}

/** A per-model section: returns markdown, or null when there is nothing to show. */
export type ModelSectionRenderer = (
  model: ModelReport,
  findings: Finding[],
  ctx: SectionContext,
) => string | null;
