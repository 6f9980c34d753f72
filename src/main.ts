/**
 * The Action: read inputs and the event, run the pipeline (or read a report in publish mode),
 * post the sticky comment, then write the report, job summary, annotations and outputs and decide
 * the job. The one place that calls `core.setFailed`.
 */
import * as core from '@actions/core';
import { Limits, Outputs, VERSION } from './constants.js';
import { errorText } from './formats/data.js';
import { publishComment, whoAmI, type PullTarget, type StickyResult } from './github/comment.js';
import { loadEventContext, type EventContext, type RepoRef } from './github/context.js';
import { lazyClient, type GitHubClient } from './github/octokit.js';
import { findPublishTarget, headMoved, readReportFile } from './github/publish.js';
import * as results from './github/results.js';
import { resolveTrees } from './github/trees.js';
import {
  applyPrWaivers,
  keepWaiverRecord,
  publishStatus,
  withCommentPull,
} from './github/waive.js';
import { getInputs, type ActionSettings } from './inputs.js';
import { findReportFiles, readReports, ReportPathError } from './merge.js';
import { listModels } from './models.js';
import { runPipeline } from './pipeline.js';
import { mergeReports } from './report/merge.js';
import { verdict, type Report } from './report/model.js';
import { Budget, BudgetExceeded } from './report/budget.js';
import { renderComment } from './report/markdown.js';
import { withoutWaivers } from './report/waivers.js';
import type { Finding } from './types.js';

type Client = (() => Promise<GitHubClient>) | null;
type Posted = { comment: StickyResult | null; findings: Finding[] };

/**
 * Post the sticky comment for `report` on PR `number`; failures become warning findings. With a
 * budget (a report mlgate did not make), rendering counts against it.
 */
async function comment(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
  report: Report,
  target: (client: GitHubClient, repo: RepoRef) => Promise<number | Finding | null>,
  more: {
    prepare?: (client: GitHubClient, pr: PullTarget) => Promise<Report>;
    budget?: Budget;
  } = {},
): Promise<Posted> {
  const { prepare, budget } = more;
  if (!s.comment) return { comment: null, findings: [] };
  if (!client || !ctx.repo) {
    const why = client ? 'GITHUB_REPOSITORY is not set' : 'no `github-token` was given';
    return warned([{ level: 'warning', check: 'comment', message: `not commenting: ${why}` }]);
  }
  const octokit = await client();
  const number = await target(octokit, ctx.repo);
  if (number === null) return { comment: null, findings: [] };
  if (typeof number !== 'number') return warned([number]);
  const shown = prepare ? await prepare(octokit, { ...ctx.repo, number }) : report;
  const render = () =>
    renderComment(shown, {
      commentKey: s.commentKey,
      maxChars: Limits.commentChars,
      ...(budget ? { budget } : {}),
    });
  const { markdown } = budget ? budget.measure('rendering the comment', render) : render();
  // An old run must never overwrite a newer verdict: re-read the PR's head just before writing.
  // Who mlgate is (which comments are its own) is asked alongside: one round trip less.
  const [moved, author] = await Promise.all([
    report.pr.head ? headMoved(octokit, { ...ctx.repo, number }, report.pr.head) : null,
    whoAmI(octokit),
  ]);
  if (moved) {
    core.info(`mlgate: ${moved}; not writing the comment (the newer run will)`);
    return { comment: null, findings: [] };
  }
  const posted = await publishComment(
    octokit,
    { ...ctx.repo, number },
    s.commentKey,
    markdown,
    author,
  );
  if (!posted.ok) return warned([posted.finding]);
  core.info(`mlgate: sticky comment ${posted.result.action}: ${posted.result.url}`);
  return { comment: posted.result, findings: [] };
}

/** `mode: check`: evaluate head against base. Returns the failure line, or null. */
async function check(s: ActionSettings, ctx: EventContext, client: Client): Promise<string | null> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  if (ctx.workflowRun)
    core.warning('mlgate: a workflow_run event in `mode: check`; did you mean `mode: publish`?');
  // A PR's run ends with a comment: load Octokit and node's fetch now, while git works (the
  // first fetch otherwise loads node's undici on the way to the API).
  if (ctx.pr && s.comment && client && ctx.repo) warmClient(client);
  const trees = await resolveTrees(workspace, ctx, client);
  let report = await runPipeline({
    head: trees.head,
    base: trees.base,
    configPath: s.config,
    configSource: s.configSource,
    prBody: ctx.pr ? ctx.pr.body : null,
    pr: { number: ctx.pr?.number ?? null, base: trees.baseSha, head: trees.headSha },
    failOn: s.failOn,
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    ...(s.models.length > 0 ? { models: s.models } : {}),
    ...(s.maxFileBytes !== undefined ? { maxFileBytes: s.maxFileBytes } : {}),
  });
  report = results.withFindings(report, trees.findings);
  report = await applyPrWaivers(report, ctx, client, s.commentKey);
  // Only a PR gets a comment; push and workflow_dispatch report through the summary.
  const pr = ctx.pr;
  const posted = pr
    ? await comment(s, ctx, client, report, async () => pr.number).catch(failedComment)
    : { comment: null, findings: [] };
  report = results.withFindings(report, posted.findings);
  await publishStatus(report, ctx, client, s.commentKey);
  const writeError = await finish(s, report, posted.comment, { writeReport: true });
  const verdict = report.passed ? null : results.failureLine(report);
  return [writeError, verdict].filter(Boolean).join('; ') || null;
}

