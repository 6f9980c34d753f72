/**
 * One line per model (SPEC §11 fan-in): with several models the comment opens with a table of
 * every model and its status, so a reviewer of a 200-model PR sees at once which ones block; the
 * sections below expand failing models, and at the tightest size level passing ones live only here.
 */
import { markdownTable } from 'markdown-table';
import type { Finding } from '../../types.js';
import { codeCell } from '../escape.js';
import type { ModelReport, Report } from '../model.js';
import type { SectionContext } from './types.js';

export type ModelStatus = 'fail' | 'warn' | 'pass';

/** A model's status: ❌ a failed gate or an error finding, ⚠️ a warned gate or a warning, else ✅. */
export function modelStatus(model: ModelReport, findings: readonly Finding[]): ModelStatus {
  const own = findings.filter((f) => f.model === model.name);
  if (model.gates.some((g) => g.status === 'fail') || own.some((f) => f.level === 'error'))
    return 'fail';
  if (model.gates.some((g) => g.status === 'warn') || own.some((f) => f.level === 'warning'))
    return 'warn';
  return 'pass';
}

const ICON: Record<ModelStatus, string> = { fail: '❌', warn: '⚠️', pass: '✅' };

/** The models table, or null for a single model (its section says it all). */
export function renderModelSummary(report: Report, _ctx: SectionContext): string | null {
  if (report.models.length < 2) return null;
  const byModel = new Map<string, { errors: number; warnings: number }>();
  for (const f of report.findings) {
    if (!f.model) continue;
    const c = byModel.get(f.model) ?? { errors: 0, warnings: 0 };
    if (f.level === 'error') c.errors++;
    else if (f.level === 'warning') c.warnings++;
    byModel.set(f.model, c);
  }
  const rows = report.models.map((m) => {
    const passed = m.gates.filter((g) => g.status === 'pass').length;
    const failed = m.gates.filter((g) => g.status === 'fail').length;
    const c = byModel.get(m.name) ?? { errors: 0, warnings: 0 };
    return [
      ICON[modelStatus(m, report.findings)],
      `${codeCell(m.name)}${m.state === 'new' ? ' (new)' : ''}`,
      `${passed}/${m.gates.length}`,
      String(failed),
      String(c.errors),
      String(c.warnings),
    ];
  });
  const counts = { fail: 0, warn: 0, pass: 0 };
  for (const m of report.models) counts[modelStatus(m, report.findings)]++;
  const title = `### Models: ${counts.fail} failing · ${counts.warn} with warnings · ${counts.pass} passing`;
  const table = markdownTable(
    [['', 'Model', 'Gates passed', 'Failed', 'Errors', 'Warnings'], ...rows],
    { align: ['c', 'l', 'r', 'r', 'r', 'r'] },
  );
  return `${title}\n\n${table}`;
}
