/**
 * The sticky comment and job summary (SPEC §8): pure `report → { markdown, warnings }`. The
 * renderer owns the size limit: it degrades by collapsing passing detail, then capping table rows,
 * then dropping sections with a visible note, and never cuts inside a table or a fence.
 */
import { markdownTable } from 'markdown-table';
import { commentMarker, Limits } from '../constants.js';
import { fmt, fmtAll, fmtPair } from './numbers.js';
import type { Finding, GateResult, MetricRow } from '../types.js';
import { code, codeCell, escapeCell, escapeText } from './escape.js';
import { findingList } from './findings.js';
import type { ModelReport, Report } from './model.js';
import { checklistChecks, renderChecklist } from './sections/checklist.js';
import { contractChecks, renderContract } from './sections/contract.js';
import { ledgerChecks, renderLedger } from './sections/ledger.js';
import { manifestChecks, renderManifest } from './sections/manifest.js';
import { renderRollout, rolloutChecks } from './sections/rollout.js';
import { renderWaivers } from './sections/waivers.js';
import { stateLine } from './waivers.js';
import type { ModelSectionRenderer, SectionContext } from './sections/types.js';

export interface RenderOptions {
  commentKey: string;
  /** Character budget; the comment limit by default. */
  maxChars?: number;
  /** Shown in the note when sections are dropped. */
  summaryHint?: string;
}

export interface Rendered {
  markdown: string;
  warnings: string[];
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const STATUS_ICON: Record<GateResult['status'], string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  skip: '⏭️',
  waived: '🟡',
};

const MODEL_SECTIONS: [ModelSectionRenderer, readonly string[], keyof ModelReport][] = [
  [renderContract, contractChecks, 'contract'],
  [renderRollout, rolloutChecks, 'rollout'],
  [renderManifest, manifestChecks, 'manifest'],
];

/** Render the comment within the budget. */
export function renderComment(report: Report, opts: RenderOptions): Rendered {
  const max = opts.maxChars ?? Limits.commentChars;
  const warnings: string[] = [];
  const levels = [
    { level: 0, maxRows: 200 },
    { level: 1, maxRows: 60 },
    { level: 2, maxRows: 15 },
  ];
  for (const { level, maxRows } of levels) {
    const blocks = renderBlocks(report, opts, { report, level, maxRows });
    const markdown = blocks.join('\n\n') + '\n';
    if (markdown.length <= max) {
      if (level > 0)
        warnings.push(`comment shortened to fit ${max} characters (detail level ${level})`);
      return { markdown, warnings };
    }
  }
  // Last resort: keep the head of the comment, drop whole blocks from the end, say so.
  const blocks = renderBlocks(report, opts, { report, level: 2, maxRows: 10 });
  const footer = blocks.pop() ?? '';
  const note = `> [!NOTE]\n> Some sections were left out to fit GitHub's comment size limit. ${escapeText(opts.summaryHint ?? 'The full report is in the job summary and the report JSON.')}`;
  const kept: string[] = [];
  let size = footer.length + note.length + 8;
  for (const block of blocks) {
    if (size + block.length + 2 > max) break;
    kept.push(block);
    size += block.length + 2;
  }
  warnings.push(
    `comment truncated to ${kept.length} of ${blocks.length} sections to fit ${max} characters`,
  );
  let markdown = [...kept, note, footer].join('\n\n') + '\n';
  if (markdown.length > max) markdown = `${kept[0] ?? ''}\n\n${note}\n`.slice(0, max);
  return { markdown, warnings };
}

