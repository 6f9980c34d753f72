/** The contract section of the comment: identity, ML roles at a glance, findings, changes. */
import { findingList, LEVEL_ICON as ICON } from '../findings.js';
import { markdownTable } from 'markdown-table';
import type { Level } from '../../types.js';
import type { ContractSection } from '../../stages/contract.js';
import { code, codeCell, escapeCell, escapeText } from '../escape.js';
import type { ModelSectionRenderer, SectionContext } from './types.js';

/** Finding checks this section shows itself (others go to the generic findings list). */
export const contractChecks = ['contract', 'contract-change'] as const;

const RANK: Record<Level, number> = { error: 0, warning: 1, notice: 2 };
const FORMAT = { odcs: 'ODCS', dcs: 'Data Contract Specification' } as const;

export const renderContract: ModelSectionRenderer = (model, findings, ctx) => {
  const section = model.contract;
  if (!section) return null;
  const own = findings
    .filter((f) => (contractChecks as readonly string[]).includes(f.check))
    .sort(
      (a, b) =>
        RANK[a.level] - RANK[b.level] ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message),
    );
  const checks = own.filter((f) => f.check === 'contract');
  const worst = own.find((f) => f.level !== 'notice')?.level;
  const parts = [`#### ${worst ? ICON[worst] : '✅'} Data contract ${code(section.file)}`];
  parts.push(identity(section));
  if (section.tables.length > 0) parts.push(rolesTable(section, ctx));
  parts.push(evidenceLine(section));
  const list = findingList(checks, ctx.maxRows);
  if (list) parts.push(list);
  const changes = changesBlock(section, ctx);
  if (changes) parts.push(changes);
  return parts.join('\n\n');
};

function identity(s: ContractSection): string {
  if (!s.format) return '<sub>Not readable as a data contract; see the findings below.</sub>';
  const bits = [
    `${FORMAT[s.format] ?? escapeText(String(s.format))} ${escapeText(s.formatVersion ?? '')}`.trim(),
  ];
  if (s.name ?? s.id) bits.push(code(s.name ?? s.id ?? ''));
  if (s.version)
    bits.push(
      `version ${code(s.version)}${s.baseVersion && s.baseVersion !== s.version ? ` (base ${code(s.baseVersion)}${s.majorBump ? ', major bump' : ''})` : ''}`,
    );
  if (s.status) bits.push(`status ${escapeText(s.status)}`);
  bits.push(s.snapshot ? `snapshot ${code(s.snapshot)}` : 'no dataset snapshot');
  return `<sub>${bits.join(' · ')}</sub>`;
}

const names = (list: string[]): string => (list.length ? list.map(codeCell).join(', ') : '-');
const one = (name: string | undefined): string => (name ? codeCell(name) : '-');

function rolesTable(s: ContractSection, ctx: SectionContext): string {
  const tables = [...s.tables].sort((a, b) => a.table.localeCompare(b.table));
  const rows = tables
    .slice(0, ctx.maxRows)
    .map((t) => [
      codeCell(t.table),
      names(t.entityKeys) + (t.entitySource === 'primaryKey' ? ' (primary key)' : ''),
      one(t.eventTimestamp),
      t.label
        ? `${codeCell(t.label)}${t.labelTimestamp ? ` at ${codeCell(t.labelTimestamp)}` : ''}${t.labelDelay ? ` (${escapeCell(t.labelDelay)})` : ''}`
        : '-',
      `${t.features.length}${t.implicitFeatures && t.features.length > 0 ? ' (implicit)' : ''}`,
      t.splitPolicy
        ? `${escapeCell(t.splitPolicy)}${t.splitColumns.length ? ` on ${names(t.splitColumns)}` : ''}`
        : '-',
    ]);
  const table = markdownTable(
    [['Table', 'Entity', 'Event time', 'Label', 'Features', 'Split'], ...rows],
    { align: ['l', 'l', 'l', 'l', 'r', 'l'] },
  );
  const more = tables.length - rows.length;
  return table + (more > 0 ? `\n\n<sub>${more} more tables in the job summary.</sub>` : '');
}

function evidenceLine(s: ContractSection): string {
  const items = [
    ['data contract', s.evidence['data-contract']],
    ['leakage', s.evidence.leakage],
    ['sensitive data', s.evidence['sensitive-data']],
  ] as const;
  return `<sub>Checklist evidence: ${items.map(([label, e]) => `${e.ok ? '✅' : '❌'} ${label}`).join(' · ')}</sub>`;
}

function changesBlock(s: ContractSection, ctx: SectionContext): string | null {
  if (s.comparison === 'new')
    return '<sub>No contract at the base commit: nothing to compare.</sub>';
  if (s.comparison === 'unreadable')
    return '<sub>The contract at the base commit could not be read: breaking changes were not checked.</sub>';
  if (s.comparison !== 'compared') return null;
  if (s.changes.length === 0) return '<sub>No contract changes between base and head.</sub>';
  const sorted = [...s.changes].sort(
    (a, b) =>
      RANK[a.level] - RANK[b.level] ||
      a.path.localeCompare(b.path) ||
      a.change.localeCompare(b.change),
  );
  const visible = ctx.level >= 1 ? sorted.filter((c) => c.level !== 'notice') : sorted;
  const rows = visible
    .slice(0, ctx.maxRows)
    .map((c) => [
      escapeCell(c.change),
      codeCell(c.path),
      `${ICON[c.level] ?? ''} ${escapeCell(c.level)}${c.level !== c.computed ? ` (was ${escapeCell(c.computed)})` : ''}`,
      escapeCell(c.detail),
    ]);
  const hidden = sorted.length - rows.length;
  const note: string[] = [];
  if (s.majorBump) note.push('the major version went up, so breaking changes are warnings');
  if (s.breaking !== 'error') note.push(code(`contract_policy.breaking: ${s.breaking}`));
  if (hidden > 0) note.push(`${hidden} more change${hidden === 1 ? '' : 's'} in the job summary`);
  const table = rows.length
    ? markdownTable([['Change', 'Path', 'Severity', 'Detail'], ...rows], {
        align: ['l', 'l', 'l', 'l'],
      })
    : '';
  const body = [table, note.length ? `<sub>${note.join('; ')}.</sub>` : '']
    .filter(Boolean)
    .join('\n\n');
  const title = `${s.changes.length} contract change${s.changes.length === 1 ? '' : 's'} (base → head)`;
  if (sorted.every((c) => c.level === 'notice'))
    return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`;
  return `**${title}**\n\n${body}`;
}
