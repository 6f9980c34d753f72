/** The waivers section of the comment: every waiver command on the PR and what became of it. */
import { markdownTable } from 'markdown-table';
import type { WaiverEntry, WaiverOutcome } from '../../checks/waivers.js';
import type { Report } from '../model.js';
import { clip, code, codeCell, escapeCell } from '../escape.js';
import { textKey } from '../keys.js';
import type { SectionContext } from './types.js';

const OUTCOME: Record<WaiverOutcome, string> = {
  applied: '🟡 waived',
  changed: '❌ changed since waived',
  expired: '⌛ expired',
  refused: '⛔ not authorised',
  unmatched: '➖ nothing to waive',
  withdrawn: '↩️ withdrawn',
  replaced: '➖ replaced',
  ignored: '⛔ ignored',
  invalid: '⚠️ not understood',
};

/** Only plain https links are printed as links: nothing that could end the link or the cell. */
function link(url: string): string {
  return /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~/#%=?&+-]*$/.test(url)
    ? `[comment](${url})`
    : '-';
}

function row(e: WaiverEntry): string[] {
  const what = e.kind === 'unwaive' ? `unwaive ${e.target}` : e.target;
  return [
    OUTCOME[e.status] ?? escapeCell(e.status),
    codeCell(what.length > 120 ? `${what.slice(0, 119)}…` : what),
    escapeCell(`@${e.by}`),
    escapeCell(e.reason ?? '-'),
    escapeCell(e.expires ?? '-'),
    `${escapeCell(e.detail)} · ${link(e.url)}`,
  ];
}

/** Targets a reviewer could waive now: the blocking findings' names. */
function waivable(report: Report): string[] {
  // Keyed by textKey: targets come from the report and can be long (see keys.ts).
  const names = new Map<string, string>();
  for (const f of report.findings) {
    if (f.status === 'waived' || f.level === 'notice' || f.rule?.startsWith('waivers.')) continue;
    if (f.level === 'warning' && report.failOn !== 'warning') continue;
    const name = f.target ?? (f.rule ? `${f.model ? `${f.model} ` : ''}${f.rule}` : null);
    if (name) names.set(textKey(name), name);
  }
  return [...names.values()].sort();
}

/** The section, or null when waivers are off or nothing is waived or waivable. */
export function renderWaivers(report: Report, ctx: SectionContext): string | null {
  const w = report.waivers;
  if (!w) return null;
  const parts: string[] = [];
  if (w.entries.length > 0) {
    const shown = w.entries.slice(0, ctx.maxRows);
    parts.push(
      markdownTable(
        [['Status', 'Target', 'By', 'Reason', 'Expires', 'Detail'], ...shown.map(row)],
        { align: ['l', 'l', 'l', 'l', 'l', 'l'] },
      ),
    );
    if (w.entries.length > shown.length)
      parts.push(`<sub>${w.entries.length - shown.length} more in the job summary.</sub>`);
  }
  const targets = report.passed ? [] : waivable(report);
  if (targets.length > 0) {
    const list = targets
      .slice(0, ctx.maxRows)
      .map((t) => code(clip(t)))
      .join(', ');
    parts.push(
      `<sub>An authorised reviewer can waive a blocking finding with a comment line \`/mlgate waive <target> reason: <why> [expires: YYYY-MM-DD]\`; targets now: ${list}.</sub>`,
    );
  }
  if (parts.length === 0) return null;
  const applied = w.entries.filter((e) => e.status === 'applied').length;
  return [`### Waivers${applied ? ` (${applied} in force)` : ''}`, ...parts].join('\n\n');
}
