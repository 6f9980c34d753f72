/**
 * The top of the comment, what a reviewer reads in ten seconds: the verdict, what blocks (each item
 * with its one fact and what to do), and one line per model. Everything else goes in a fold below.
 */
import { isGateMessage } from '../checks/gates.js';
import { fmt } from './numbers.js';
import type { Finding, GateResult, MetricRow } from '../types.js';
import { clip, code, escapeText } from './escape.js';
import { findingLine, LEVEL_ICON } from './findings.js';
import { reportLookup, type ReportLookup } from './lookup.js';
import type { ModelReport, Report } from './model.js';
import { byCodeUnit } from '../order.js';

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** `## ✅ mlgate: ready to promote` and the counts line below it (SPEC §8: first lines). */
export function verdictLine(report: Report): string {
  const { errors, warnings } = report.counts;
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

/** Whether a finding blocks the merge under the report's `fail-on`. */
export function blocks(report: Report, f: Finding): boolean {
  return (
    f.status !== 'waived' &&
    (f.level === 'error' || (report.failOn === 'warning' && f.level === 'warning'))
  );
}

/**
 * ` · blocked by 1 failing gate, 2 ledger findings`: what to fix, so a reviewer need not scroll to
 * learn why the merge is blocked — above all when only warnings block (`fail-on: warning`).
 */
function blockedBy(report: Report): string {
  const blocking = report.findings.filter((f) => blocks(report, f));
  const byCheck = new Map<string, number>();
  for (const f of blocking) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
  const parts = [...byCheck]
    .sort(([a], [b]) => (a === 'gate' ? -1 : b === 'gate' ? 1 : byCodeUnit(a, b)))
    .map(([check, n]) => {
      const [one, many] = BLOCKER_NOUN[check as Finding['check']] ?? [
        `${check} finding`,
        `${check} findings`,
      ];
      return `${n} ${escapeText(n === 1 ? one : many)}`;
    });
  const onWarnings =
    report.failOn === 'warning' && blocking.some((f) => f.level === 'warning')
      ? ' (`fail-on: warning`: warnings block too)'
      : '';
  // Failed gates alone are listed right below the verdict; saying it twice is noise.
  if (parts.length === 0 || (byCheck.size === 1 && byCheck.has('gate') && !onWarnings)) return '';
  return ` · blocked by ${parts.join(', ')}${onWarnings}`;
}

export { clip } from './escape.js';

/**
 * What it takes for a failing gate to pass, from the row's own numbers: `needs +0.07 to reach
 * 0.82`. A gate that could not be evaluated (missing metric or reference) says how to proceed.
 */
export function remedy(g: GateResult): string {
  const v = g.value;
  const t = g.threshold;
  const r = g.reference;
  if (v === null || t === null)
    return 'provide the value, or set `required: false` on the gate to skip it';
  const to = (target: number) => {
    const d = target - v;
    return `needs ${d >= 0 ? '+' : '−'}${fmt(Math.abs(d))} to reach ${fmt(target)}`;
  };
  switch (g.thresholdKind) {
    case 'min':
    case 'max':
      return to(t);
    case 'max_drop':
    case 'max_drop_pct': {
      if (r === null) break;
      const allowed = g.thresholdKind === 'max_drop' ? t : (t / 100) * Math.abs(r);
      return to(v < r ? r - allowed : r + allowed);
    }
    case 'min_gain':
    case 'min_gain_pct':
      if (r === null) break;
      return `needs a gain of at least ${fmt(t)}${g.thresholdKind === 'min_gain_pct' ? '%' : ''} over ${fmt(r)}`;
  }
  return 'see the gates table';
}

/**
 * Where a failing gate's value came from and which gate (config line) asked: `{ value:
 * 'm.json:2', gate: '.mlgate.yml:9' }`. A gate with no value has no value location; its message
 * names the file and revision it looked in.
 */
export function gateWhere(
  report: Report,
  model: ModelReport,
  g: GateResult,
  lookup?: ReportLookup,
): { value?: string; gate?: string } {
  const configFile = report.config.file;
  if (g.configLine !== undefined) {
    return {
      ...(g.path && g.value !== null ? { value: `${g.path}${g.line ? `:${g.line}` : ''}` } : {}),
      gate: `${configFile}:${g.configLine}`,
    };
  }
  // A report without gate lines: the gate's finding carries its file:line; gates failing with
  // the same words pair in order (through the lookup, built once per rendering, when there is one).
  const f = lookup ? lookup.gateFinding(model, g) : pairedFinding(report, model, g);
  if (!f?.file) return {};
  const at = `${f.file}${f.line ? `:${f.line}` : ''}`;
  if (f.file === configFile) return { gate: at };
  const gate = /\(gate at ([^)]+)\)$/.exec(f.message)?.[1];
  return { value: at, ...(gate ? { gate } : {}) };
}