function renderBlocks(report: Report, opts: RenderOptions, ctx: SectionContext): string[] {
  const blocks: string[] = [commentMarker(opts.commentKey) + '\n' + verdictLine(report)];
  const failing = report.models.flatMap((m) =>
    m.gates.filter((g) => g.status === 'fail').map((g) => ({ m, g })),
  );
  if (failing.length > 0) {
    const shown = failing.slice(0, ctx.maxRows);
    // Two gates on one metric can fail with the same words ("auc is missing"): name the reference.
    const vs = (g: GateResult) => (g.vs && !g.message.includes(g.vs) ? `vs ${g.vs}: ` : '');
    const lines = shown.map(
      ({ m, g }) =>
        `- ❌ ${report.models.length > 1 ? `**${escapeText(m.name)}**: ` : ''}${g.name ? `${escapeText(clip(g.name))}: ` : ''}${vs(g)}${escapeText(clip(g.message))}`,
    );
    if (failing.length > shown.length)
      lines.push(`- … and ${failing.length - shown.length} more failing gates`);
    blocks.push(`### Failing gates\n${lines.join('\n')}`);
  }
  const waivers = renderWaivers(report, ctx);
  if (waivers) blocks.push(waivers);
  if (report.config.note) blocks.push(`> [!NOTE]\n> ${escapeText(report.config.note)}`);
  const policy = renderPolicy(report, ctx);
  if (policy) blocks.push(policy);
  const shownChecks = new Set<string>(['gate']);
  // Loosening warnings are rows of the policy table; printing them twice is noise.
  const shownRules = new Set<string>(report.policyChanges.length > 0 ? ['policy.loosened'] : []);
  for (const model of report.models) {
    const modelFindings = report.findings.filter((f) => f.model === model.name);
    blocks.push(renderModelHeader(model, report));
    blocks.push(renderGates(model, ctx));
    const diff = renderDiff(model, ctx);
    if (diff) blocks.push(diff);
    for (const [render, checks, key] of MODEL_SECTIONS) {
      const md = render(model, modelFindings, ctx);
      if (md) blocks.push(md);
      if (model[key]) checks.forEach((c) => shownChecks.add(`${model.name}:${c}`));
    }
  }
  const checklist = renderChecklist(report, ctx);
  if (checklist) blocks.push(checklist);
  if (report.checklist) checklistChecks.forEach((c) => shownChecks.add(`*:${c}`));
  for (const model of report.models) {
    const md = renderLedger(
      model,
      report.findings.filter((f) => f.model === model.name),
      ctx,
    );
    if (md) blocks.push(md);
    if (model.ledger) ledgerChecks.forEach((c) => shownChecks.add(`${model.name}:${c}`));
  }
  const rest = report.findings.filter(
    (f) =>
      !shownRules.has(f.rule ?? '') &&
      !shownChecks.has(f.check) &&
      !shownChecks.has(`${f.model ?? ''}:${f.check}`) &&
      !shownChecks.has(`*:${f.check}`),
  );
  const findings = renderFindings(rest, ctx);
  if (findings) blocks.push(findings);
  // The waivers' pinned state rides in the footer, which truncation always keeps.
  blocks.push(footer(report) + (report.waivers ? `\n${stateLine(report.waivers.state)}` : ''));
  return blocks;
}

function verdictLine(report: Report): string {
  const { errors, warnings } = report.counts;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const gates = report.models.flatMap((m) => m.gates);
  const passedGates = gates.filter((g) => g.status === 'pass').length;
  const skipped = gates.filter((g) => g.status === 'skip').length;
  const models = report.models.length > 1 ? `${report.models.length} models · ` : '';
  const waived = report.counts.waived ? ` · ${report.counts.waived} waived` : '';
  const tail = `${models}${passedGates}/${gates.length} gates passed${skipped ? ` (${skipped} skipped)` : ''} · ${plural(errors, 'error')} · ${plural(warnings, 'warning')}${waived}`;
  if (!report.passed) return `## ❌ mlgate: promotion blocked\n${tail}${blockedBy(report)}`;
  if (errors > 0 || warnings > 0) return `## ⚠️ mlgate: passed with findings\n${tail}`;
  return `## ✅ mlgate: ready to promote\n${tail}`;
}

const BLOCKER_NOUN: Partial<Record<Finding['check'], [string, string]>> = {
  gate: ['failing gate', 'failing gates'],
  checklist: ['checklist item', 'checklist items'],
  config: ['config problem', 'config problems'],
};

