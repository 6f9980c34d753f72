/** Findings as markdown list items: one shape for the generic list and every section's own list. */
import type { Finding } from '../types.js';
import { clip, code, escapeText } from './escape.js';
import { messageAfterFile } from './model.js';

export const LEVEL_ICON: Record<Finding['level'], string> = {
  error: '❌',
  warning: '⚠️',
  notice: 'ℹ️',
};

/**
 * Longest finding message printed (mlgate's own messages are far shorter): a list of 200 findings
 * then costs at most a few hundred kilobytes, whatever a forged report holds.
 */
const MESSAGE_CHARS = 2000;

/** A finding as one markdown list item: icon, location, message. */
export function findingLine(f: Finding): string {
  const where = f.file ? ` ${code(`${clip(f.file)}${f.line ? `:${f.line}` : ''}`)}` : '';
  const icon = f.status === 'waived' ? '🟡' : (LEVEL_ICON[f.level] ?? escapeText(f.level));
  const waived = f.waiver
    ? ` _(waived by ${escapeText(clip(`@${f.waiver.by}: ${f.waiver.reason}`))})_`
    : '';
  const message = clip(f.file ? messageAfterFile(f) : f.message, MESSAGE_CHARS);
  return `- ${icon}${where} ${escapeText(message)}${waived}`;
}

/** Findings in the given order as a list of at most `maxRows` items, saying how many were left out. */
export function findingList(findings: Finding[], maxRows: number): string | null {
  if (findings.length === 0) return null;
  const shown = findings.slice(0, maxRows);
  const lines = shown.map(findingLine);
  if (findings.length > shown.length)
    lines.push(`- … and ${findings.length - shown.length} more in the job summary`);
  return lines.join('\n');
}