/** The gate finding paired with `g` by rank among the gates that failed with the same words. */
function pairedFinding(report: Report, model: ModelReport, g: GateResult): Finding | undefined {
  const rank = model.gates
    .filter((o) => o.status === g.status && o.message === g.message)
    .indexOf(g);
  return report.findings
    .filter(
      (x) => x.check === 'gate' && x.model === model.name && isGateMessage(x.message, g.message),
    )
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[rank];
}

function gateItem(report: Report, lookup: ReportLookup, model: ModelReport, g: GateResult): string {
  const multi = report.models.length > 1;
  // Two gates on one metric can fail with the same words ("auc is missing"): name the reference.
  const vs = g.vs && !g.message.includes(g.vs) ? `vs ${escapeText(g.vs)}: ` : '';
  const at = gateWhere(report, model, g, lookup);
  const where = `${at.value ? ` · ${code(clip(at.value))}` : ''}${at.gate ? ` · gate ${code(clip(at.gate))}` : ''}`;
  const who = multi ? `**${escapeText(model.name)}**: ` : '';
  const name = g.name ? `${escapeText(clip(g.name))}: ` : '';
  return `- ${g.status === 'fail' ? '❌' : '⚠️'} ${who}${name}${vs}${escapeText(clip(g.message))}${where} → ${escapeText(remedy(g))}`;
}

/**
 * What blocks, then what warns, before anything else: failing gates (each with its value,
 * threshold, reference, file:line and what it takes to pass), then other blocking findings, then
 * warnings. Null when there is nothing to say.
 */