/**
 * Start loading the client's code and node's fetch implementation (touching `Headers` loads it),
 * without waiting: the run goes on with git and the pipeline meanwhile. A failure surfaces where
 * the client is used, as before.
 */
function warmClient(client: () => Promise<GitHubClient>): void {
  client().then(
    () => globalThis.Headers,
    () => undefined,
  );
}

/** `mode: models`: the models in force as the `models` output, for a dynamic matrix. */
async function models(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
): Promise<string | null> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const trees = await resolveTrees(workspace, ctx, client);
  const list = await listModels({
    head: trees.head,
    base: trees.base,
    configPath: s.config,
    configSource: s.configSource,
  });
  const problems = [...trees.findings, ...list.findings];
  results.annotate(problems);
  for (const f of problems.filter((p) => !p.file)) core.warning(f.message);
  core.setOutput(Outputs.Models, JSON.stringify(list.models));
  core.info(
    `mlgate: ${list.models.length} models in force: ${list.models.map((m) => m.name).join(', ')}`,
  );
  const errors = problems.filter((f) => f.level === 'error');
  if (errors.length > 0) return `mlgate: cannot list the models in force: ${errors[0].message}`;
  if (list.models.length === 0) return 'mlgate: the config in force lists no models';
  return null;
}

/**
 * Post a report made elsewhere (publish and merge mode) on the PR it names, through the one
 * trusted lookup: the PR comes from the event or the API, and must still have the report's head.
 */
function postVerified(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
  report: Report,
  budget: Budget,
) {
  return comment(
    s,
    ctx,
    client,
    report,
    async (octokit, repo) => {
      // Merge (not publish) in the PR's own workflow (same-repo matrix): the event names the PR, and the
      // reports must be for its head commit.
      if (s.mode === 'merge' && !ctx.workflowRun && ctx.pr)
        return report.pr?.head === ctx.pr.headSha
          ? ctx.pr.number
          : ({
              level: 'warning',
              check: 'comment',
              message: `the reports are for head ${report.pr?.head ?? 'none'}, not the PR's head ${ctx.pr.headSha}; not posting`,
            } satisfies Finding);
      const found = await findPublishTarget(octokit, repo, ctx, report);
      return found.ok ? found.target.number : found.finding;
    },
    { prepare: (octokit, pr) => keepWaiverRecord(report, octokit, pr, s.commentKey), budget },
  ).catch(failedComment);
}

/** `mode: publish`: post the comment from a report made by an earlier check. */
async function publish(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
  budget: Budget,
): Promise<string | null> {
  let report: Report | null = null;
  try {
    // The artifact is untrusted data: validated (readReportFile), its waivers dropped, its verdict
    // recomputed at the stricter of its own and this step's `fail-on`, its run link the event's.
    const read = withoutWaivers(await readReportFile(s.report, budget));
    const { recompute, stricterFailOn } = await import('./report/validate.js');
    report = recompute(
      { ...read, run: ctx.workflowRun?.url ? { url: ctx.workflowRun.url } : {} },
      stricterFailOn(read.failOn ?? 'error', s.failOn),
    );
    report = results.withFindings(report, runConclusion(ctx, report));
    const posted = await postVerified(s, ctx, client, report, budget);
    report = results.withFindings(report, posted.findings);
    // The verdict already decided the check run; publishing only reports it.
    return await finish(s, report, posted.comment, { writeReport: false, budget });
  } catch (error) {
    if (error instanceof BudgetExceeded) return overBudget(s, ctx, report, error, false);
    throw error;
  }
}

/**
 * `mode: merge`: the matrix jobs' reports → one report, verdict, comment and summary. The comment
 * goes through the publish path; the merged verdict decides this job (the one to require).
 */
async function merge(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
  budget: Budget,
): Promise<string | null> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  if (s.reports.length === 0)
    throw new ReportPathError(
      'input "reports": empty; expected the report files (or their directory) of the matrix jobs',
    );
  const files = await findReportFiles(s.reports);
  let report: Report | null = null;
  try {
    const inputs = await readReports(files, workspace, budget);
    // Waivers in artifacts are not trusted, as in publish mode.
    report = budget.measure('merging the reports', () =>
      withoutWaivers(
        mergeReports(inputs, {
          failOn: s.failOn,
          ...(s.expectedModels.length > 0 ? { expected: s.expectedModels } : {}),
          ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        }),
      ),
    );
    for (const f of report.findings.filter((x) => x.check === 'merge'))
      core.error(f.message, { title: 'mlgate merge' });
    const posted = await postVerified(s, ctx, client, report, budget);
    report = results.withFindings(report, posted.findings);
    // The matrix jobs annotated their own findings; doing it again here would double them.
    const writeError = await finish(s, report, posted.comment, {
      writeReport: true,
      annotate: false,
      budget,
    });
    const verdict = report.passed ? null : results.failureLine(report);
    return [writeError, verdict].filter(Boolean).join('; ') || null;
  } catch (error) {
    if (error instanceof BudgetExceeded) return overBudget(s, ctx, report, error, true);
    throw error;
  }
}

