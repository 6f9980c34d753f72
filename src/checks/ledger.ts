/**
 * Ledger checks (SPEC §7), pure: base → head entries in, findings and the comment's section out.
 * Past entries are append-only, new entries fill the required fields, a metric change needs a new
 * entry, and a stated metric movement must agree with the measured one.
 */
import type { LedgerPolicy } from '../config/types.js';
import { fieldValue, LEDGER_FIELDS, type LedgerDoc, type LedgerEntry } from '../formats/ledger.js';
import type { Finding, GateResult, MetricRow } from '../types.js';
import { lineDiff } from './line-diff.js';
import { contradiction, metricMovement, parseMovement, sliceMovement } from './ledger-movement.js';

/** Required fields of a new entry when `ledger_policy.required_fields` is unset. */
export const DEFAULT_REQUIRED_FIELDS = ['Change', 'Metric movement', 'Decision'] as const;

/** A new entry as the report shows it. */
export interface LedgerEntrySummary {
  key: string;
  title: string;
  iteration: number | null;
  line: number;
  /** Required fields that are empty or a placeholder. */
  missing: string[];
}

/** What the comment and the report show about a model's ledger. */
export interface LedgerSection {
  file: string;
  format: 'markdown' | 'yaml';
  /** Entries at head, or null when the file could not be read. */
  entries: number | null;
  /** Entries at base, or null when the ledger is new (or unreadable) at base. */
  baseEntries: number | null;
  added: LedgerEntrySummary[];
  edited: { key: string; line: number }[];
  removed: { key: string; baseLine: number }[];
  /** The ledger diff, one `+`/`-`/` `-prefixed line each; empty when nothing changed. */
  diff: string[];
  metricsChanged: boolean;
  /** A ready-to-paste entry with the measured movement, in the ledger's own format. */
  suggested: string;
}

export interface LedgerInput {
  model: string;
  file: string;
  format: 'markdown' | 'yaml';
  head: LedgerDoc | null;
  /** The ledger at base; null when the file is new in this PR or unreadable there. */
  base: LedgerDoc | null;
  policy: LedgerPolicy | undefined;
  diff: MetricRow[];
  gates: GateResult[];
  /** Numeric metric values at base and head, to check stated movements of unchanged metrics too. */
  baseValues: Map<string, number>;
  headValues: Map<string, number>;
}

const PLACEHOLDER = /^(|\.\.\.|…|-|—|n\/?a|todo|tbd|<[^>]*>)$/i;

/** Whether a field value says nothing (empty, `...`, `TODO`, `<fill in>`). */
export function isPlaceholder(value: string | undefined): boolean {
  return value === undefined || PLACEHOLDER.test(value.trim());
}

function measuredChange(rows: MetricRow[]): boolean {
  return rows.some((r) => r.base !== r.head && !(Number.isNaN(r.base) && Number.isNaN(r.head)));
}

/** Match base entries to head entries by key (and occurrence, for repeated headings). */
function pair(base: LedgerEntry[], head: LedgerEntry[]) {
  const slots = new Map<string, LedgerEntry[]>();
  for (const h of head) slots.set(h.key, [...(slots.get(h.key) ?? []), h]);
  const matched = new Set<LedgerEntry>();
  const pairs: { base: LedgerEntry; head: LedgerEntry | null }[] = [];
  for (const b of base) {
    const h = slots.get(b.key)?.shift() ?? null;
    if (h) matched.add(h);
    pairs.push({ base: b, head: h });
  }
  return { pairs, added: head.filter((h) => !matched.has(h)) };
}

