/**
 * Waivers (SPEC §11), pure: the evaluated report, the waiver commands found on the PR (with each
 * author's authorisation already decided against the API) and the state recorded by the previous
 * run in, the report with covered findings marked `waived` out.
 *
 * A waiver covers the findings its target names *as they were when it was first applied*: their
 * fingerprints (model, rule or gate, message and the gate's raw values) are pinned in the state, so
 * a changed value or a new failure under the same target blocks again until waived again.
 */
import { createHash } from 'node:crypto';
import { isExpired, normaliseTarget, type WaiverCommand } from '../formats/waivers.js';
import type { Finding, GateResult, WaiverMark } from '../types.js';
import { isGateMessage } from './gates.js';
import { byCodeUnit } from '../order.js';

/** How a waiver names a gate: as the comment shows it, `churn auc vs production`. */
export function gateTarget(model: string, g: Pick<GateResult, 'metric' | 'vs'>): string {
  return `${model} ${g.metric}${g.vs ? ` vs ${g.vs}` : ''}`;
}

/** One comment or review that holds waiver commands. */
export interface WaiverSource {
  /** `c<id>` for an issue comment, `r<id>` for a review: stable across edits. */
  id: string;
  author: string;
  /** When it was written (ISO 8601): commands apply in this order. */
  at: string;
  url: string;
  /** Hash of the body as read now (edits change it). */
  hash: string;
  /** GitHub says it was edited after it was written (`updated_at` after `created_at`). */
  edited: boolean;
  commands: WaiverCommand[];
  /** Why the author may not waive, or null when they may (decided by the GitHub edge). */
  refused: string | null;
}

/** What the previous run recorded, per source: its body hash and the pinned fingerprints. */
export type WaiverState = Record<string, { h: string; p: Record<string, string[]> } | 'ignored'>;

/** The event being handled, when it is an edit of a comment or review. */
export interface WaiverEdit {
  source: string;
  by: string;
}

export type WaiverOutcome =
  | 'applied'
  | 'changed'
  | 'expired'
  | 'refused'
  | 'unmatched'
  | 'withdrawn'
  | 'replaced'
  | 'ignored'
  | 'invalid';

/** One command as the report shows it, with what became of it. */
export interface WaiverEntry {
  kind: 'waive' | 'unwaive' | 'invalid';
  target: string;
  by: string;
  at: string;
  url: string;
  reason?: string;
  expires?: string;
  status: WaiverOutcome;
  /** One line for the comment: what it covers, or why it does not apply. */
  detail: string;
  /** Number of findings the waiver covers now (applied). */
  covers?: number;
  /** The models of the covered findings (applied). */
  models?: string[];
}

export interface WaiverInput {
  findings: Finding[];
  gates: { model: string; gates: GateResult[] }[];
  sources: WaiverSource[];
  /** The previous run's record; null when mlgate's comment or its record line is missing. */
  state: WaiverState | null;
  edit: WaiverEdit | null;
  now: Date;
}

export interface WaiverResult {
  findings: Finding[];
  /** Gate results with covered gates turned `waived`, in input order. */
  gates: { model: string; gates: GateResult[] }[];
  entries: WaiverEntry[];
  state: WaiverState;
}

/** Rules whose findings a waiver never covers (they are about waivers themselves). */
const UNWAIVABLE = /^waivers\./;

const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Hash of a comment body, for the state. */
export function bodyHash(body: string): string {
  return short(body);
}

/** The names a waiver may use for a finding, normalised. */
function targetsOf(f: Finding): string[] {
  if (f.rule && UNWAIVABLE.test(f.rule)) return [];
  const names: string[] = [];
  if (f.target) names.push(normaliseTarget(f.target));
  if (f.rule) {
    names.push(normaliseTarget(f.rule));
    if (f.model) names.push(normaliseTarget(`${f.model} ${f.rule}`));
  }
  return names;
}

function gateOf(
  f: Finding,
  gates: WaiverInput['gates'],
): { list: GateResult[]; index: number } | null {
  if (f.check !== 'gate' || !f.target) return null;
  const list = gates.find((g) => g.model === f.model)?.gates ?? [];
  const index = list.findIndex(
    (g) =>
      (g.status === 'fail' || g.status === 'warn') &&
      gateTarget(f.model ?? '', g) === f.target &&
      isGateMessage(f.message, g.message),
  );
  return index < 0 ? null : { list, index };
}

/** What a waiver pins: the finding as it is, with its gate's raw numbers. */
function fingerprint(f: Finding, gates: WaiverInput['gates']): string {
  const at = gateOf(f, gates);
  const g = at ? at.list[at.index] : null;
  return short(
    JSON.stringify([
      f.model ?? '',
      f.check,
      f.rule ?? '',
      f.target ?? '',
      f.file ?? '',
      f.message,
      g ? [g.metric, g.vs ?? '', g.value, g.reference, g.threshold] : null,
    ]),
  );
}

const blocking = (f: Finding) => f.level !== 'notice' && f.status !== 'waived';

interface Active {
  source: WaiverSource;
  command: Extract<WaiverCommand, { kind: 'waive' }>;
  entry: WaiverEntry;
}

