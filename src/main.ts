/**
 * The Action: read inputs and the event, run the pipeline (or read a report in publish mode),
 * post the sticky comment, then write the report, job summary, annotations and outputs and decide
 * the job. The one place that calls `core.setFailed`.
 */
import * as core from '@actions/core';
import { Limits, Outputs } from './constants.js';
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
import type { Report } from './report/model.js';
import { recompute, stricterFailOn } from './report/validate.js';
import { renderComment } from './report/markdown.js';
import { withoutWaivers } from './report/waivers.js';
import type { Finding } from './types.js';

type Client = (() => Promise<GitHubClient>) | null;
type Posted = { comment: StickyResult | null; findings: Finding[] };

/** Post the sticky comment for `report` on PR `number`; failures become warning findings. */
async function comment(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
  report: Report,
  target: (client: GitHubClient, repo: RepoRef) => Promise<number | Finding | null>,
  prepare?: (client: GitHubClient, pr: PullTarget) => Promise<Report>,
): Promise<Posted> {
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
  const { markdown } = renderComment(shown, {
    commentKey: s.commentKey,
    maxChars: Limits.commentChars,
  });
  // An old run must never overwrite a newer verdict: re-read the PR's head just before writing.
  const moved = report.pr.head
    ? await headMoved(octokit, { ...ctx.repo, number }, report.pr.head)
    : null;
  if (moved) {
    core.info(`mlgate: ${moved}; not writing the comment (the newer run will)`);
    return { comment: null, findings: [] };
  }
  const author = await whoAmI(octokit);
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
  const writeError = await finish(s, report, posted.comment, true);
  const verdict = report.passed ? null : results.failureLine(report);
  return [writeError, verdict].filter(Boolean).join('; ') || null;
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
function postVerified(s: ActionSettings, ctx: EventContext, client: Client, report: Report) {
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
    (octokit, pr) => keepWaiverRecord(report, octokit, pr, s.commentKey),
  ).catch(failedComment);
}

/** `mode: publish`: post the comment from a report made by an earlier check. */
async function publish(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
): Promise<string | null> {
  // The artifact is untrusted data: validated (readReportFile), its waivers dropped, its verdict
  // recomputed at the stricter of its own and this step's `fail-on`, its run link the event's.
  const read = withoutWaivers(await readReportFile(s.report));
  let report = recompute(
    { ...read, run: ctx.workflowRun?.url ? { url: ctx.workflowRun.url } : {} },
    stricterFailOn(read.failOn ?? 'error', s.failOn),
  );
  report = results.withFindings(report, runConclusion(ctx, report));
  const posted = await postVerified(s, ctx, client, report);
  report = results.withFindings(report, posted.findings);
  // The verdict already decided the check run; publishing only reports it.
  return finish(s, report, posted.comment, false);
}

/**
 * `mode: merge`: the matrix jobs' reports → one report, verdict, comment and summary. The comment
 * goes through the publish path; the merged verdict decides this job (the one to require).
 */
async function merge(s: ActionSettings, ctx: EventContext, client: Client): Promise<string | null> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  if (s.reports.length === 0)
    throw new ReportPathError(
      'input "reports": empty; expected the report files (or their directory) of the matrix jobs',
    );
  const inputs = await readReports(await findReportFiles(s.reports), workspace);
  // Waivers in artifacts are not trusted, as in publish mode.
  let report = withoutWaivers(
    mergeReports(inputs, {
      failOn: s.failOn,
      ...(s.expectedModels.length > 0 ? { expected: s.expectedModels } : {}),
      ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    }),
  );
  for (const f of report.findings.filter((x) => x.check === 'merge'))
    core.error(f.message, { title: 'mlgate merge' });
  const posted = await postVerified(s, ctx, client, report);
  report = results.withFindings(report, posted.findings);
  // The matrix jobs annotated their own findings; doing it again here would double them.
  const writeError = await finish(s, report, posted.comment, true, false);
  const verdict = report.passed ? null : results.failureLine(report);
  return [writeError, verdict].filter(Boolean).join('; ') || null;
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
  writeReport: boolean,
  annotate = writeReport,
): Promise<string | null> {
  await results.writeSummary(report, s.commentKey);
  const writeError = writeReport ? await results.writeReport(s.report, report) : null;
  if (annotate) results.annotate(report.findings);
  results.setOutputs(report, s.report, posted);
  return writeError ? `mlgate: ${writeError}` : null;
}

export async function run(): Promise<void> {
  try {
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
        ? await publish(settings, ctx, client)
        : settings.mode === 'models'
          ? await models(settings, ctx, client)
          : settings.mode === 'merge'
            ? await merge(settings, ctx, client)
            : await check(settings, ctx, client);
    if (failure) core.setFailed(failure);
  } catch (error) {
    // Inputs, payload and report problems arrive here as typed errors; never a stack trace
    // (it is kept for step debug logging, ACTIONS_STEP_DEBUG).
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`mlgate: ${errorText(error)}`);
  }
}
