/**
 * The review checklist (SPEC §7), pure: `(config, model reports, PR body items) → items + findings`.
 * An item is satisfied by machine evidence from the other stages, or by a ticked box in the PR
 * body, or waived with `N/A: reason` where the item allows it.
 */
import type { ChecklistItemConfig, Config } from '../config/types.js';
import type { PathSegment } from '../formats/data.js';
import { normaliseText, type TaskItem } from '../formats/pr-body.js';
import { closest } from '../formats/schema-errors.js';
import type { ModelReport } from '../report/model.js';
import type { Evidence, Finding } from '../types.js';
import { checklistEvidence } from './checklist-evidence.js';

/** An item of the checklist in force: a default item (possibly overridden) or a custom one. */
export interface ChecklistItemDef {
  id: string;
  text: string;
  /** A ticked box counts (default true). */
  attest: boolean;
  /** `N/A: reason` waives the item. */
  allowNa: boolean;
  /** Whether the files can give machine evidence for it. */
  machine: boolean;
  custom: boolean;
}

export type ItemStatus = 'evidence' | 'attested' | 'waived' | 'missing';

/** One item as the report shows it. */
export interface ChecklistItemReport {
  id: string;
  text: string;
  status: ItemStatus;
  required: boolean;
  /** One line a reviewer can check: the evidence, who vouched, the waiver reason, or what is missing. */
  detail: string;
  /** The machine evidence (null for attestation-only items). */
  evidence: Evidence | null;
  /** The box is ticked in the PR body. */
  ticked: boolean;
  /** The waiver reason, for `waived`. */
  reason?: string;
  custom?: boolean;
}

/** The report's `checklist` section. */
export interface ChecklistSection {
  /** Whether attestations were read from a PR body (`none`: push or CLI without `--pr-body`). */
  source: 'pr-body' | 'none';
  items: ChecklistItemReport[];
  counts: Record<ItemStatus, number>;
  /** Markdown to paste into the PR description (one source with `mlgate init`'s PR template). */
  snippet: string;
}

/** The 12-item default ML review checklist: stable ids and texts. */
export const DEFAULT_ITEMS: readonly ChecklistItemDef[] = (
  [
    ['prediction-contract', 'Prediction contract is explicit and testable'],
    [
      'data-contract',
      'Data contract defines entity grain, label timing, feature timing, and snapshot/version',
    ],
    ['leakage', 'Leakage risks were checked against prediction-time availability'],
    ['reproducible', 'Training is reproducible from code, config, data version, and seed'],
    ['baseline-production', 'Metrics compare against baseline and current production model'],
    ['slices', 'Slice metrics and guardrails are included for high-risk cohorts'],
    ['fail-closed', 'Promotion gates are automated and fail closed'],
    ['train-serve', 'Training and serving transformations are shared or equivalence-tested'],
    ['artifact', 'Model artifact carries version, config, dataset reference, and preprocessing'],
    ['serving', 'Serving path validates inputs and has timeout, fallback, and rollback behavior'],
    [
      'monitoring',
      'Monitoring covers system health, feature drift, prediction drift, and delayed labels',
    ],
    ['sensitive-data', 'Sensitive data is excluded from artifacts, logs, prompts, and examples'],
  ] as const
).map(([id, text]) => ({
  id,
  text,
  attest: true,
  // `fail-closed` is the gate itself: a PR cannot declare it does not apply.
  allowNa: id !== 'fail-closed',
  machine: id !== 'train-serve',
  custom: false,
}));

/** The checklist in force: the defaults, with config items overriding by id or appended. */
export function checklistItems(config: Config['checklist']): ChecklistItemDef[] {
  const items = DEFAULT_ITEMS.map((d) => ({ ...d }));
  for (const c of config?.items ?? []) {
    const at = items.findIndex((d) => d.id === c.id);
    if (at >= 0) items[at] = override(items[at], c);
    else
      items.push({
        id: c.id,
        text: c.text,
        attest: c.attest ?? true,
        allowNa: c.allow_na ?? true,
        machine: false,
        custom: true,
      });
  }
  return items;
}

