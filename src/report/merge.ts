/**
 * Fan-in (SPEC §11): N matrix jobs' reports → one report, one verdict. Pure.
 *
 * Models travel with their report verbatim (each model's section, ledger included, is evaluated in
 * the job that checked it). PR-level parts are not taken from any one job: findings that every job
 * reports alike (config, policy, base resolution) are kept once, and the review checklist is
 * evaluated once here, over all models, from the inputs each job recorded (`checklist.basis`).
 * Fails closed: a malformed report, two reports for one model, reports for different commits, or a
 * model in force that no report covers is an error finding naming the report file.
 */
import { checklistFromBasis, type ChecklistBasis } from '../checks/checklist.js';
import { VERSION } from '../constants.js';
import type { Finding } from '../types.js';
import { fieldsKey, textKey } from './keys.js';
import { sortFindings, verdict, type FailOn, type ModelReport, type Report } from './model.js';

/** One report file given to merge: parsed (and schema-checked), or why it could not be. */
export type MergeInput = { file: string; report: Report } | { file: string; error: string };

export interface MergeOptions {
  failOn: FailOn;
  /** Models that must be present (`expected-models`); default: the models in force the reports record. */
  expected?: string[];
  /** The merge run's URL, for the footer. */
  runUrl?: string;
}

const problem = (message: string): Finding => ({ level: 'error', check: 'merge', message });

const list = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(', ');

/** Findings every job reports alike are one fact: keep each finding as often as the report that has it most. */
function unionFindings(groups: Finding[][]): Finding[] {
  const best = new Map<string, { finding: Finding; count: number }>();
  for (const group of groups) {
    const counts = new Map<string, { finding: Finding; count: number }>();
    for (const f of group) {
      const key = fieldsKey([
        f.level,
        f.check,
        f.model,
        f.file,
        f.line,
        f.rule,
        f.target,
        f.status,
        f.message,
      ]);
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { finding: f, count: 1 });
    }
    for (const [key, c] of counts) {
      const b = best.get(key);
      if (!b || b.count < c.count) best.set(key, c);
    }
  }
  return [...best.values()].flatMap(({ finding, count }) => Array(count).fill(finding));
}

/** The files whose value of `pick` differs, as `a.json: x; b.json: y`, or null when all agree. */
function disagreement(
  reports: { file: string; report: Report }[],
  pick: (r: Report) => string,
): string | null {
  const values = new Set(reports.map((r) => textKey(pick(r.report))));
  if (values.size <= 1) return null;
  return reports.map((r) => `${r.file}: ${pick(r.report)}`).join('; ');
}

