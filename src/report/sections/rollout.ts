/** The rollout section of the comment: the plan as one line, its stages, rollback and findings. */
import { markdownTable } from 'markdown-table';
import { formatDuration } from '../../formats/rollout/duration.js';
import { gateLabel, rollbackText } from '../../formats/rollout/describe.js';
import type { Stage } from '../../formats/rollout/types.js';
import { clip, code, escapeCell, escapeText } from '../escape.js';
import { findingList } from '../findings.js';
import { sortFindings } from '../model.js';
import type { ModelSectionRenderer } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const rolloutChecks = ['rollout'] as const;

const FORMAT: Record<string, string> = {
  argo: 'Argo Rollout',
  flagger: 'Flagger Canary',
  kserve: 'KServe InferenceService',
  native: 'MlgateRollout',
};

function holdCell(s: Stage): string {
  if (s.hold === null) return '-';
  if (s.hold === 'manual') return 'manual';
  if (s.hold === 'invalid') return `${escapeCell(s.holdText ?? '?')} (invalid)`;
  return formatDuration(s.hold);
}

export const renderRollout: ModelSectionRenderer = (model, findings, ctx) => {
  const section = model.rollout;
  if (!section) return null;
  const own = findings.filter((f) => f.check === 'rollout');
  const plan = section.plan;
  const kind = plan ? (FORMAT[plan.format] ?? escapeText(String(plan.format))) : '';
  const title = `#### Rollout ${code(section.file)}${plan ? ` · ${kind}, ${escapeText(plan.strategy)}` : ''}`;
  const parts = [title];
  if (plan && section.summary) {
    parts.push(code(section.summary));
    if (section.baseSummary) parts.push(`<sub>base: ${code(section.baseSummary)}</sub>`);
    const rows = plan.stages
      .slice(0, ctx.maxRows)
      .map((s) => [
        `${escapeCell(String(s.traffic))}%${s.label ? ` (${escapeCell(s.label)})` : ''}${s.implicit ? ' (promotion)' : ''}`,
        holdCell(s),
        s.gates.length === 0
          ? '-'
          : [...new Set(s.gates.map(gateLabel))].sort().map(escapeCell).join(', '),
      ]);
    let table = markdownTable([['Traffic', 'Hold', 'Gates'], ...rows], { align: ['r', 'l', 'l'] });
    if (plan.stages.length > rows.length)
      table += `\n\n<sub>${plan.stages.length - rows.length} more steps in the job summary.</sub>`;
    const quiet = !own.some((f) => f.level !== 'notice');
    parts.push(
      quiet && ctx.level >= 1
        ? `<details><summary>${plan.stages.length} steps</summary>\n\n${table}\n\n</details>`
        : table,
    );
    const ev = section.evidence;
    parts.push(
      [
        `${ev.rollback.ok ? '✅' : '❌'} Rollback ${escapeText(rollbackText(plan))}`,
        `${ev.guardrails.ok ? '✅' : '⚠️'} ${escapeText(ev.guardrails.detail)}`,
      ]
        .map((l) => `- ${l}`)
        .join('\n'),
    );
    if (plan.notes.length > 0 && ctx.level === 0)
      parts.push(
        `<details><summary>Read but not checked</summary>\n\n${plan.notes
          .slice(0, ctx.maxRows)
          .map((n) => `- ${escapeText(clip(n, 1000))}`)
          .join('\n')}\n\n</details>`,
      );
  }
  const list = findingList(sortFindings(own), ctx.maxRows);
  if (list) parts.push(list);
  else if (plan) parts.push('<sub>No rollout findings.</sub>');
  return parts.join('\n\n');
};