function override(d: ChecklistItemDef, c: ChecklistItemConfig): ChecklistItemDef {
  return { ...d, text: c.text, attest: c.attest ?? d.attest, allowNa: c.allow_na ?? d.allowNa };
}

/**
 * The checklist snippet for a PR description. The hidden id marker keeps a box matched even when
 * its text is edited; the guidance sits in an HTML comment, which mlgate ignores when parsing.
 */
export function checklistSnippet(items: readonly ChecklistItemDef[] = DEFAULT_ITEMS): string {
  return [
    '## mlgate review checklist',
    '',
    '<!-- Tick what you checked yourself. For an item that does not apply, write "N/A: reason" after its text.',
    '     Keep the mlgate:<id> comments: they match each box to its checklist item. -->',
    '',
    ...items.map((i) => `- [ ] ${i.text} <!-- mlgate:${i.id} -->`),
    '',
  ].join('\n');
}

export interface ChecklistInput {
  config: Config;
  configFile: string;
  configLine?: (path: PathSegment[]) => number | undefined;
  models: ModelReport[];
  /** Task items of the PR body, or null when there is no PR body. */
  tasks: TaskItem[] | null;
}

/** Evaluate the checklist: every item's status, and the findings (required items missing, bad config, bad waivers). */
export function evaluateChecklist(input: ChecklistInput): {
  section: ChecklistSection;
  findings: Finding[];
} {
  const { config, configFile, configLine } = input;
  const items = checklistItems(config.checklist);
  const findings: Finding[] = [];
  const configFinding = (level: Finding['level'], path: PathSegment[], message: string) => {
    const line = configLine?.(path);
    findings.push({ level, check: 'config', file: configFile, ...(line ? { line } : {}), message });
  };
  const require = config.checklist?.require ?? [];
  const known = new Set(items.map((i) => i.id));
  require.forEach((id, n) => {
    if (known.has(id)) return;
    const hint = closest(id, [...known]);
    configFinding(
      'error',
      ['checklist', 'require', n],
      `checklist.require: unknown item "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${[...known].join(', ')}`,
    );
  });
  (config.checklist?.items ?? []).forEach((c, n) => {
    const def = items.find((i) => i.id === c.id);
    if (def && !def.machine && !def.attest)
      configFinding(
        'warning',
        ['checklist', 'items', n],
        `checklist item "${c.id}" has no machine evidence and \`attest: false\`: it can only be waived or missing`,
      );
  });
  const evidence = checklistEvidence(config, input.models);
  const reports = items.map((item) =>
    evaluateItem(item, require.includes(item.id), evidence.get(item.id) ?? null, input.tasks),
  );
  for (const r of reports) findings.push(...itemFindings(r, items, input, require));
  if (input.tasks) findings.push(...unknownIds(input.tasks, known));
  const counts = { evidence: 0, attested: 0, waived: 0, missing: 0 };
  for (const r of reports) counts[r.status]++;
  return {
    section: {
      source: input.tasks ? 'pr-body' : 'none',
      items: reports,
      counts,
      snippet: checklistSnippet(items),
    },
    findings,
  };
}

/** The PR-body items that name this checklist item, by id marker or by exact text. */
function matches(item: ChecklistItemDef, tasks: TaskItem[]): TaskItem[] {
  const text = normaliseText(item.text);
  return tasks.filter((t) => (t.id ? t.id === item.id : normaliseText(t.text) === text));
}

