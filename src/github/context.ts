/**
 * What the triggering event means for mlgate: which PR (if any), which commit is the base, whether
 * a comment may be posted, and where the run lives. Parsed from the runner's environment and the
 * event payload at GITHUB_EVENT_PATH; the parsing itself is pure so tests pass literals.
 */
import { readFile } from 'node:fs/promises';
import { Limits } from '../constants.js';
import { errorText, isRecord } from '../formats/data.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The pull request the run belongs to. */
export interface PullRequestContext {
  number: number;
  baseSha: string;
  headSha: string;
  /** PR description, capped at Limits.prBodyChars; '' when empty. */
  body: string;
  /** The PR author's login (a waiver by them is refused unless `waivers.allow_self`). */
  author: string | null;
}

/** An edit of a comment or review that may hold a waiver: who edited it (the event's sender). */
export interface EditEvent {
  /** `c<id>` for an issue comment, `r<id>` for a review. */
  source: string;
  by: string;
}

/**
 * Which commit is the base: a SHA (PR base, push `before`), the parent of HEAD, or both in order
 * (a push's `before` may be gone after a force-push).
 */
export interface BaseSpec {
  sha: string | null;
  /** Fall back to (or use) HEAD~1 when `sha` is null or cannot be read. */
  parent: boolean;
}

/** A `workflow_run` event: the run whose report publish mode posts. */
export interface WorkflowRunContext {
  headSha: string;
  pullRequests: number[];
}

export interface EventContext {
  eventName: string;
  repo: RepoRef | null;
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string | null;
  pr: PullRequestContext | null;
  base: BaseSpec;
  workflowRun: WorkflowRunContext | null;
  runUrl?: string;
  /**
   * `issue_comment` on a pull request: the PR's number and author. The payload has no commits,
   * so the run looks the PR up and reads its head as data (the job runs in the base branch).
   */
  commentOn?: { number: number; author: string | null };
  /** The comment or review this event edited (waivers re-check who edited it). */
  edit?: EditEvent;
}

/** A payload or environment the action cannot work with. */
export class EventError extends Error {
  override name = 'EventError';
}

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

function sha(value: unknown): string | null {
  return typeof value === 'string' && SHA.test(value) && !ZERO_SHA.test(value) ? value : null;
}

function parseRepo(value: string | undefined): RepoRef | null {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return m ? { owner: m[1], repo: m[2] } : null;
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  if (!repo || !id || !/^\d+$/.test(id)) return undefined;
  return `${(server || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}

function pullRequest(payload: Record<string, unknown>): PullRequestContext {
  const pr = payload.pull_request;
  if (!isRecord(pr)) throw new EventError('the event payload has no pull_request object');
  const number = pr.number ?? payload.number;
  const base = isRecord(pr.base) ? sha(pr.base.sha) : null;
  const head = isRecord(pr.head) ? sha(pr.head.sha) : null;
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0)
    throw new EventError('pull_request.number is missing; expected a positive integer');
  if (!base || !head)
    throw new EventError('pull_request.base.sha or head.sha is missing; expected commit SHAs');
  const body = typeof pr.body === 'string' ? pr.body.slice(0, Limits.prBodyChars) : '';
  return { number, baseSha: base, headSha: head, body, author: login(pr.user) };
}

function login(user: unknown): string | null {
  return isRecord(user) && typeof user.login === 'string' ? user.login : null;
}

/** The edited comment or review of an `edited` event, with the sender who edited it. */
function editOf(data: Record<string, unknown>, key: 'comment' | 'review'): EditEvent | null {
  const item = data[key];
  const by = login(data.sender);
  if (data.action !== 'edited' || !isRecord(item) || typeof item.id !== 'number' || !by)
    return null;
  return { source: `${key === 'comment' ? 'c' : 'r'}${item.id}`, by };
}

/** Interpret an event. Throws EventError when a pull_request payload lacks what a PR needs. */
export function parseEventContext(
  eventName: string,
  payload: unknown,
  env: NodeJS.ProcessEnv,
): EventContext {
  const data = isRecord(payload) ? payload : {};
  const common = {
    eventName,
    repo: parseRepo(env.GITHUB_REPOSITORY),
    sha: sha(env.GITHUB_SHA),
    workflowRun: null,
    ...(runUrl(env) ? { runUrl: runUrl(env) } : {}),
  };
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = pullRequest(data);
      return { ...common, pr, base: { sha: pr.baseSha, parent: false } };
    }
    case 'pull_request_review': {
      const pr = pullRequest(data);
      const edit = editOf(data, 'review');
      return { ...common, pr, base: { sha: pr.baseSha, parent: false }, ...(edit ? { edit } : {}) };
    }
    case 'issue_comment': {
      const issue = isRecord(data.issue) ? data.issue : {};
      const number = issue.number;
      // A comment on an issue, not a pull request: nothing to evaluate.
      if (!isRecord(issue.pull_request) || typeof number !== 'number' || number <= 0)
        return { ...common, pr: null, base: { sha: null, parent: false } };
      const edit = editOf(data, 'comment');
      return {
        ...common,
        pr: null,
        base: { sha: null, parent: false },
        commentOn: { number, author: login(issue.user) },
        ...(edit ? { edit } : {}),
      };
    }
    case 'push':
      // `before` is all zeros for a new branch; a force-push may have made it unreachable.
      return { ...common, pr: null, base: { sha: sha(data.before), parent: true } };
    case 'workflow_run': {
      const run = isRecord(data.workflow_run) ? data.workflow_run : {};
      const headSha = sha(run.head_sha);
      if (!headSha) throw new EventError('workflow_run.head_sha is missing; expected a commit SHA');
      // GitHub leaves pull_requests empty for PRs from forks; publish mode then looks the PR up.
      const pullRequests = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
        .map((p) => (isRecord(p) ? p.number : undefined))
        .filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0);
      return {
        ...common,
        pr: null,
        base: { sha: null, parent: true },
        workflowRun: { headSha, pullRequests },
      };
    }
    default:
      // workflow_dispatch, schedule, …: evaluate HEAD against its parent, no comment.
      return { ...common, pr: null, base: { sha: null, parent: true } };
  }
}

/** Read GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
export async function loadEventContext(env: NodeJS.ProcessEnv): Promise<EventContext> {
  const eventName = env.GITHUB_EVENT_NAME || 'workflow_dispatch';
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    let text: string;
    try {
      text = await readFile(env.GITHUB_EVENT_PATH, 'utf8');
    } catch (error) {
      throw new EventError(
        `cannot read the event payload at GITHUB_EVENT_PATH (${errorText(error)})`,
      );
    }
    try {
      payload = JSON.parse(text);
    } catch (error) {
      throw new EventError(`the event payload is not valid JSON (${errorText(error)})`);
    }
  }
  return parseEventContext(eventName, payload, env);
}