/** Merge the matrix jobs' reports into one. Never throws: every problem is a `merge` finding. */
export function mergeReports(inputs: readonly MergeInput[], opts: MergeOptions): Report {
  const problems: Finding[] = [];
  const ok: { file: string; report: Report }[] = [];
  for (const input of inputs) {
    if ('error' in input) problems.push(problem(`${input.file}: ${input.error}`));
    else ok.push(input);
  }
  if (inputs.length === 0)
    problems.push(problem('no report to merge: expected the report JSON of each matrix job'));

  const sha = (s: string | null) => (s ? s.slice(0, 7) : 'none');
  const heads = disagreement(ok, (r) => sha(r.pr.head));
  if (heads)
    problems.push(
      problem(
        `the reports are for different head commits (${heads}); re-run the matrix on one commit`,
      ),
    );
  const bases = disagreement(ok, (r) => sha(r.pr.base));
  if (bases) problems.push(problem(`the reports compare with different base commits (${bases})`));
  const prs = disagreement(ok, (r) => String(r.pr.number ?? 'none'));
  if (prs) problems.push(problem(`the reports are for different pull requests (${prs})`));

  // Which models must be present: the input, else the models in force the reports agree on.
  const scoped = ok.filter((r) => r.report.scope);
  let expected = opts.expected && opts.expected.length > 0 ? [...opts.expected] : null;
  if (!expected && scoped.length > 0) {
    const inForce = disagreement(scoped, (r) => (r.scope?.models ?? []).join(', '));
    if (inForce) problems.push(problem(`the reports disagree on the models in force (${inForce})`));
    expected = scoped[0].report.scope!.models;
  }

  // Keyed by textKey: model names come from artifacts and can be long (see keys.ts).
  const byName = new Map<string, { model: ModelReport; file: string }>();
  for (const { file, report } of ok) {
    for (const m of report.models) {
      const first = byName.get(textKey(m.name));
      if (first !== undefined) {
        problems.push(
          problem(
            `model "${m.name}" is in two reports: ${first.file} and ${file}; each model must be checked by exactly one matrix job`,
          ),
        );
        continue;
      }
      byName.set(textKey(m.name), { model: m, file });
    }
  }
  const order = expected ?? [...byName.values()].map((o) => o.model.name);
  const ordered = new Set(order.map(textKey));
  const missing = order.filter((n) => !byName.has(textKey(n)));
  if (missing.length > 0)
    problems.push(
      problem(
        `no report covers model${missing.length === 1 ? '' : 's'} ${list(missing)} (reports read: ${ok.map((r) => r.file).join(', ') || 'none'}); did its matrix job fail before uploading its report?`,
      ),
    );
  const extra = [...byName].filter(([key]) => !ordered.has(key)).map(([, o]) => o.model.name);
  if (expected && extra.length > 0)
    problems.push(
      problem(
        `the reports cover model${extra.length === 1 ? '' : 's'} ${list(extra)} that ${extra.length === 1 ? 'is' : 'are'} not expected (expected: ${list(expected)})`,
      ),
    );
  const models = [...order, ...extra].flatMap((n) => byName.get(textKey(n))?.model ?? []);

  // PR-level: the checklist once, over every model; the jobs' own checklist verdicts are dropped.
  const perJob = ok.map((r) =>
    r.report.findings.filter((f) => f.check !== 'checklist' && f.check !== 'comment'),
  );
  const basis = ok.map((r) => r.report.checklist?.basis).find((b): b is ChecklistBasis => !!b);
  let checklist: Report['checklist'];
  if (basis) {
    const names = new Set(models.map((m) => textKey(m.name)));
    const evidence = new Map<string, ChecklistBasis['evidence'][number]>();
    for (const r of ok)
      for (const e of r.report.checklist?.basis?.evidence ?? []) {
        const key = textKey(e.model);
        if (names.has(key) && !evidence.has(key)) evidence.set(key, e);
      }
    const merged = checklistFromBasis({
      ...basis,
      evidence: models.flatMap((m) => evidence.get(textKey(m.name)) ?? []),
    });
    checklist = merged.section;
    perJob.push(merged.findings);
  }
  const policy = new Map<string, Report['policyChanges'][number]>();
  for (const r of ok) for (const c of r.report.policyChanges) policy.set(fieldsKey([c]), c);

  const findings = sortFindings([...unionFindings(perJob), ...problems]);
  const first = ok[0]?.report;
  const runUrl = opts.runUrl ?? first?.run?.url;
  return {
    version: 1,
    ...verdict(findings, opts.failOn),
    failOn: opts.failOn,
    pr: first?.pr ?? { number: null, base: null, head: null },
    config: first?.config ?? { file: '.mlgate.yml', source: 'base' },
    policyChanges: [...policy.values()],
    scope: { models: order },
    models,
    ...(checklist ? { checklist } : {}),
    ...(first?.waivers ? { waivers: first.waivers } : {}),
    findings,
    merged: {
      reports: inputs.map((i) => ({
        file: i.file,
        models: 'report' in i ? i.report.models.map((m) => m.name) : [],
      })),
    },
    tool: { name: 'mlgate', version: VERSION },
    ...(runUrl ? { run: { url: runUrl } } : {}),
  };
}