/**
 * The time budget for a report mlgate did not make is spent: fail closed. Nothing more is rendered
 * or posted; the job summary says why, the merged report (merge mode) is still written with the
 * reason as an error, and the outputs say not passed.
 */
async function overBudget(
  s: ActionSettings,
  ctx: EventContext,
  report: Report | null,
  error: BudgetExceeded,
  writeReport: boolean,
): Promise<string> {
  core.error(error.message, { title: 'mlgate' });
  const reason: Finding = {
    level: 'error',
    check: s.mode === 'merge' ? 'merge' : 'comment',
    message: error.message,
  };
  // Over the budget before there was a report (validating or merging): one that says only why.
  const made: Report = report
    ? results.withFindings(report, [reason])
    : {
        version: 1 as const,
        ...verdict([reason], s.failOn),
        failOn: s.failOn,
        pr: { number: ctx.pr?.number ?? null, base: null, head: null },
        config: { file: s.config, source: s.configSource },
        policyChanges: [],
        models: [],
        findings: [reason],
        tool: { name: 'mlgate' as const, version: VERSION },
      };
  // Not passed, whatever `fail-on` says: the report was never judged in full.
  const failed: Report = { ...made, passed: false };
  await results.writeSummaryText(`## ❌ mlgate: report not rendered\n\n${error.message}.\n`);
  const writeError = writeReport ? await results.writeReport(s.report, failed) : null;
  results.setOutputs(failed, s.report, null);
  return [`mlgate: ${error.message}`, writeError].filter(Boolean).join('; ');
}

/**
 * A report that says "passed" from a check run that did not succeed is not believed: the run's
 * conclusion comes from the trusted event, the report from an artifact the PR could have written.
 */
function runConclusion(ctx: EventContext, report: Report): Finding[] {
  const conclusion = ctx.workflowRun?.conclusion;
  if (!ctx.workflowRun || conclusion === 'success' || !report.passed) return [];
  return [
    {
      level: 'error',
      check: 'comment',
      message: `the check run concluded \`${conclusion ?? 'unknown'}\`, but its report says it passed: not posted as passing`,
    },
  ];
}

function failedComment(error: unknown): Posted {
  // The budget is spent: not a comment problem but the end of the run (fail closed).
  if (error instanceof BudgetExceeded) throw error;
  const message = `could not post the sticky comment: ${errorText(error)}`;
  return warned([{ level: 'warning', check: 'comment', message }]);
}

/** Comment problems name no file, so they get no annotation: log them as they happen. */
function warned(findings: Finding[]): Posted {
  for (const f of findings) core.warning(f.message, { title: 'mlgate comment' });
  return { comment: null, findings };
}

/** Summary first (always), then the report, annotations and outputs. */
async function finish(
  s: ActionSettings,
  report: Report,
  posted: StickyResult | null,
  opts: { writeReport: boolean; annotate?: boolean; budget?: Budget },
): Promise<string | null> {
  const { writeReport, annotate = writeReport, budget } = opts;
  await results.writeSummary(report, s.commentKey, budget);
  const writeError = writeReport ? await results.writeReport(s.report, report) : null;
  if (annotate) results.annotate(report.findings);
  results.setOutputs(report, s.report, posted);
  return writeError ? `mlgate: ${writeError}` : null;
}

/** What a test may change about a run (the Action itself runs with the defaults). */
export interface RunOptions {
  /** The time budget for reports mlgate did not make (publish and merge mode). */
  budget?: Budget;
}

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const budget = options.budget ?? new Budget(Limits.reportBudgetMs);
    const settings = getInputs();
    if (settings.token) core.setSecret(settings.token);
    const client = lazyClient(settings.token);
    const ctx = await withCommentPull(await loadEventContext(process.env), client);
    if (ctx.eventName === 'issue_comment' && !ctx.pr) {
      core.info('mlgate: a comment on an issue, not a pull request; nothing to check');
      return;
    }
    const failure =
      settings.mode === 'publish'
        ? await publish(settings, ctx, client, budget)
        : settings.mode === 'models'
          ? await models(settings, ctx, client)
          : settings.mode === 'merge'
            ? await merge(settings, ctx, client, budget)
            : await check(settings, ctx, client);
    if (failure) core.setFailed(failure);
  } catch (error) {
    // Inputs, payload and report problems arrive here as typed errors; never a stack trace
    // (it is kept for step debug logging, ACTIONS_STEP_DEBUG).
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`mlgate: ${errorText(error)}`);
  }
}