/** Trust of a source's text: why it is ignored, or null. Updates `state` for edits. */
function trust(source: WaiverSource, input: WaiverInput, state: WaiverState): string | null {
  const prior = state[source.id];
  const edit = input.edit?.source === source.id ? input.edit : null;
  if (source.refused) return null;
  if (edit && edit.by.toLowerCase() !== source.author.toLowerCase()) {
    state[source.id] = 'ignored';
    return `edited by @${edit.by}, not its author; ignored`;
  }
  if (prior === 'ignored') return 'edited by someone other than its author; ignored';
  if (edit) {
    // The author's own edit: what it says now is what counts, pinned afresh.
    state[source.id] = { h: source.hash, p: {} };
    return null;
  }
  if (!prior && input.state === null) {
    // No record at all: mlgate's comment (which holds what each waiver covers) was deleted or
    // never written. Pinning now could cover a value nobody waived: fail closed, for good.
    state[source.id] = 'ignored';
    return 'mlgate has no record of what this waiver covered (its comment was missing or deleted); waive again';
  }
  if (prior && prior.h !== source.hash)
    return 'changed since mlgate recorded it, by an edit mlgate did not see; its author can edit it again or post a new waiver';
  if (!prior && source.edited)
    return 'edited before mlgate saw it, by an edit mlgate did not see; its author can edit it again or post a new waiver';
  if (!prior) state[source.id] = { h: source.hash, p: {} };
  return null;
}

function mark(source: WaiverSource, c: Active['command']): WaiverMark {
  return {
    by: source.author,
    at: source.at,
    reason: c.reason,
    ...(c.expires ? { expires: c.expires } : {}),
    url: source.url,
  };
}

/** Apply the waivers. Never throws; every command gets an entry saying what became of it. */
export function applyWaivers(input: WaiverInput): WaiverResult {
  const state: WaiverState = structuredClone(input.state ?? {});
  const entries: WaiverEntry[] = [];
  const active = new Map<string, Active>();
  const sources = [...input.sources].sort(
    (a, b) => byCodeUnit(a.at, b.at) || byCodeUnit(a.id, b.id),
  );
  for (const source of sources) {
    const ignored = trust(source, input, state);
    for (const c of source.commands) {
      const base = { by: source.author, at: source.at, url: source.url };
      if (c.kind === 'invalid') {
        entries.push({
          ...base,
          kind: 'invalid',
          target: c.text,
          status: 'invalid',
          detail: c.problem,
        });
        continue;
      }
      const entry: WaiverEntry = {
        ...base,
        kind: c.kind,
        target: c.target,
        ...(c.kind === 'waive'
          ? { reason: c.reason, ...(c.expires ? { expires: c.expires } : {}) }
          : {}),
        status: 'applied',
        detail: '',
      };
      entries.push(entry);
      if (source.refused || ignored) {
        entry.status = source.refused ? 'refused' : 'ignored';
        entry.detail = source.refused ?? ignored ?? '';
        continue;
      }
      const previous = active.get(c.target);
      if (previous) {
        previous.entry.status = c.kind === 'unwaive' ? 'withdrawn' : 'replaced';
        previous.entry.detail =
          c.kind === 'unwaive'
            ? `withdrawn by @${source.author} (${source.url})`
            : `replaced by a later waiver from @${source.author}`;
        active.delete(c.target);
      }
      if (c.kind === 'unwaive') {
        entry.detail = previous ? 'waiver withdrawn' : 'no waiver of this target to withdraw';
        continue;
      }
      active.set(c.target, { source, command: c, entry });
    }
  }

  const findings = input.findings.map((f) => ({ ...f }));
  const gates = input.gates.map((m) => ({ model: m.model, gates: m.gates.map((g) => ({ ...g })) }));
  for (const [target, { source, command, entry }] of active) {
    if (isExpired(command.expires, input.now)) {
      entry.status = 'expired';
      entry.detail = `expired at the end of ${command.expires} (UTC)`;
      continue;
    }
    const named = findings.filter((f) => blocking(f) && targetsOf(f).includes(target));
    const record = state[source.id];
    const pins = record && record !== 'ignored' ? record.p : {};
    const prints = named.map((f) => fingerprint(f, gates));
    // Pinned on first sight, even when nothing matches: a waiver never covers a future failure.
    pins[target] ??= prints;
    if (named.length === 0) {
      entry.status = 'unmatched';
      entry.detail = `no failing gate or finding is named \`${target}\` now`;
      continue;
    }
    const covered = named.filter((_, i) => pins[target].includes(prints[i]));
    const uncovered = named.length - covered.length;
    if (covered.length === 0) {
      entry.status = 'changed';
      entry.detail = `\`${target}\` has changed since it was waived (a new value or a new failure); it blocks until waived again`;
      continue;
    }
    const waiver = mark(source, command);
    for (const f of covered) {
      const at = gateOf(f, gates);
      if (at) {
        const g = at.list[at.index];
        at.list[at.index] = {
          ...g,
          status: 'waived',
          waiver: { ...waiver, was: g.status === 'warn' ? 'warn' : 'fail' },
        };
      }
      f.status = 'waived';
      f.waiver = waiver;
    }
    entry.covers = covered.length;
    entry.models = [...new Set(covered.flatMap((f) => (f.model ? [f.model] : [])))].sort();
    entry.detail =
      `covers ${covered.length} finding${covered.length === 1 ? '' : 's'}` +
      (uncovered > 0
        ? `; ${uncovered} new or changed under the same target still block${uncovered === 1 ? 's' : ''}`
        : '');
  }
  // Deleted comments leave the record with them.
  const kept = new Set(input.sources.map((s) => s.id));
  for (const id of Object.keys(state)) if (!kept.has(id)) delete state[id];
  return { findings, gates, entries, state };
}
