/**
 * The sticky comment and job summary (SPEC §8): pure `report → { markdown, warnings }`. The
 * renderer owns the size limit: it degrades by collapsing passing detail, then capping table rows,
 * then dropping sections with a visible note, and never cuts inside a table or a fence.
 */
import { markdownTable } from 'markdown-table';
import { commentMarker, Limits } from '../constants.js';
import type { Finding } from '../types.js';
import { clip, code, codeCell, escapeCell, escapeText } from './escape.js';
import type { Budget } from './budget.js';
import { findingList } from './findings.js';
import { reportLookup, type ReportLookup } from './lookup.js';
import { TURN_ON, type ModelReport, type Report } from './model.js';
import { checklistChecks, renderChecklist } from './sections/checklist.js';
import { contractChecks, renderContract } from './sections/contract.js';
import { renderCharts } from './sections/charts.js';
import { renderDiff } from './sections/diff.js';
import { renderGates } from './sections/gates.js';
import { ledgerChecks, renderLedger } from './sections/ledger.js';
import { manifestChecks, renderManifest } from './sections/manifest.js';
import { renderModelSummary } from './sections/models.js';
import { renderRollout, rolloutChecks } from './sections/rollout.js';
import { renderWaivers } from './sections/waivers.js';
import { stateLine } from './waivers.js';
import type { ModelSectionRenderer, SectionContext } from './sections/types.js';
import { modelSummaryLine, renderAttention, verdictLine } from './summary.js';

export interface RenderOptions {
  commentKey: string;
  /** Character budget; the comment limit by default. */
  maxChars?: number;
  /** Shown in the note when sections are dropped. */
  summaryHint?: string;
  /**
   * Fold everything below the verdict, what blocks and the per-model lines into one `<details>`
   * (default). The job summary passes false: it keeps the full report open.
   */
  fold?: boolean;
  /** Publish and merge mode: the time left for work on a report mlgate did not make. */
  budget?: Budget;
}

export interface Rendered {
  markdown: string;
  warnings: string[];
}

const MODEL_SECTIONS: [ModelSectionRenderer, readonly string[], keyof ModelReport][] = [
  [renderContract, contractChecks, 'contract'],
  [renderRollout, rolloutChecks, 'rollout'],
  [renderManifest, manifestChecks, 'manifest'],
];

/** The comment in three parts: what shows at once, what sits in the fold, and the footer. */
interface Parts {
  head: string[];
  body: string[];
  footer: string;
  /** What the body holds, for the fold's title. */
  titles: string[];
}

/** Render the comment within the budget. */
export function renderComment(report: Report, opts: RenderOptions): Rendered {
  const max = opts.maxChars ?? Limits.commentChars;
  const warnings: string[] = [];
  const levels = [
    { level: 0, maxRows: 200 },
    { level: 1, maxRows: 60 },
    { level: 2, maxRows: 15 },
    // Many models (a fan-in): passing models live only in the models table.
    { level: 3, maxRows: 10 },
  ];
  const fold = opts.fold ?? true;
  // Per-model lookups once for every level: each level then walks the findings a fixed number of times.
  const lookup = reportLookup(report);
  let parts: Parts | null = null;
  for (const { level, maxRows } of levels) {
    opts.budget?.check();
    parts = renderParts(report, opts, { report, level, maxRows, lookup, budget: opts.budget });
    const markdown = join(parts, parts.body, fold);
    if (markdown.length <= max) {
      if (level > 0)
        warnings.push(`comment shortened to fit ${max} characters (detail level ${level})`);
      return { markdown, warnings };
    }
  }
  // Last resort: keep the head of the comment (level 3), drop whole blocks from the end, say so.
  const last = parts!;
  const note = `> [!NOTE]\n> Some sections were left out to fit GitHub's comment size limit. ${escapeText(opts.summaryHint ?? 'The full report is in the job summary and the report JSON.')}`;
  const head: string[] = [];
  let size = last.footer.length + note.length + 200;
  for (const block of last.head) {
    if (size + block.length + 2 > max) break;
    head.push(block);
    size += block.length + 2;
  }
  const kept: string[] = [];
  if (head.length === last.head.length)
    for (const block of last.body) {
      if (size + block.length + 2 > max) break;
      kept.push(block);
      size += block.length + 2;
    }
  const total = last.head.length + last.body.length;
  warnings.push(
    `comment truncated to ${head.length + kept.length} of ${total} sections to fit ${max} characters`,
  );
  let markdown = join({ ...last, head, footer: `${note}\n\n${last.footer}` }, kept, fold);
  if (markdown.length > max) markdown = `${head[0] ?? ''}\n\n${note}\n`.slice(0, max);
  return { markdown, warnings };
}

/** The head, then the body (in one fold for the comment, open for the job summary), then the footer. */
function join(parts: Parts, body: string[], fold: boolean): string {
  const blocks = [...parts.head];
  if (body.length > 0) {
    if (fold) blocks.push(`<details><summary>${foldTitle(parts)}</summary>`);
    blocks.push(...body);
    if (fold) blocks.push('</details>');
  }
  blocks.push(parts.footer);
  return blocks.join('\n\n') + '\n';
}

/** What the fold holds, in a few words. */
function foldTitle(parts: Parts): string {
  return `Full report: ${parts.titles.join(', ')}`;
}

