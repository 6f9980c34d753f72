/** The review-checklist section of the comment (PR-wide): status per item and the snippet to paste. */
import { markdownTable } from 'markdown-table';
import type { ChecklistItemReport } from '../../checks/checklist.js';
import type { Finding } from '../../types.js';
import { clip, code, codeCell, escapeCell, escapeText, fenced } from '../escape.js';
import type { Report } from '../model.js';
import type { SectionContext } from './types.js';

export const checklistChecks = ['checklist'] as const;

/** Longest item text or detail printed. */
const LONG = 1000;

const ICON: Record<ChecklistItemReport['status'], string> = {
  evidence: '✅',
  attested: '☑️',
  waived: '➖',
  missing: '❌',
};

const LEVEL_ICON: Record<Finding['level'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export function renderChecklist(report: Report, ctx: SectionContext): string | null {
  const section = report.checklist;
  if (!section || !Array.isArray(section.items)) return null;
  const items = section.items;
  const c = section.counts;
  const requiredMissing = items.filter((i) => i.required && i.status === 'missing').length;
  if (section.source === 'none') return unread(report, section, requiredMissing, ctx);
  const summary = [
    `✅ ${c.evidence} by evidence`,
    `☑️ ${c.attested} attested`,
    `➖ ${c.waived} waived`,
    `❌ ${c.missing} missing${requiredMissing > 0 ? ` (${requiredMissing} required)` : ''}`,
  ].join(' · ');
  const parts = [
    `### ${requiredMissing > 0 ? '❌' : '📋'} Review checklist`,
    `<sub>${summary}</sub>`,
  ];

  const shown = items.slice(0, ctx.maxRows);
  let table = itemTable(shown);
  if (items.length > shown.length)
    table += `\n\n<sub>${items.length - shown.length} more items in the job summary.</sub>`;
  const allDone = c.missing === 0;
  parts.push(
    allDone && ctx.level >= 1
      ? `<details><summary>Every item is covered</summary>\n\n${table}\n\n</details>`
      : table,
  );

  const problems = problemList(report, ctx);
  if (problems) parts.push(problems);

  if (ctx.level < 2 && typeof section.snippet === 'string')
    parts.push(snippetBlock(section.snippet));
  return parts.join('\n\n');
}

/**
 * Without a PR description (a push, the CLI without `--pr-body`) no box can be ticked: one line
 * says what evidence covers and where the rest is ticked; only required items that warn get rows.
 * The snippet to paste belongs to a pull request's comment (and `mlgate init`'s PR template).
 */
function unread(
  report: Report,
  section: NonNullable<Report['checklist']>,
  requiredMissing: number,
  ctx: SectionContext,
): string {
  const evidence = section.items.filter((i) => i.status === 'evidence').map((i) => code(i.id));
  const c = section.counts;
  const parts = [
    `### ${requiredMissing > 0 ? '⚠️' : '📋'} Review checklist`,
    `<sub>✅ ${c.evidence} of ${section.items.length} by evidence${evidence.length ? ` (${evidence.join(', ')})` : ''} · ${c.missing} to tick in the PR description: none was read (push event, or the CLI without ${code('--pr-body')}), so required items only warn.</sub>`,
  ];
  const missing = section.items
    .filter((i) => i.required && i.status === 'missing')
    .slice(0, ctx.maxRows);
  if (missing.length > 0) parts.push(itemTable(missing));
  const problems = problemList(report, ctx);
  if (problems) parts.push(problems);
  return parts.join('\n\n');
}

/** The items as table rows: status, text (and required mark) with the id, evidence or detail. */
function itemTable(items: readonly ChecklistItemReport[]): string {
  const rows = items.map((i) => [
    ICON[i.status] ?? escapeCell(i.status),
    `${escapeCell(clip(i.text, LONG))}${i.required ? ' **(required)**' : ''}<br><sub>${codeCell(clip(i.id))}</sub>`,
    escapeCell(clip(i.detail, LONG)),
  ]);
  return markdownTable([['', 'Item', 'Evidence / attestation'], ...rows], {
    align: ['c', 'l', 'l'],
  });
}

/** Checklist findings other than missing items (those are rows): bad waivers, bad attestations. */
function problemList(report: Report, ctx: SectionContext): string | null {
  const problems = report.findings.filter(
    (f) => f.check === 'checklist' && f.rule !== 'checklist.missing',
  );
  if (problems.length === 0) return null;
  return problems
    .slice(0, ctx.maxRows)
    .map(
      (f) => `- ${LEVEL_ICON[f.level] ?? escapeText(f.level)} ${escapeText(clip(f.message, LONG))}`,
    )
    .join('\n');
}

/** The snippet in a collapsed block, with the two rules a new user needs. */
function snippetBlock(snippet: string): string {
  return [
    `<details><summary>How to tick items: paste this into the PR description</summary>`,
    '',
    `Tick a box (${code('- [x]')}) for what you checked yourself; items with machine evidence tick themselves. For an item that does not apply, write ${code('N/A: reason')} after its text. Keep the hidden ${code('<!-- mlgate:id -->')} comments: they match each box even if you edit its text. Editing the description re-runs the check.`,
    '',
    fenced(snippet, 'markdown'),
    '',
    '</details>',
  ].join('\n');
}
