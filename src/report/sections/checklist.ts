/** The review-checklist section of the comment (PR-wide). */
import type { Report } from '../model.js';
import type { SectionContext } from './types.js';

export const checklistChecks = ['checklist'] as const;

export function renderChecklist(report: Report, _ctx: SectionContext): string | null {
  if (!report.checklist) return null;
  return null;
}