function evaluateItem(
  item: ChecklistItemDef,
  required: boolean,
  evidence: Evidence | null,
  tasks: TaskItem[] | null,
): ChecklistItemReport {
  const found = tasks ? matches(item, tasks) : [];
  const ticked = found.some((t) => t.checked && t.na === undefined);
  const waiver = found.find((t) => t.na !== undefined && t.na !== '');
  const base = {
    id: item.id,
    text: item.text,
    required,
    evidence,
    ticked,
    ...(item.custom ? { custom: true } : {}),
  };
  if (evidence?.ok) {
    return {
      ...base,
      status: 'evidence',
      detail: evidence.detail + (ticked ? ' (also ticked)' : ''),
    };
  }
  const why = evidence ? evidence.detail : item.custom ? 'no machine evidence' : 'attestation only';
  if (ticked && item.attest) {
    const detail = evidence
      ? `ticked in the PR body; the files do not show it: ${why}`
      : 'ticked in the PR body';
    return { ...base, status: 'attested', detail };
  }
  if (waiver && item.allowNa) {
    return { ...base, status: 'waived', detail: `N/A: ${waiver.na ?? ''}`, reason: waiver.na };
  }
  let detail = why;
  if (ticked && !item.attest)
    detail += '; a ticked box does not count for this item (`attest: false`)';
  else if (waiver) detail += '; N/A is not allowed for this item';
  else if (!tasks) detail += '; no PR body to read attestations from';
  else if (item.attest) {
    const lost = tasks.find((t) => t.checked && !t.id && resembles(t.text, item.text));
    detail += lost
      ? `; PR body line ${lost.line} has a ticked box like it, but its text differs and its \`<!-- mlgate:${item.id} -->\` comment is gone: add the comment back at the end of that line`
      : '; not ticked in the PR body';
  }
  return { ...base, status: 'missing', detail };
}

const significant = (text: string): string[] =>
  normaliseText(text)
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length >= 4);

/** A box whose text keeps most words of an item's text: an item edited and stripped of its id. */
function resembles(taskText: string, itemText: string): boolean {
  const words = new Set(significant(taskText));
  const want = significant(itemText);
  const kept = want.filter((w) => words.has(w)).length;
  return kept >= 2 && kept * 2 >= want.length;
}

/** Id markers in the PR body that name no checklist item (a typo, or an item since removed). */
function unknownIds(tasks: TaskItem[], known: Set<string>): Finding[] {
  return tasks
    .filter((t) => t.id && !known.has(t.id))
    .map((t) => ({
      level: 'warning' as const,
      check: 'checklist' as const,
      rule: 'checklist.unknown-id',
      message: `PR body line ${t.line}: \`<!-- mlgate:${t.id} -->\` names no checklist item${closestHint(t.id!, [...known])}; the box counts for nothing`,
    }));
}

function closestHint(id: string, known: string[]): string {
  const hint = closest(id, known);
  return hint ? ` (did you mean \`${hint}\`?)` : `; expected one of: ${known.join(', ')}`;
}

function itemFindings(
  r: ChecklistItemReport,
  items: ChecklistItemDef[],
  input: ChecklistInput,
  require: string[],
): Finding[] {
  const out: Finding[] = [];
  const found = input.tasks
    ? matches(
        items.find((i) => i.id === r.id)!,
        input.tasks,
      )
    : [];
  const emptyNa = found.find((t) => t.na === '');
  if (emptyNa && r.status !== 'waived')
    out.push({
      level: 'warning',
      check: 'checklist',
      rule: 'checklist.na-reason',
      message: `PR body line ${emptyNa.line}: "N/A:" on checklist item \`${r.id}\` needs a reason`,
    });
  const item = items.find((i) => i.id === r.id);
  const naRefused = found.find((t) => t.na) && item && !item.allowNa && r.status === 'missing';
  if (naRefused)
    out.push({
      level: 'warning',
      check: 'checklist',
      rule: 'checklist.na-not-allowed',
      message: `checklist item \`${r.id}\` cannot be waived with N/A`,
    });
  if (r.status !== 'missing') return out;
  if (r.required) {
    const line = input.configLine?.(['checklist', 'require', require.indexOf(r.id)]);
    // Without a PR body (push, local CLI) nobody could tick a box: say so without blocking.
    const level = input.tasks ? 'error' : 'warning';
    out.push({
      level,
      check: 'checklist',
      file: input.configFile,
      ...(line ? { line } : {}),
      rule: 'checklist.missing',
      target: `checklist.${r.id}`,
      message: `required checklist item \`${r.id}\` is missing: ${r.detail}`,
    });
  } else {
    out.push({
      level: 'notice',
      check: 'checklist',
      rule: 'checklist.missing',
      target: `checklist.${r.id}`,
      message: `checklist item \`${r.id}\` is missing: ${r.detail}`,
    });
  }
  return out;
}
