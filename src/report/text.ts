/** Plain-text rendering for terminals (`mlgate check --format text`). */
import { fmt } from '../checks/gates.js';
import type { Report } from './model.js';

const MARK = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP' } as const;

export function renderText(report: Report): string {
  const out: string[] = [];
  const { errors, warnings } = report.counts;
  out.push(
    `mlgate: ${report.passed ? 'PASSED' : 'FAILED'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
  );
  if (report.config.note) out.push(`note: ${report.config.note}`);
  for (const model of report.models) {
    out.push('', `model ${model.name}${model.state === 'new' ? ' (new)' : ''}`);
    for (const g of model.gates) out.push(`  ${MARK[g.status]}  ${g.message}`);
    if (model.metrics.length > 0) {
      out.push('  metric diff (base -> head):');
      for (const r of model.metrics) {
        const show = (v: unknown) =>
          typeof v === 'number' ? fmt(v) : v === null || v === undefined ? '-' : String(v);
        out.push(
          `    ${r.metric}: ${show(r.base)} -> ${show(r.head)}${r.change === null ? '' : ` (${r.change > 0 ? '+' : ''}${fmt(r.change)})`}`,
        );
      }
    }
  }
  const rest = report.findings.filter((f) => f.check !== 'gate');
  if (rest.length > 0) {
    out.push('', 'findings:');
    for (const f of rest)
      out.push(
        `  ${f.level}: ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}`,
      );
  }
  return out.join('\n') + '\n';
}