/**
 * ` · blocked by 1 failing gate, 2 ledger findings`: what to fix, so a reviewer need not scroll to
 * learn why the merge is blocked — above all when only warnings block (`fail-on: warning`).
 */
function blockedBy(report: Report): string {
  const blocking = report.findings.filter(
    (f) =>
      f.status !== 'waived' &&
      (f.level === 'error' || (report.failOn === 'warning' && f.level === 'warning')),
  );
  const byCheck = new Map<string, number>();
  for (const f of blocking) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
  const parts = [...byCheck]
    .sort(([a], [b]) => (a === 'gate' ? -1 : b === 'gate' ? 1 : a.localeCompare(b)))
    .map(([check, n]) => {
      const [one, many] = BLOCKER_NOUN[check as Finding['check']] ?? [
        `${check} finding`,
        `${check} findings`,
      ];
      return `${n} ${n === 1 ? one : many}`;
    });
  const onWarnings =
    report.failOn === 'warning' && blocking.some((f) => f.level === 'warning')
      ? ' (`fail-on: warning`: warnings block too)'
      : '';
  // Failed gates alone are listed right below the verdict; saying it twice is noise.
  if (parts.length === 0 || (byCheck.size === 1 && byCheck.has('gate') && !onWarnings)) return '';
  return ` · blocked by ${parts.join(', ')}${onWarnings}`;
}

function renderModelHeader(model: ModelReport, report: Report): string {
  const failed = model.gates.filter((g) => g.status === 'fail').length;
  const icon = failed > 0 ? '❌' : model.gates.some((g) => g.status === 'warn') ? '⚠️' : '✅';
  const lines = [`### ${icon} Model ${code(model.name)}${model.state === 'new' ? ' (new)' : ''}`];
  const from = model.gatesFrom ?? report.config.source;
  const src = `metrics ${code(model.metricsFile)}, gates from the ${from === 'base' ? 'base branch' : 'PR'}`;
  lines.push(`<sub>${src}</sub>`);
  if (model.notes.length > 0) {
    const shown = model.notes.slice(0, MAX_NOTES).map((n) => escapeText(clip(n)));
    const more = model.notes.length - MAX_NOTES;
    if (more > 0) shown.push(`… and ${more} more notes in the report JSON.`);
    lines.push('');
    lines.push(shown.map((n) => `> ${n}`).join('\n>\n'));
  }
  return lines.join('\n');
}

/** Most model notes printed (undefined derived metrics can produce one each). */
const MAX_NOTES = 8;

/** Longest user-supplied text printed in one place; longer text is cut with an ellipsis. */
const CLIP = 300;

function clip(text: string): string {
  return text.length > CLIP ? `${text.slice(0, CLIP - 1)}…` : text;
}

const THRESHOLD_LABEL: Record<NonNullable<GateResult['thresholdKind']>, [string, string]> = {
  min: ['≥ ', ''],
  max: ['≤ ', ''],
  max_drop: ['max drop ', ''],
  max_drop_pct: ['max drop ', '%'],
  min_gain: ['min gain ', ''],
  min_gain_pct: ['min gain ', '%'],
};

/**
 * The value, reference and threshold cells of a gate row, printed so that numbers read against
 * each other differ visibly (value vs min/max, value vs reference).
 */
function gateNumbers(g: GateResult): { value: string; reference: string; threshold: string } {
  const absolute = g.thresholdKind === 'min' || g.thresholdKind === 'max';
  const [value, reference, threshold] = fmtAll([
    g.value,
    g.reference,
    absolute ? g.threshold : null,
  ]);
  return { value, reference, threshold: absolute ? threshold : fmt(g.threshold) };
}

function thresholdCell(g: GateResult, text: string): string {
  if (g.threshold === null) return '-';
  const [pre, post] = g.thresholdKind ? THRESHOLD_LABEL[g.thresholdKind] : ['', ''];
  return `${pre}${text}${post}`;
}