export function renderAttention(
  report: Report,
  maxRows: number,
  lookup: ReportLookup = reportLookup(report),
): string | null {
  const parts: string[] = [];
  const gates = (status: GateResult['status']) =>
    report.models.flatMap((m) => m.gates.filter((g) => g.status === status).map((g) => ({ m, g })));
  // Cap before rendering: a report can hold thousands of failing gates.
  const capped = <T>(items: T[], line: (item: T) => string, noun: string) =>
    items.length > maxRows
      ? [...items.slice(0, maxRows).map(line), `- … and ${items.length - maxRows} more ${noun}`]
      : items.map(line);
  const failing = gates('fail');
  if (failing.length > 0) {
    const lines = capped(failing, ({ m, g }) => gateItem(report, lookup, m, g), 'failing gates');
    const from =
      report.config.source === 'base'
        ? `\n\n<sub>Fix the model or its metrics: the gates in force are the base branch's ${code(report.config.file)}, and a change to them in this PR applies only after merge.</sub>`
        : '';
    parts.push(`### Failing gates\n${lines.join('\n')}${from}`);
  }
  // Gate findings are the failing/warning gates above; the rest is listed by level.
  const other = report.findings.filter((f) => f.check !== 'gate');
  const blocking = other.filter((f) => blocks(report, f));
  if (blocking.length > 0)
    parts.push(
      `### ${failing.length > 0 ? 'Also blocking' : 'Blocking'}\n${capped(blocking, findingLine, 'findings').join('\n')}`,
    );
  const warnings: (() => string)[] = [
    ...gates('warn').map(
      ({ m, g }) =>
        () =>
          gateItem(report, lookup, m, g),
    ),
    ...other
      .filter((f) => f.level === 'warning' && !blocks(report, f))
      .map((f) => () => findingLine(f)),
  ];
  if (warnings.length > 0)
    parts.push(
      `### Warnings (not blocking)\n${capped(warnings, (w) => w(), 'warnings').join('\n')}`,
    );
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/**
 * The metric a reviewer looks at first: that of the first `vs: production` gate, else of the first
 * gate on a single metric, else the first changed metric.
 */
export function headlineMetric(model: ModelReport): MetricRow | null {
  const single = model.gates.filter((g) => !g.aggregate && !g.metric.includes('*'));
  const pick = single.find((g) => g.vs === 'production') ?? single[0];
  // A gate on `path:name` reads the row of that file (rows carry the name and path apart); the
  // line names the metric as the gate does.
  const name =
    pick?.path && pick.metric.startsWith(`${pick.path}:`)
      ? pick.metric.slice(pick.path.length + 1)
      : pick?.metric;
  const row = pick
    ? model.metrics.find(
        (r) => r.metric === name && (!pick.path || !r.path || r.path === pick.path),
      )
    : undefined;
  if (row && pick) return { ...row, metric: pick.metric };
  if (pick) return { metric: pick.metric, base: null, head: pick.value, change: null };
  return model.metrics.find((r) => typeof r.head === 'number') ?? null;
}

function movement(row: MetricRow): string {
  const name = code(row.metric);
  const show = (v: MetricRow['head']) =>
    typeof v === 'number' ? fmt(v) : v === null ? '-' : escapeText(String(v));
  if (row.base === null || row.base === undefined) return `${name} ${show(row.head)}`;
  if (row.change === null && row.base === row.head) return `${name} ${show(row.head)} (unchanged)`;
  const change =
    row.change === null
      ? ''
      : ` (${row.change > 0 ? '+' : row.change < 0 ? '−' : '±'}${fmt(Math.abs(row.change))})`;
  return `${name} ${show(row.base)} → ${show(row.head)}${change}`;
}

const SECTION_MARKS: [keyof ModelReport, string, readonly Finding['check'][]][] = [
  ['contract', 'contract', ['contract', 'contract-change']],
  ['rollout', 'rollout', ['rollout']],
  ['manifest', 'manifest', ['manifest']],
  ['ledger', 'ledger', ['ledger']],
];

function worstIcon(findings: Finding[]): string {
  if (findings.some((f) => f.level === 'error')) return LEVEL_ICON.error;
  if (findings.some((f) => f.level === 'warning')) return LEVEL_ICON.warning;
  return '✅';
}

/**
 * The line under the verdict of a one-model comment (several models get the models table): the
 * model's status, its headline metric's movement, and one mark per configured section (contract,
 * rollout, manifest, ledger). No gate count: the verdict line right above gives it. `own` are the
 * model's findings.
 */
export function modelSummaryLine(model: ModelReport, own: readonly Finding[]): string {
  const has = (s: GateResult['status']) => model.gates.some((g) => g.status === s);
  const icon = has('fail') ? '❌' : has('warn') ? '⚠️' : '✅';
  const parts = [`${icon} ${code(model.name)}${model.state === 'new' ? ' (new)' : ''}`];
  const head = headlineMetric(model);
  if (head) parts.push(movement(head));
  for (const [key, label, checks] of SECTION_MARKS) {
    if (!model[key]) continue;
    parts.push(`${label} ${worstIcon(own.filter((f) => checks.includes(f.check)))}`);
  }
  return parts.join(' · ');
}
