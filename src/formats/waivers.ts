/**
 * Waiver commands in a PR comment or review body: `(body) → commands`, no I/O.
 *
 *   /mlgate waive <target> reason: <text> [expires: YYYY-MM-DD]
 *   /mlgate unwaive <target>
 *
 * A command is a line of its own that a reader sees as text: quoted replies, fenced or indented
 * code and HTML comments never count (the same reading as the PR-body checklist).
 */
import { visibleLines } from './pr-body.js';

/** A command as written, before anyone's permission is checked. */
export type WaiverCommand =
  | {
      kind: 'waive';
      /** The target, normalised (see `normaliseTarget`). */
      target: string;
      reason: string;
      /** `YYYY-MM-DD`: the waiver applies through the end of that day (UTC). */
      expires?: string;
      line: number;
    }
  | { kind: 'unwaive'; target: string; line: number }
  /** A line that starts like a command but cannot be read: shown so its author can fix it. */
  | { kind: 'invalid'; text: string; problem: string; line: number };

const COMMAND = /^\/mlgate[ \t]+(waive|unwaive)(?=[ \t]|$)(.*)$/i;
const EXPIRES = /(?:^|[ \t])expires:[ \t]*(\S*)[ \t]*$/i;
const REASON = /(?:^|[ \t])reason:/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Longest target and reason kept; longer text is cut (it is shown in the comment). */
const MAX_TARGET = 200;
const MAX_REASON = 500;

/** Case, backticks and runs of whitespace do not matter in a target: `Churn  \`auc\`` = `churn auc`. */
export function normaliseTarget(text: string): string {
  return text.replace(/`/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function parseWaive(rest: string, line: number, text: string): WaiverCommand {
  const invalid = (problem: string): WaiverCommand => ({ kind: 'invalid', text, problem, line });
  const reason = REASON.exec(rest);
  if (!reason) return invalid('expected `reason: <text>` after the target');
  const target = normaliseTarget(rest.slice(0, reason.index));
  let tail = rest.slice(reason.index + reason[0].length);
  let expires: string | undefined;
  const exp = EXPIRES.exec(tail);
  if (exp) {
    if (!isDate(exp[1])) return invalid(`expected \`expires: YYYY-MM-DD\`, got "${exp[1]}"`);
    expires = exp[1];
    tail = tail.slice(0, exp.index);
  }
  const why = tail.replace(/\s+/g, ' ').trim();
  if (!target) return invalid('expected a target: a gate (`churn auc vs production`) or a rule id');
  if (!why) return invalid('the reason is empty; a waiver must say why');
  return {
    kind: 'waive',
    target: target.slice(0, MAX_TARGET),
    reason: why.slice(0, MAX_REASON),
    ...(expires ? { expires } : {}),
    line,
  };
}

/** Every waiver command in a comment or review body, in order. */
export function parseWaiverCommands(body: string): WaiverCommand[] {
  const out: WaiverCommand[] = [];
  for (const { line, text } of visibleLines(body)) {
    const trimmed = text.trimEnd();
    const m = COMMAND.exec(trimmed);
    if (!m) continue;
    const kind = m[1].toLowerCase();
    const rest = m[2];
    if (kind === 'waive') {
      out.push(parseWaive(rest, line, trimmed));
      continue;
    }
    const target = normaliseTarget(rest);
    out.push(
      target
        ? { kind: 'unwaive', target: target.slice(0, MAX_TARGET), line }
        : { kind: 'invalid', text: trimmed, problem: 'expected a target after unwaive', line },
    );
  }
  return out;
}

/** True when a waiver with this expiry date no longer applies at `now`. */
export function isExpired(expires: string | undefined, now: Date): boolean {
  return expires !== undefined && now.toISOString().slice(0, 10) > expires;
}