function renderParts(
  report: Report,
  opts: RenderOptions,
  ctx: SectionContext & { lookup: ReportLookup },
): Parts {
  const lookup = ctx.lookup;
  const head: string[] = [commentMarker(opts.commentKey) + '\n' + verdictLine(report)];
  if (report.config.note) head.push(`> [!NOTE]\n> ${escapeText(clip(report.config.note))}`);
  const attention = renderAttention(report, ctx.maxRows, lookup);
  if (attention) head.push(attention);
  const table = renderModelSummary(report, ctx);
  // Several models (a fan-in): a table with every model's status; one model: its summary line,
  // without the gate count the verdict line just gave.
  if (table) head.push(table);
  else if (report.models.length === 1)
    head.push(modelSummaryLine(report.models[0], lookup.findingsOf(report.models[0])));

  const waivers = renderWaivers(report, ctx);
  if (waivers) head.splice(1, 0, waivers);
  const body: string[] = [];
  const titles = new Set<string>();
  const policy = renderPolicy(report, ctx);
  if (policy) {
    body.push(policy);
    titles.add('policy changes');
  }
  // Checks a section showed: for every finding, for one model's findings, for PR-wide findings.
  const shownChecks = new Set<string>(['gate']);
  const shownByModel = new Map<string, Set<string>>();
  const shownPrWide = new Set<string>();
  const showChecks = (model: ModelReport, checks: readonly string[]) => {
    const key = lookup.nameKey(model);
    const set = shownByModel.get(key) ?? new Set<string>();
    for (const c of checks) set.add(c);
    shownByModel.set(key, set);
  };
  // Loosening warnings are rows of the policy table; printing them twice is noise.
  const shownRules = new Set<string>(report.policyChanges.length > 0 ? ['policy.loosened'] : []);
  const gateCount = report.models.reduce((n, m) => n + m.gates.length, 0);
  if (report.models.length > 0) titles.add(`${gateCount} gate${gateCount === 1 ? '' : 's'}`);
  const folded = (m: ModelReport) =>
    ctx.level >= 3 && report.models.length > 1 && lookup.status(m) === 'pass';
  for (const model of report.models) {
    if (folded(model)) continue;
    ctx.budget?.check();
    const modelFindings = lookup.findingsOf(model);
    body.push(renderModelHeader(model, report));
    body.push(renderGates(model, ctx));
    const diff = renderDiff(model, ctx);
    if (diff) {
      body.push(diff);
      if (model.metrics.length > 0) titles.add('metric diff');
    }
    const charts = renderCharts(model, ctx);
    if (charts) {
      body.push(charts);
      titles.add('charts');
    }
    for (const [render, checks, key] of MODEL_SECTIONS) {
      const md = render(model, modelFindings, ctx);
      if (md) {
        body.push(md);
        titles.add(key === 'contract' ? 'data contract' : key);
      }
      if (model[key]) showChecks(model, checks);
    }
    if (model.notConfigured?.length)
      body.push(
        `<sub>Not configured: ${model.notConfigured.map((k) => `**${k}**: ${escapeText(TURN_ON[k])}`).join(' · ')}.</sub>`,
      );
  }
  const checklist = renderChecklist(report, ctx);
  if (checklist) {
    body.push(checklist);
    titles.add('checklist');
  }
  if (report.checklist) checklistChecks.forEach((c) => shownPrWide.add(c));
  const passing = report.models.filter(folded).length;
  if (passing > 0)
    body.push(
      `<sub>${passing} passing model${passing === 1 ? ' is' : 's are'} shown only in the models table to fit the comment; every section is in the job summary.</sub>`,
    );
  for (const model of report.models) {
    if (folded(model)) continue;
    const md = renderLedger(model, lookup.findingsOf(model), ctx);
    if (md) {
      body.push(md);
      titles.add('ledger');
    }
    if (model.ledger) showChecks(model, ledgerChecks);
  }
  // Errors and warnings are listed at the top (renderAttention); notices are left for here.
  const rest = report.findings.filter((f) => {
    if (f.level !== 'notice' || shownRules.has(f.rule ?? '')) return false;
    if (shownChecks.has(f.check) || shownPrWide.has(f.check)) return false;
    const key = lookup.modelKey(f);
    return !(key !== undefined && shownByModel.get(key)?.has(f.check));
  });
  const findings = renderFindings(rest, ctx);
  if (findings) {
    body.push(findings);
    titles.add('findings');
  }
  return {
    head,
    body, // The waivers' pinned state rides in the footer, which truncation always keeps.
    footer: footer(report) + (report.waivers ? `\n${stateLine(report.waivers.state)}` : ''),
    titles: [...titles],
  };
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
      `${c.flagged ? '⚠️ ' : ''}${label[c.kind] ?? escapeCell(String(c.kind))}`,
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
  return `#### Notes\n${findingList(findings, ctx.maxRows) ?? ''}`;
}

function footer(report: Report): string {
  const parts = [`mlgate ${escapeText(report.tool.version)}`];
  if (report.pr.head) parts.push(`head ${code(report.pr.head.slice(0, 7))}`);
  else if (report.pr.headLabel) parts.push(`head: ${escapeText(report.pr.headLabel)}`);
  if (report.pr.base) parts.push(`base ${code(report.pr.base.slice(0, 7))}`);
  parts.push(`gates from ${report.config.source === 'base' ? 'base branch' : 'this PR'}`);
  const url = safeUrl(report.run?.url);
  if (url) parts.push(`[workflow run](${url})`);
  return `---\n<sub>${parts.join(' · ')}</sub>`;
}

/** An https link with nothing that could end the markdown link or start HTML; else null. */
function safeUrl(url: string | undefined): string | null {
  return url && /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~/-]*$/.test(url) ? url : null;
}