function gateValueCell(g: GateResult, text: string): string {
  if (g.value === null) return '-';
  const what = g.aggregate && g.aggregate !== 'each' ? `${g.aggregate} ` : '';
  const bound = g.bound && g.bound !== 'value' ? ` (${g.bound})` : '';
  return `${what}${text}${bound}`;
}

function renderGates(model: ModelReport, ctx: SectionContext): string {
  if (model.gates.length === 0) return '_No gates configured for this model._';
  const order = { fail: 0, warn: 1, waived: 2, skip: 3, pass: 4 } as const;
  const sorted = [...model.gates].sort(
    (a, b) => order[a.status] - order[b.status] || a.gate - b.gate || cmp(a.metric, b.metric),
  );
  const collapsePassing = ctx.level >= 1;
  const visible = collapsePassing ? sorted.filter((g) => g.status !== 'pass') : sorted;
  const rows = visible.slice(0, ctx.maxRows).map((g) => {
    const n = gateNumbers(g);
    return [
      STATUS_ICON[g.status],
      `${g.name ? `${escapeCell(clip(g.name))} ` : ''}${codeCell(clip(g.metric))}`,
      gateValueCell(g, n.value),
      g.reference === null ? (g.vs ? `- (${g.vs})` : '-') : `${n.reference} (${g.vs ?? 'ref'})`,
      thresholdCell(g, n.threshold),
      escapeCell(clip(g.message)) +
        (g.waiver ? ` — ${escapeCell(`waived by @${g.waiver.by}: ${clip(g.waiver.reason)}`)}` : ''),
    ];
  });
  const hidden = sorted.length - rows.length;
  const table =
    rows.length > 0
      ? markdownTable([['', 'Gate', 'Value', 'Reference', 'Threshold', 'Result'], ...rows], {
          align: ['c', 'l', 'r', 'r', 'r', 'l'],
        })
      : '';
  const note =
    hidden > 0
      ? `\n\n<sub>${hidden} more gate${hidden === 1 ? '' : 's'} passed; see the job summary.</sub>`
      : '';
  const allPass = model.gates.every((g) => g.status === 'pass');
  const body = `${table}${note}`;
  if (allPass && ctx.level === 0)
    return `<details><summary>All ${model.gates.length} gates passed</summary>\n\n${body}\n\n</details>`;
  return `#### Gates\n${body}`;
}

function changeCell(row: MetricRow): string {
  if (row.change === null) return '-';
  const sign = row.change > 0 ? '+' : '';
  return `${sign}${fmt(row.change)}`;
}

function displayValue(v: MetricRow['base'], ci?: [number, number], text?: string): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'number')
    return ci ? `${text ?? fmt(v)} [${fmt(ci[0])}, ${fmt(ci[1])}]` : (text ?? fmt(v));
  return escapeCell(String(v));
}

/** Base and head of a diff row: a row exists because they differ, so they print differently. */
function rowNumbers(r: MetricRow): [string | undefined, string | undefined] {
  if (typeof r.base !== 'number' || typeof r.head !== 'number') return [undefined, undefined];
  return fmtPair(r.base, r.head);
}

/** Slice metrics (`slices.*`, `*.slices.*`) are collapsed: there are many and they are noisy. */
function isSlice(row: MetricRow): boolean {
  return row.metric.split('.').slice(0, -1).includes('slices');
}

