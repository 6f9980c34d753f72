/** The ledger section of the comment: the ledger diff (base → head) and a suggested entry. */
import { findingList } from '../findings.js';
import type { Finding } from '../../types.js';
import { code, fenced } from '../escape.js';
import type { ModelSectionRenderer } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const ledgerChecks = ['ledger'] as const;

const RANK: Record<Finding['level'], number> = { error: 0, warning: 1, notice: 2 };

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export const renderLedger: ModelSectionRenderer = (model, findings, ctx) => {
  const l = model.ledger;
  if (!l || !Array.isArray(l.diff)) return null;
  const own = findings
    .filter((f) => f.check === 'ledger')
    .sort(
      (a, b) =>
        RANK[a.level] - RANK[b.level] ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message),
    );
  const multi = ctx.report.models.length > 1;
  const bad = own.some((f) => f.level === 'error');
  const icon = bad ? '❌' : own.some((f) => f.level === 'warning') ? '⚠️' : '📒';
  const parts = [
    `### ${icon} Observation ledger${multi ? ` for ${code(model.name)}` : ''}: ${code(l.file)}`,
  ];
  const facts: string[] = [];
  if (l.entries !== null) {
    facts.push(`${entries(l.added.length).replace(' ', ' new ')}`);
    if (l.edited.length > 0)
      facts.push(`${entries(l.edited.length).replace(' ', ' past ')} edited`);
    if (l.removed.length > 0)
      facts.push(`${entries(l.removed.length).replace(' ', ' past ')} removed`);
    const past = (l.baseEntries ?? 0) - l.edited.length - l.removed.length;
    if (l.baseEntries !== null) facts.push(`${past} past unchanged`);
    else facts.push('new ledger file');
    facts.push(l.metricsChanged ? 'metrics changed in this PR' : 'no metric changed');
    parts.push(`<sub>${facts.join(' · ')}</sub>`);
  }
  if (own.length > 0) {
    parts.push(findingList(own, ctx.maxRows) ?? '');
  }
  if (l.diff.length > 0) {
    const cap = ctx.maxRows * 3;
    const shown = l.diff.slice(0, cap);
    let block = `#### Ledger diff (base → head)\n${fenced(shown.join('\n'), 'diff')}`;
    if (l.diff.length > shown.length)
      block += `\n\n<sub>${l.diff.length - shown.length} more lines in the job summary.</sub>`;
    parts.push(block);
  }
  if (typeof l.suggested === 'string' && l.suggested !== '') {
    const body = fenced(l.suggested, l.format === 'yaml' ? 'yaml' : 'markdown');
    if (l.added.length === 0) {
      const lead = l.metricsChanged ? 'Metrics changed in this PR: append' : 'Append';
      parts.push(
        `#### Suggested ledger entry\n${lead} this entry to ${code(l.file)} and replace the ${code('<placeholders>')}. Metric movement and Slice movement are measured by this run.\n\n${body}`,
      );
    } else {
      parts.push(
        `<details><summary>Suggested entry with the measured movement</summary>\n\n${body}\n\n</details>`,
      );
    }
  }
  return parts.join('\n\n');
};