export function checkLedger(input: LedgerInput): { section: LedgerSection; findings: Finding[] } {
  const { model, file, head, base, policy } = input;
  const findings: Finding[] = [];
  const at = (level: Finding['level'], line: number | undefined, message: string, rule: string) =>
    findings.push({
      level,
      check: 'ledger',
      model,
      file,
      ...(line ? { line } : {}),
      message,
      rule,
    });

  const headEntries = head?.entries ?? [];
  const { pairs, added } = pair(base?.entries ?? [], headEntries);
  const edited: LedgerSection['edited'] = [];
  const removed: LedgerSection['removed'] = [];
  const chunks: { order: number; lines: string[] }[] = [];
  const appendOnly = policy?.append_only ?? true;

  if (head) {
    for (const { base: b, head: h } of pairs) {
      if (!h) {
        removed.push({ key: b.key, baseLine: b.line });
        chunks.push({
          order: b.line,
          lines: [
            `@@ removed: ${b.key} (line ${b.line} at base) @@`,
            ...b.lines.map((l) => `-${l}`),
          ],
        });
        at(
          appendOnly ? 'error' : 'notice',
          undefined,
          `past ledger entry "${b.key}" (line ${b.line} at base) was removed; the ledger is append-only: restore it and add a new entry instead`,
          'ledger.append-only',
        );
      } else if (h.content !== b.content) {
        const d = lineDiff(b.lines, h.lines);
        const first = d.findIndex((l) => !l.startsWith(' '));
        const changedHeadLine =
          h.line + d.slice(0, Math.max(0, first)).filter((l) => !l.startsWith('-')).length;
        edited.push({ key: h.key, line: changedHeadLine });
        chunks.push({ order: h.line, lines: [`@@ edited: ${h.key} @@`, ...d] });
        at(
          appendOnly ? 'error' : 'notice',
          changedHeadLine,
          `past ledger entry "${h.key}" was edited; the ledger is append-only: revert the edit and record the correction in a new entry`,
          'ledger.append-only',
        );
      }
    }
  }

  const required = input.policy?.required_fields ?? [...DEFAULT_REQUIRED_FIELDS];
  const summaries = added.map((e) => {
    const missing = required.filter((f) => isPlaceholder(fieldValue(e, f)));
    for (const f of missing) {
      const field = e.fields.find((x) => x.name.toLowerCase() === f.toLowerCase());
      at(
        'error',
        field?.line ?? e.line,
        `new ledger entry "${e.key}": required field "${f}" is ${field ? 'empty' : 'missing'}`,
        'ledger.required-field',
      );
    }
    chunks.push({ order: e.line, lines: [`@@ new: ${e.key} @@`, ...e.lines.map((l) => `+${l}`)] });
    return { key: e.key, title: e.title, iteration: e.iteration, line: e.line, missing };
  });

  const metricsChanged = measuredChange(input.diff);
  const requireEntry = policy?.require_entry_when_metrics_change;
  if (head && metricsChanged && added.length === 0 && requireEntry !== false) {
    const last = headEntries[headEntries.length - 1];
    at(
      requireEntry === true ? 'error' : 'warning',
      last ? last.endLine : 1,
      `metrics changed but ${file} has no new entry; add one (the comment has one ready to paste, with the measured movement)`,
      'ledger.entry-required',
    );
  }

  const latest = latestEntry(added);
  if (latest) findings.push(...contradictions(input, latest));

  chunks.sort((a, b) => a.order - b.order);
  const diff = chunks.flatMap((c, i) => (i === 0 ? c.lines : [' ', ...c.lines]));
  return {
    section: {
      file,
      format: input.format,
      entries: head ? headEntries.length : null,
      baseEntries: base ? base.entries.length : null,
      added: summaries,
      edited,
      removed,
      diff,
      metricsChanged,
      suggested: suggestEntry(input, latest),
    },
    findings,
  };
}

/** The new entry that describes this PR: the highest iteration, else the last one written. */
function latestEntry(added: LedgerEntry[]): LedgerEntry | undefined {
  return [...added].sort(
    (a, b) => (a.iteration ?? -Infinity) - (b.iteration ?? -Infinity) || a.line - b.line,
  )[added.length - 1];
}

function contradictions(input: LedgerInput, entry: LedgerEntry): Finding[] {
  const field = entry.fields.find((f) => f.name.toLowerCase() === 'metric movement');
  if (!field || isPlaceholder(field.value)) return [];
  const names = [...new Set([...input.headValues.keys(), ...input.baseValues.keys()])];
  const out: Finding[] = [];
  for (const stated of parseMovement(field.value, names)) {
    const why = contradiction(
      stated,
      input.baseValues.get(stated.metric),
      input.headValues.get(stated.metric),
    );
    if (why)
      out.push({
        level: 'warning',
        check: 'ledger',
        model: input.model,
        file: input.file,
        line: field.line,
        message: `ledger entry "${entry.key}" ${why}`,
        rule: 'ledger.movement-contradiction',
      });
  }
  return out;
}

/** A suggested entry in the ledger's format, with the measured metric and slice movement. */
export function suggestEntry(input: LedgerInput, written?: LedgerEntry): string {
  const iterations = (input.base?.entries ?? []).map((e) => e.iteration ?? 0);
  const next = written?.iteration ?? iterations.reduce((a, b) => Math.max(a, b), 0) + 1;
  const title = written?.title || '<short title>';
  const filled: Record<string, string> = {
    'Metric movement': metricMovement(input.diff),
    'Slice movement': sliceMovement(input.diff, input.gates),
  };
  const placeholder: Record<string, string> = { Decision: '<promote | hold | roll back>' };
  const value = (f: string) => {
    const own = written ? fieldValue(written, f) : undefined;
    return (
      filled[f] ??
      (isPlaceholder(own) ? undefined : own) ??
      placeholder[f] ??
      `<${f.toLowerCase()}>`
    );
  };
  if (input.format === 'yaml') {
    const key = (f: string) => f.toLowerCase().replace(/ /g, '_');
    return [
      `- iteration: ${next}`,
      `  title: ${JSON.stringify(title)}`,
      ...LEDGER_FIELDS.map((f) => `  ${key(f)}: ${JSON.stringify(value(f))}`),
    ].join('\n');
  }
  return [
    `## Iteration ${next}: ${title}`,
    ...LEDGER_FIELDS.map((f) => `- ${f}: ${value(f)}`),
  ].join('\n');
}