function renderDiff(model: ModelReport, ctx: SectionContext): string | null {
  if (model.metrics.length === 0)
    return model.state === 'new' ? null : '<sub>No metric changed between base and head.</sub>';
  const hasBaseline = model.metrics.some((r) => r.baseline !== undefined);
  // Several metrics files (a dvc.yaml's train and evaluate files): each row says which it is from.
  const hasPath = (model.metricsFiles?.length ?? 0) > 1;
  const table = (rows: MetricRow[]): string => {
    const shown = rows.slice(0, ctx.maxRows);
    const header = [
      ...(hasPath ? ['Path'] : []),
      'Metric',
      'Base',
      'Head',
      'Change',
      ...(hasBaseline ? ['Baseline'] : []),
    ];
    const body = shown.map((r) => [
      ...(hasPath ? [codeCell(clip(r.path ?? ''))] : []),
      codeCell(clip(r.metric)),
      displayValue(r.base, r.baseCi, rowNumbers(r)[0]),
      displayValue(r.head, r.headCi, rowNumbers(r)[1]),
      changeCell(r),
      ...(hasBaseline ? [displayValue(r.baseline ?? null)] : []),
    ]);
    const more = rows.length - shown.length;
    return (
      markdownTable([header, ...body], {
        align: [...(hasPath ? ['l'] : []), 'l', 'r', 'r', 'r', 'r'],
      }) + (more > 0 ? `\n\n<sub>${more} more rows in the job summary.</sub>` : '')
    );
  };
  const main = model.metrics.filter((r) => !isSlice(r));
  const slices = model.metrics.filter(isSlice);
  const title =
    model.state === 'new' ? '#### Metrics (new model, no base)' : '#### Metric diff (base → head)';
  const parts = [title];
  if (main.length > 0) parts.push(table(main));
  if (slices.length > 0) {
    const verb = model.state === 'new' ? '' : ' changed';
    parts.push(
      `<details><summary>${slices.length} slice metric${slices.length === 1 ? '' : 's'}${verb}</summary>\n\n${table(slices)}\n\n</details>`,
    );
  }
  return parts.join('\n\n');
}

function renderPolicy(report: Report, ctx: SectionContext): string | null {
  if (report.policyChanges.length === 0) return null;
  const label = {
    loosened: 'loosened',
    tightened: 'tightened',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
  } as const;
  const rows = report.policyChanges
    .slice(0, ctx.maxRows)
    .map((c) => [
      escapeCell(clip(c.model)),
      codeCell(clip(c.metric)),
      `${c.flagged ? '⚠️ ' : ''}${label[c.kind]}`,
      escapeCell(clip(c.before ?? '-')),
      escapeCell(clip(c.after ?? '-')),
    ]);
  const more = report.policyChanges.length - rows.length;
  const flagged = report.policyChanges.filter((c) => c.flagged).length;
  const intro =
    report.config.source === 'base'
      ? `This PR edits ${code(report.config.file)}. The gates in force are the base branch's; these changes take effect after merge.`
      : `This PR edits ${code(report.config.file)}; the gates are read from this PR.`;
  const warn =
    flagged > 0
      ? ` ⚠️ ${flagged} change${flagged === 1 ? '' : 's'} loosen${flagged === 1 ? 's' : ''} the policy: review before approving.`
      : '';
  return [
    '### Policy changes (effective after merge)',
    `${intro}${warn}`,
    markdownTable([['Model', 'Gate', 'Change', 'Before', 'After'], ...rows]) +
      (more > 0 ? `\n\n<sub>${more} more changes in the job summary.</sub>` : ''),
  ].join('\n\n');
}

function renderFindings(findings: Finding[], ctx: SectionContext): string | null {
  if (findings.length === 0) return null;
  const body = findingList(findings, ctx.maxRows) ?? '';
  if (findings.every((f) => f.level === 'notice'))
    return `<details><summary>${findings.length} notes</summary>\n\n${body}\n\n</details>`;
  return `### Findings\n${body}`;
}

function footer(report: Report): string {
  const parts = [`mlgate ${report.tool.version}`];
  if (report.pr.head) parts.push(`head ${code(report.pr.head.slice(0, 7))}`);
  else if (report.pr.headLabel) parts.push(`head: ${escapeCell(report.pr.headLabel)}`);
  if (report.pr.base) parts.push(`base ${code(report.pr.base.slice(0, 7))}`);
  parts.push(`gates from ${report.config.source === 'base' ? 'base branch' : 'this PR'}`);
  if (report.run?.url) parts.push(`[workflow run](${report.run.url})`);
  return `---\n<sub>${parts.join(' · ')}</sub>`;
}
