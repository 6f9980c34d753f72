/**
 * The waiver steps of an Action run: resolve the pull request of an `issue_comment` event (whose
 * payload names no commits), apply the PR's authorised waivers to the report, and set the head
 * commit's status so branch protection sees a verdict re-evaluated without a push.
 */
import * as core from '@actions/core';
import { errorText, isRecord } from '../formats/data.js';
import type { Report } from '../report/model.js';
import { readState, waiveReport, withoutWaivers } from '../report/waivers.js';
import { findStickyComments, type CommentClient, type PullTarget } from './comment.js';
import { withFindings } from './results.js';
import { EventError, type EventContext } from './context.js';
import type { GitHubClient } from './octokit.js';
import { findWaivers, setCommitStatus } from './waivers.js';
import { Limits } from '../constants.js';

type Client = (() => Promise<GitHubClient>) | null;

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/**
 * For `issue_comment`: look the PR up (base, head, body, author) so the run can read its head as
 * data. Returns the context unchanged for other events.
 */
export async function withCommentPull(ctx: EventContext, client: Client): Promise<EventContext> {
  if (!ctx.commentOn) return ctx;
  if (!client || !ctx.repo)
    throw new EventError(
      'an issue_comment event needs `github-token` and GITHUB_REPOSITORY to look up the pull request',
    );
  const { number, author } = ctx.commentOn;
  let data: unknown;
  try {
    ({ data } = await (await client()).rest.pulls.get({ ...ctx.repo, pull_number: number }));
  } catch (error) {
    throw new EventError(`cannot read pull request #${number} (${errorText(error)})`);
  }
  const pr = isRecord(data) ? data : {};
  const base = isRecord(pr.base) ? pr.base.sha : null;
  const head = isRecord(pr.head) ? pr.head.sha : null;
  if (typeof base !== 'string' || !SHA.test(base) || typeof head !== 'string' || !SHA.test(head))
    throw new EventError(`pull request #${number} has no base or head commit in the API response`);
  const body = typeof pr.body === 'string' ? pr.body.slice(0, Limits.prBodyChars) : '';
  const user = isRecord(pr.user) && typeof pr.user.login === 'string' ? pr.user.login : author;
  return {
    ...ctx,
    pr: { number, baseSha: base, headSha: head, body, author: user },
    base: { sha: base, parent: false },
  };
}

/**
 * Apply the PR's waivers when the base config has `waivers:`. API trouble never loses the report:
 * it becomes a warning and no waiver applies (fail closed), keeping the pinned state.
 */
export async function applyPrWaivers(
  report: Report,
  ctx: EventContext,
  client: Client,
  commentKey: string,
  now: Date = new Date(),
): Promise<Report> {
  const policy = report.config.waivers;
  if (!policy || !ctx.pr) return report;
  if (!client || !ctx.repo)
    return withFindings(report, [
      {
        level: 'warning',
        check: 'comment',
        message: 'waivers are configured but there is no `github-token`: no waiver was read',
      },
    ]);
  try {
    const found = await findWaivers(
      await client(),
      { ...ctx.repo, number: ctx.pr.number },
      { commentKey, policy, prAuthor: ctx.pr.author },
    );
    return waiveReport(report, { policy, ...found, edit: ctx.edit ?? null, now });
  } catch (error) {
    const message = `could not read the PR's waivers: ${errorText(error).split('\n', 1)[0]}; no waiver applies in this run`;
    core.warning(message, { title: 'mlgate waivers' });
    return withFindings(report, [{ level: 'warning', check: 'comment', message }]);
  }
}

/**
 * Set the head commit's `mlgate` status to the verdict: on `issue_comment` and
 * `pull_request_review` (whose own check runs are not on the PR's head), and on every PR run when
 * waivers are on, so the one status branch protection requires always holds the latest verdict.
 */
export async function publishStatus(
  report: Report,
  ctx: EventContext,
  client: Client,
  commentKey: string,
): Promise<void> {
  const reevaluation = ctx.eventName === 'issue_comment' || ctx.eventName === 'pull_request_review';
  if (!ctx.pr || !ctx.repo || !client || !(reevaluation || report.config.waivers)) return;
  const { errors, warnings, waived } = report.counts;
  const description = report.passed
    ? `ready to promote${waived ? ` (${waived} waived)` : ''}`
    : `promotion blocked: ${errors} errors, ${warnings} warnings${waived ? `, ${waived} waived` : ''}`;
  const failed = await setCommitStatus(await client(), ctx.repo, ctx.pr.headSha, {
    passed: report.passed,
    description,
    commentKey,
    ...(ctx.runUrl ? { url: ctx.runUrl } : {}),
  });
  if (failed) core.warning(failed, { title: 'mlgate status' });
  else core.info(`mlgate: commit status set on ${ctx.pr.headSha.slice(0, 7)}`);
}

/**
 * Publish mode: the artifact's waivers are not trusted (a fork's code could have written them), so
 * they are taken out; the record already in mlgate's comment is carried over unchanged, so the
 * next comment-triggered run still knows what each waiver covered.
 */
export async function keepWaiverRecord(
  report: Report,
  client: CommentClient,
  target: PullTarget,
  commentKey: string,
): Promise<Report> {
  const stripped = withoutWaivers(report);
  try {
    const [sticky] = await findStickyComments(client, target, commentKey);
    const state = readState(sticky?.body);
    return state === null ? stripped : { ...stripped, waivers: { entries: [], state } };
  } catch {
    return stripped;
  }
}
