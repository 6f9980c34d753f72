/**
 * One line per model (SPEC §11 fan-in): with several models the comment opens with a table of
 * every model and its status, so a reviewer of a 200-model PR sees at once which ones block; the
 * sections below expand failing models, and at the tightest size level passing ones live only here.
 */
import { markdownTable } from 'markdown-table';
import { codeCell } from '../escape.js';
import { reportLookup, type ModelStatus } from '../lookup.js';
import type { Report } from '../model.js';
import type { SectionContext } from './types.js';

export type { ModelStatus } from '../lookup.js';

const ICON: Record<ModelStatus, string> = { fail: '❌', warn: '⚠️', pass: '✅' };

/** The models table, or null for a single model (its section says it all). */
export function renderModelSummary(report: Report, ctx: SectionContext): string | null {
  if (report.models.length < 2) return null;
  const lookup = ctx.lookup ?? reportLookup(report);
  const counts = { fail: 0, warn: 0, pass: 0 };
  const rows = report.models.map((m) => {
    const passed = m.gates.filter((g) => g.status === 'pass').length;
    const failed = m.gates.filter((g) => g.status === 'fail').length;
    const c = { errors: 0, warnings: 0 };
    for (const f of lookup.findingsOf(m)) {
      if (f.level === 'error') c.errors++;
      else if (f.level === 'warning') c.warnings++;
    }
    const status = lookup.status(m);
    counts[status]++;
    return [
      ICON[status],
      `${codeCell(m.name)}${m.state === 'new' ? ' (new)' : ''}`,
      `${passed}/${m.gates.length}`,
      String(failed),
      String(c.errors),
      String(c.warnings),
    ];
  });
  const title = `### Models: ${counts.fail} failing · ${counts.warn} with warnings · ${counts.pass} passing`;
  const table = markdownTable(
    [['', 'Model', 'Gates passed', 'Failed', 'Errors', 'Warnings'], ...rows],
    { align: ['c', 'l', 'r', 'r', 'r', 'r'] },
  );
  return `${title}\n\n${table}`;
}
