/**
 * Waivers on the report (SPEC §11), pure: apply the PR's waiver commands to an evaluated report,
 * name them in the suggested ledger entries, enforce `waivers.require_ledger`, recount the verdict.
 * Also the hidden line that carries the waivers' pinned fingerprints from one run to the next in
 * the sticky comment (the bot's own comment: the only place a run can leave state for the next).
 */
import {
  applyWaivers,
  type WaiverEdit,
  type WaiverEntry,
  type WaiverSource,
  type WaiverState,
} from '../checks/waivers.js';
import type { WaiverPolicy } from '../config/types.js';
import { normaliseTarget } from '../formats/waivers.js';
import type { Finding } from '../types.js';
import { sortFindings, verdict, type ModelReport, type Report } from './model.js';

export interface WaiverRun {
  policy: WaiverPolicy;
  sources: WaiverSource[];
  /** Null when mlgate's comment, or its record line, is missing. */
  state: WaiverState | null;
  edit: WaiverEdit | null;
  now: Date;
}

const STATE_LINE = /^<!-- mlgate:waivers ([A-Za-z0-9_-]*) -->$/m;
/** Most pinned state read back; a larger line is not ours. */
const MAX_STATE = 200_000;

/** The hidden line written into the sticky comment. */
export function stateLine(state: WaiverState): string {
  return `<!-- mlgate:waivers ${Buffer.from(JSON.stringify(state)).toString('base64url')} -->`;
}

/**
 * Read the record back from the previous sticky comment: null when there is no record line (no
 * comment yet, or one written before waivers were on); a line that does not parse is an empty record.
 */
export function readState(body: string | null | undefined): WaiverState | null {
  const m = STATE_LINE.exec(body ?? '');
  if (!m) return null;
  if (m[1].length > MAX_STATE) return {};
  try {
    const data: unknown = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'), (k, v) =>
      k === '__proto__' ? undefined : (v as unknown),
    );
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    const out: WaiverState = Object.create(null) as WaiverState;
    for (const [id, rec] of Object.entries(data as Record<string, unknown>)) {
      if (!/^[cr]\d+$/.test(id)) continue;
      if (rec === 'ignored') out[id] = 'ignored';
      else if (isRecord(rec) && typeof rec.h === 'string' && isRecord(rec.p)) {
        const p: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
        for (const [t, prints] of Object.entries(rec.p))
          if (Array.isArray(prints))
            p[t] = prints.filter((x): x is string => typeof x === 'string');
        out[id] = { h: rec.h, p };
      }
    }
    return { ...out };
  } catch {
    return {};
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `churn auc vs production (waived by @lead: reason, until 2026-12-31)`. */
export function describeWaiver(e: WaiverEntry): string {
  return `${e.target} (waived by ${e.by}: ${e.reason ?? ''}${e.expires ? `; until ${e.expires}` : ''})`;
}

const TRADEOFF_MD = /^- Tradeoff accepted:.*$/m;
const TRADEOFF_YAML = /^ {2}tradeoff_accepted:.*$/m;
const PLACEHOLDER = /^\s*(|\.\.\.|…|-|—|n\/?a|todo|tbd|"?<[^>]*>"?)\s*$/i;

/** The suggested entry with every waiver named in its "Tradeoff accepted" field. */
function nameInSuggestion(model: ModelReport, named: string[]): ModelReport {
  const l = model.ledger;
  if (!l || typeof l.suggested !== 'string' || named.length === 0) return model;
  const text = named.join('; ');
  const yaml = l.format === 'yaml';
  const re = yaml ? TRADEOFF_YAML : TRADEOFF_MD;
  const m = re.exec(l.suggested);
  if (!m) return model;
  const prefix = yaml ? '  tradeoff_accepted: ' : '- Tradeoff accepted: ';
  const own = m[0].slice(prefix.length);
  const ownText = yaml ? safeJson(own) : own;
  const value = PLACEHOLDER.test(ownText) ? text : `${ownText}; ${text}`;
  const line = `${prefix}${yaml ? JSON.stringify(value) : value}`;
  return { ...model, ledger: { ...l, suggested: l.suggested.replace(re, () => line) } };
}

function safeJson(text: string): string {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'string' ? v : text;
  } catch {
    return text;
  }
}

/** Findings for waived models whose new ledger entries do not name the waiver. */
function ledgerMissing(models: ModelReport[], applied: WaiverEntry[]): Finding[] {
  const out: Finding[] = [];
  for (const e of applied) {
    for (const name of e.models?.length ? e.models : models.map((m) => m.name)) {
      const model = models.find((m) => m.name === name);
      if (!model) continue;
      const l = model.ledger;
      const added = normaliseTarget(
        (l?.diff ?? [])
          .filter((d) => d.startsWith('+'))
          .map((d) => d.slice(1))
          .join(' '),
      );
      const short = e.target.startsWith(`${name} `) ? e.target.slice(name.length + 1) : e.target;
      if (l && (added.includes(e.target) || added.includes(short))) continue;
      out.push({
        level: 'error',
        check: 'ledger',
        rule: 'waivers.ledger',
        model: name,
        ...(l ? { file: l.file } : {}),
        message: l
          ? `\`${e.target}\` is waived but no new entry in ${l.file} names it (waivers.require_ledger); say in "Tradeoff accepted" what was accepted`
          : `\`${e.target}\` is waived but model ${name} has no ledger (waivers.require_ledger)`,
      });
    }
  }
  return out;
}

/**
 * A report with every waiver taken out: findings and gates as they were without them, no
 * waiver entries or record, the verdict recounted. For reports mlgate did not make in this run
 * (publish mode's artifact, which a fork's code could have written).
 */
export function withoutWaivers(report: Report): Report {
  const findings = report.findings.map((f) => {
    const copy = { ...f };
    delete copy.status;
    delete copy.waiver;
    return copy;
  });
  const models = report.models.map((m) => ({
    ...m,
    gates: m.gates.map((g) => {
      const copy = { ...g };
      if (copy.status === 'waived') copy.status = copy.waiver?.was ?? 'fail';
      delete copy.waiver;
      return copy;
    }),
  }));
  const out: Report = { ...report, models, findings, ...verdict(findings, report.failOn) };
  delete out.waivers;
  return out;
}

/** Apply the waivers to the report and recount the verdict. */
export function waiveReport(report: Report, run: WaiverRun): Report {
  const result = applyWaivers({
    findings: report.findings,
    gates: report.models.map((m) => ({ model: m.name, gates: m.gates })),
    sources: run.sources,
    state: run.state,
    edit: run.edit,
    now: run.now,
  });
  const applied = result.entries.filter((e) => e.status === 'applied');
  let models = report.models.map((m, i) => ({ ...m, gates: result.gates[i].gates }));
  models = models.map((m) =>
    nameInSuggestion(
      m,
      applied.filter((e) => !e.models?.length || e.models.includes(m.name)).map(describeWaiver),
    ),
  );
  const extra = run.policy.require_ledger ? ledgerMissing(models, applied) : [];
  const findings = sortFindings([...result.findings, ...extra]);
  return {
    ...report,
    ...verdict(findings, report.failOn),
    models,
    findings,
    waivers: { entries: result.entries, state: result.state },
  };
}
