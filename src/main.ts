/**
 * The Action: read inputs and the event, run the pipeline (or read a report in publish mode),
 * post the sticky comment, then write the report, job summary, annotations and outputs and decide
 * the job. The one place that calls `core.setFailed`.
 */
import * as core from '@actions/core';
import { Limits, Outputs } from './constants.js';
import { errorText } from './formats/data.js';
import { publishComment, type PullTarget, type StickyResult } from './github/comment.js';
import { loadEventContext, type EventContext, type RepoRef } from './github/context.js';
import { lazyClient, type GitHubClient } from './github/octokit.js';
import { findPublishTarget, readReportFile } from './github/publish.js';
import * as results from './github/results.js';
import { resolveTrees } from './github/trees.js';
import {
  applyPrWaivers,
  keepWaiverRecord,
  publishStatus,
  withCommentPull,
} from './github/waive.js';
import { getInputs, type ActionSettings } from './inputs.js';
import { listModels } from './models.js';
import { runPipeline } from './pipeline.js';
import type { Report } from './report/model.js';
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
  const posted = await publishComment(octokit, { ...ctx.repo, number }, s.commentKey, markdown);
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

/** `mode: publish`: post the comment from a report made by an earlier check. */
async function publish(
  s: ActionSettings,
  ctx: EventContext,
  client: Client,
): Promise<string | null> {
  // Waivers in an artifact are not trusted (a fork's code could have written it).
  let report = withoutWaivers(await readReportFile(s.report));
  const posted = await comment(
    s,
    ctx,
    client,
    report,
    async (octokit, repo) => {
      const found = await findPublishTarget(octokit, repo, ctx, report);
      return found.ok ? found.target.number : found.finding;
    },
    (octokit, pr) => keepWaiverRecord(report, octokit, pr, s.commentKey),
  ).catch(failedComment);
  report = results.withFindings(report, posted.findings);
  // The verdict already decided the check run; publishing only reports it.
  return finish(s, report, posted.comment, false);
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
): Promise<string | null> {
  await results.writeSummary(report, s.commentKey);
  const writeError = writeReport ? await results.writeReport(s.report, report) : null;
  if (writeReport) results.annotate(report.findings);
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
          : await check(settings, ctx, client);
    if (failure) core.setFailed(failure);
  } catch (error) {
    // Inputs, payload and report problems arrive here as typed errors; never a stack trace
    // (it is kept for step debug logging, ACTIONS_STEP_DEBUG).
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`mlgate: ${errorText(error)}`);
  }
}
